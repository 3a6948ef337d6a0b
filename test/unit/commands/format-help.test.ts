import { describe, expect, it } from 'vitest'
import { USAGE, VERBS } from '../../../core/commands/command.js'
import { formatHelp } from '../../../core/commands/format-help.js'
import { neutralizeReason } from '../../../core/commands/neutralize-reason.js'
import { unknownEnvironment } from '../../../core/commands/unknown-environment.js'

const B = '\u200b'
const ALL = { promote: true, rollback: true, hold: true, unhold: true, help: true } as const

describe('formatHelp', () => {
  it('lists every command with its usage, what this person may run, and the environments', () => {
    const help = formatHelp({
      environments: ['staging', 'prod'],
      allowed: { ...ALL, hold: 'only @acme/sre may hold prod', unhold: false },
    })
    for (const verb of VERBS) expect(help).toContain(`- \`${USAGE[verb]}\`: `)
    expect(help).toContain('*You may not run it:* only @\u200bacme/sre may hold prod')
    expect(help).toMatch(/`\/unhold <env> \[<model>\]`: .*\*You may not run it\.\*$/m)
    expect(help).toMatch(/`\/promote .*\*You may run it\.\*$/m)
    expect(help).toContain('Environments: `staging`, `prod`.')
  })

  it('explains one command with an example when asked about it', () => {
    const help = formatHelp({ environments: ['prod'], allowed: ALL, topic: 'rollback' })
    expect(help).toContain(USAGE.rollback)
    expect(help).toContain('Example: `/rollback fraud-detector in prod to 1.3.2`')
    expect(help).not.toContain(USAGE.promote)
  })

  it('escapes environment names that are not well-formed, and caps the list at 50', () => {
    const environments = ['prod`<b>', ...Array.from({ length: 60 }, (_, i) => `env${i}`)]
    const help = formatHelp({ environments, allowed: ALL })
    expect(help).toContain('prod\\`&lt;b&gt;, `env0`')
    expect(help).toContain('`env48` and 11 more.')
    expect(formatHelp({ environments: [], allowed: ALL })).toContain('Environments: none configured.')
  })
})

describe('neutralizeReason', () => {
  it('escapes each line and keeps the line breaks', () => {
    expect(neutralizeReason('  ping @risk-ml  \r\n<img src=x>\n[link](http://x)')).toBe(
      `ping @${B}risk\\-ml\n&lt;img src=x&gt;\n\\[link\\]\\(http:${B}//x\\)`,
    )
  })

  it('keeps 20 lines and counts the rest', () => {
    const text = Array.from({ length: 23 }, (_, i) => `line ${i}`).join('\n')
    const lines = neutralizeReason(text).split('\n')
    expect(lines).toHaveLength(21)
    expect(lines[19]).toBe('line 19')
    expect(lines[20]).toBe('(3 more lines)')
  })
})

describe('unknownEnvironment', () => {
  it.each([
    [
      'a typo',
      'prdo',
      ['dev', 'staging', 'prod'],
      'no environment prdo; did you mean prod? The environments are dev, staging, prod.',
    ],
    ['nothing close', 'qa', ['dev', 'prod'], 'no environment qa. The environments are dev, prod.'],
    [
      'a name that is not well-formed',
      'Prod<x>',
      ['prod'],
      'no such environment. The environments are prod.',
    ],
    ['no environments', 'prod', [], 'no environment prod: the config names no environments'],
  ])('names %s', (_, env, known, message) => {
    expect(unknownEnvironment(env, known)).toBe(message)
  })

  it('lists at most 20 environments', () => {
    const known = Array.from({ length: 25 }, (_, i) => `env${i}`)
    expect(unknownEnvironment('x', known)).toMatch(/env19 and 5 more\.$/)
  })
})
