import { spawn } from 'node:child_process'
import { describe, expect, it } from 'vitest'

describe('npm run sandbox', () => {
  it('serves a seeded repository and prints its address and a token', async () => {
    const child = spawn(
      process.execPath,
      ['lib/sandbox/main.js', '--port', '0', '--seed', 'examples/model-repo'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    )
    try {
      const lines = await new Promise<string[]>((resolve, reject) => {
        let out = ''
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString()
          if (/^token /m.test(out)) resolve(out.trim().split('\n'))
        })
        child.on('exit', (code) => reject(new Error(`sandbox exited with ${code}`)))
      })
      const url = /^ready (http:\/\/127\.0\.0\.1:\d+)$/.exec(lines[0]!)?.[1]
      const token = /^token (ghp_\w+)$/.exec(lines[1]!)?.[1]
      expect(url).toBeDefined()
      const response = await fetch(`${url}/repos/acme/models/contents/models/fraud-detector/model.yaml`, {
        headers: { authorization: `token ${token}` },
      })
      expect(response.status).toBe(200)
      expect(((await response.json()) as { name: string }).name).toBe('model.yaml')
    } finally {
      child.kill('SIGTERM')
    }
  })

  it('refuses an unknown option with exit code 2', async () => {
    const child = spawn(process.execPath, ['lib/sandbox/main.js', '--prot', '1'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let err = ''
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
    const code = await new Promise((resolve) => child.on('exit', resolve))
    expect(code).toBe(2)
    expect(err).toMatch(/^sandbox: Unknown option '--prot'/)
  })
})
