import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { promisify } from 'node:util'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
// @ts-expect-error -- a plain script (scripts/*.mjs), without type declarations
import { fillAppManifest, PLACEHOLDERS } from '../../scripts/app-manifest.mjs'

/*
 * app.yml's two URLs are placeholders: docs/deploy.md names them, and scripts/app-manifest.mjs (the
 * documented way to turn app.yml into the manifest GitHub registers) replaces both and refuses to
 * print a manifest that would send webhooks to a placeholder.
 */

const manifest = parse(readFileSync('app.yml', 'utf8'))
const doc = readFileSync('docs/deploy.md', 'utf8').replace(/\s+/g, ' ')
const run = (args: string[]) =>
  promisify(execFile)(process.execPath, ['scripts/app-manifest.mjs', ...args]).then(
    (done) => ({ code: 0, ...done }),
    (failed: { code: number; stdout: string; stderr: string }) => failed,
  )

describe('app.yml’s placeholder URLs', () => {
  it('are the ones docs/deploy.md tells to replace', () => {
    expect({ url: manifest.url, 'hook_attributes.url': manifest.hook_attributes.url }).toEqual(PLACEHOLDERS)
    for (const [key, value] of Object.entries(PLACEHOLDERS as Record<string, string>)) {
      expect(doc).toContain(`\`${key}\` (\`${value}\``)
    }
  })

  it('are both replaced in the manifest the script prints', async () => {
    const result = await run([
      '--url',
      'https://bot.acme.io/',
      '--homepage',
      'https://github.com/acme-ml/modelgate',
    ])
    const printed = JSON.parse(result.stdout)
    expect([printed.url, printed.hook_attributes.url, printed.redirect_url]).toEqual([
      'https://github.com/acme-ml/modelgate',
      'https://bot.acme.io/api/github/webhooks',
      'http://localhost:8000/',
    ])
    expect(printed.default_permissions).toEqual(manifest.default_permissions)
    expect(result.stdout).not.toMatch(/example\.com|github\.com\/acme\/modelgate/)
  })

  it.each([
    { args: ['--homepage', 'https://github.com/acme-ml/modelgate'], says: '--url is required' },
    {
      args: ['--url', 'https://modelgate.example.com', '--homepage', 'https://github.com/acme-ml/modelgate'],
      says: `--url: "https://modelgate.example.com" is app.yml's placeholder`,
    },
    {
      args: ['--url', 'https://bot.acme.io', '--homepage', 'https://github.com/acme/modelgate'],
      says: `--homepage: "https://github.com/acme/modelgate" is app.yml's placeholder`,
    },
    {
      args: ['--url', 'http://bot.acme.io', '--homepage', 'https://github.com/acme-ml/modelgate'],
      says: 'is not https',
    },
  ])('refuses $args in one line, printing no manifest', async ({ args, says }) => {
    const result = await run(args)
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain(says)
    expect(result.stderr.split('\n')).toHaveLength(2)
  })

  it('follows a webhook path of your own', () => {
    const filled = fillAppManifest(manifest, {
      url: 'https://bot.acme.io',
      homepage: 'https://acme.io/ml',
      webhookPath: '/hooks/modelgate',
    })
    expect(filled.manifest.hook_attributes).toEqual({
      url: 'https://bot.acme.io/hooks/modelgate',
      active: true,
    })
  })
})
