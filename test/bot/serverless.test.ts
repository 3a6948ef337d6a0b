import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { HEALTH_PATH } from '../../bot/create-server-handler.js'
import type { ApprovalScenario } from '../support/approval-scenario.js'
import { LOW_RISK_MANIFEST, startApprovalScenario } from '../support/approval-scenario.js'
import { waitFor } from '../support/bot-harness.js'

/*
 * The serverless entry (`lib/bot/serverless.js`, built by the global setup) as a platform runs it:
 * the platform's own HTTP server hands every request to the module's default export. Here that
 * server is a ten-line host written into a temporary folder, started by the bot harness against
 * the emulator like the production entry.
 */

const folder = mkdtempSync(join(tmpdir(), 'serverless-host-'))
const SERVERLESS = pathToFileURL(join(process.cwd(), 'lib', 'bot', 'serverless.js')).href
/** The platform: listens on HOST/PORT, hands each request to the function, logs like the bot. */
const HOST = join(folder, 'main.js')
writeFileSync(join(folder, 'package.json'), '{ "type": "module" }\n')
writeFileSync(
  HOST,
  `import { createServer } from 'node:http'
import handler from ${JSON.stringify(SERVERLESS)}
const server = createServer(handler)
server.listen(Number(process.env.PORT), process.env.HOST, () => {
  console.log(JSON.stringify({ level: 30, msg: 'Listening on http://' + process.env.HOST + ':' + server.address().port }))
})
`,
)

let scenario: ApprovalScenario

beforeAll(async () => {
  scenario = await startApprovalScenario({ name: 'serverless', appPath: HOST })
})

afterAll(async () => {
  await scenario?.stop()
  rmSync(folder, { recursive: true, force: true })
})

describe('the serverless entry', () => {
  it('judges signed deliveries: a pull request gets the approval check, pending, then approved by a review', async () => {
    const router = scenario.fileOnMain(LOW_RISK_MANIFEST).replace('version: 0.9.2', 'version: 0.9.3')
    const pull = scenario.openPull({
      as: 'ana',
      head: 'serverless-bump',
      commits: [{ [LOW_RISK_MANIFEST]: router }],
    })
    const check = await scenario.settledCheck(pull.head.sha)
    expect(check.conclusion).toBe('action_required')
    scenario.review(pull, 'mo')
    await waitFor(() => scenario.conclusionsOn(pull.head.sha).includes('success'), {
      message: 'the check approved after the review',
    })
    expect(scenario.gh.problems).toEqual([])
  })

  it('refuses a forged delivery with 400 before Probot reads it', async () => {
    const response = await scenario.bot.deliver(
      'pull_request',
      { action: 'opened' },
      { signature: `sha256=${'0'.repeat(64)}` },
    )
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({
      error: 'the signature does not match the body (a forged delivery, or another webhook secret)',
    })
  })

  it('serves the health route', async () => {
    const response = await fetch(new URL(HEALTH_PATH, scenario.bot.url))
    expect([response.status, await response.text()]).toEqual([200, '{"status":"ok"}\n'])
  })

  it('answers 503 to every request when the environment is refused, and logs the one-line reason', async () => {
    const child = spawn(process.execPath, [HOST], {
      cwd: folder,
      env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: '0', APP_ID: '7' },
    })
    let [stdout, stderr] = ['', '']
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    try {
      await expect.poll(() => stdout, { timeout: 15_000 }).toContain('Listening on')
      const origin = /http:\/\/127\.0\.0\.1:\d+/.exec(stdout)![0]
      const response = await fetch(`${origin}/api/github/webhooks`, {
        method: 'POST',
        body: '{}',
      })
      expect(response.status).toBe(503)
      const answer = await response.text()
      expect(answer).toBe('{"error":"the bot is not configured: its log says which setting to fix"}\n')
      await expect
        .poll(() => stderr)
        .toBe(
          'modelgate bot: PRIVATE_KEY (or PRIVATE_KEY_PATH) is not set: give the App private key in PEM form\n',
        )
    } finally {
      child.kill()
    }
  }, 30_000)
})
