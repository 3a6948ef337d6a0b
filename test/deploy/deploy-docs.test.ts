import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DEFAULT_PORT, DEFAULT_WEBHOOK_PATH, HEALTH_PATH } from '../../bot/create-server-handler.js'

/* docs/deploy.md against the code it describes: every setting the bot reads is in its table. */

const doc = readFileSync('docs/deploy.md', 'utf8')

/** The settings the entry reads: the checked ones (`({ APP_ID, … })` in the rules) and `env.X`. */
function settingsRead(): string[] {
  const checked = [...readFileSync('bot/check-environment.ts', 'utf8').matchAll(/\(\{([^}]*)\}/g)].flatMap(
    (match) => match[1]!.match(/\b[A-Z][A-Z_]+\b/g) ?? [],
  )
  const read = ['bot/main.ts', 'bot/create-server-handler.ts'].flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/\benv\.([A-Z][A-Z_]+)/g)].map((match) => match[1]!),
  )
  return [...new Set([...checked, ...read])].sort()
}

describe('docs/deploy.md', () => {
  it('has a row for every environment variable the bot reads', () => {
    const settings = settingsRead()
    expect(settings).toEqual(
      expect.arrayContaining(['APP_ID', 'PRIVATE_KEY_PATH', 'HOST', 'WRITE_SPACING_MS']),
    )
    expect(settings.filter((name) => !doc.includes(`| \`${name}\``))).toEqual([])
  })

  it('states the defaults and the health route the code has', () => {
    expect(doc).toContain(`| \`${DEFAULT_PORT}\``)
    expect(doc).toContain(`| \`${DEFAULT_WEBHOOK_PATH}\``)
    expect(doc).toContain(`\`GET ${HEALTH_PATH}\``)
  })
})
