import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Command } from '../../../core/commands/command.js'
import { VERBS } from '../../../core/commands/command.js'
import { formatCommand } from '../../../core/commands/format-command.js'
import { parseComment } from '../../../core/commands/parse-comment.js'
import { assertProperty } from '../../support/arbitraries.js'

const letters = [...'abcdefghijklmnopqrstuvwxyz']
const nameArb = (maxLength: number) =>
  fc
    .tuple(
      fc.constantFrom(...letters),
      fc.array(fc.constantFrom(...letters, ...'0123456789-'), { maxLength: maxLength - 2 }),
      fc.constantFrom(...letters, ...'0123456789'),
    )
    .map(([first, middle, last]) => `${first}${middle.join('')}${last}`)
const modelArb = fc.oneof(nameArb(53), fc.constantFrom('a', 'fraud-detector'))
// `cancel` is the keyword of `/hold cancel`: an environment of that name cannot be held by chat.
const environmentArb = fc.oneof(nameArb(30), fc.constantFrom('prod', 'to', 'in')).filter((name) => {
  return name !== 'cancel'
})
const numberArb = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 99_999 }))
const identifierArb = fc.oneof(
  numberArb.map(String),
  fc.stringMatching(/^[0-9a-zA-Z-]*[a-zA-Z-][0-9a-zA-Z-]*$/).filter((id) => {
    return id.length <= 12
  }),
)
const versionArb = fc
  .tuple(numberArb, numberArb, numberArb, fc.option(fc.array(identifierArb, { minLength: 1, maxLength: 3 })))
  .chain(([major, minor, patch, pre]) => {
    return fc
      .option(fc.stringMatching(/^[0-9a-zA-Z-]{1,8}(\.[0-9a-zA-Z-]{1,8}){0,2}$/))
      .map(
        (build) => `${major}.${minor}.${patch}${pre ? `-${pre.join('.')}` : ''}${build ? `+${build}` : ''}`,
      )
  })
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined })
const withoutUndefined = <T extends object>(value: T): T => {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T
}

const commandArb: fc.Arbitrary<Command> = fc
  .oneof(
    fc.record({
      verb: fc.constant('promote' as const),
      model: modelArb,
      version: optional(versionArb),
      environment: environmentArb,
    }),
    fc.record({
      verb: fc.constant('rollback' as const),
      model: modelArb,
      environment: environmentArb,
      version: optional(versionArb),
    }),
    fc.record({ verb: fc.constant('hold' as const), environment: environmentArb, model: optional(modelArb) }),
    fc.record({
      verb: fc.constant('unhold' as const),
      environment: environmentArb,
      model: optional(modelArb),
    }),
    fc.record({ verb: fc.constant('help' as const), topic: optional(fc.constantFrom(...VERBS)) }),
  )
  .map((command) => {
    return withoutUndefined(command)
  })

describe('formatCommand', () => {
  it.each([
    [
      { verb: 'promote', model: 'fraud-detector', version: '1.4.0', environment: 'staging' },
      '/promote fraud-detector@1.4.0 to staging',
    ],
    [
      { verb: 'promote', model: 'fraud-detector', environment: 'staging', reason: 'x' },
      '/promote fraud-detector to staging',
    ],
    [
      { verb: 'rollback', model: 'fraud-detector', environment: 'prod', version: '1.3.2' },
      '/rollback fraud-detector in prod to 1.3.2',
    ],
    [{ verb: 'rollback', model: 'fraud-detector', environment: 'prod' }, '/rollback fraud-detector in prod'],
    [
      { verb: 'hold', environment: 'prod', model: 'fraud-detector', reason: 'x' },
      '/hold prod fraud-detector',
    ],
    [{ verb: 'unhold', environment: 'prod' }, '/unhold prod'],
    [{ verb: 'help', topic: 'hold' }, '/help hold'],
    [{ verb: 'help' }, '/help'],
  ] as [Command, string][])('spells %j as %s, without the reason', (command, text) => {
    expect(formatCommand(command)).toBe(text)
  })

  it('is read back by parseComment to the same command (500 commands)', () => {
    assertProperty(
      fc.property(commandArb, (command) => {
        expect(parseComment(formatCommand(command))).toStrictEqual({ kind: 'command', command, line: 1 })
      }),
      500,
    )
  })

  it('round-trips a reason written on the lines below (300 commands)', () => {
    const reasonArb = fc.string({ minLength: 1, maxLength: 200 }).filter((text) => {
      return !/[\r\n]/.test(text) && text.trim() !== '' && !/^ {0,3}(\/|>|```|~~~)|<!--|^\s{4}/.test(text)
    })
    const withReason = fc.tuple(
      commandArb.filter((command) => {
        return command.verb === 'promote' || command.verb === 'rollback'
      }),
      reasonArb,
    )
    assertProperty(
      fc.property(withReason, ([command, reason]) => {
        const parsed = parseComment(`${formatCommand(command)}\n${reason}`)
        expect(parsed).toStrictEqual({
          kind: 'command',
          command: { ...command, reason: reason.trim() },
          line: 1,
        })
      }),
      300,
    )
  })
})
