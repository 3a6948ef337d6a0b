import { escapeMarkdown } from '../../core/markdown/escape-markdown.js'
import { formatHolds, liftHold, setHold } from '../../core/promotion/edit-holds.js'
import { codeSpan } from '../../core/promotion/format-command-reply.js'
import { HOLDS_FILE, parseHolds } from '../../core/promotion/parse-holds.js'
import type { Hold } from '../../core/promotion/promotion-facts.js'
import { statusOf } from '../github-reader.js'
import type { EnvironmentsReader } from './environments-reader.js'
import type { CommandResult } from './run-promotion.js'

export interface HoldCommand {
  verb: 'hold' | 'unhold'
  environment: string
  model?: string
  reason?: string
  text: string
}

/** Attempts when another replica changed the holds file at the same moment. */
const ATTEMPTS = 3

const scope = (environment: string, model?: string) =>
  model === undefined ? `every model in ${environment}` : `${model} in ${environment}`

/** ` (reason, by @someone)` of the hold already in place. */
function heldBy(edit: { holds: Hold[]; existing?: Hold }): string {
  return edit.existing === undefined
    ? ''
    : ` (${escapeMarkdown(`${edit.existing.reason}, by ${edit.existing.by}`)})`
}

/**
 * `/hold` and `/unhold`: one commit to `.modelgate/holds.yml` on the environments repository's
 * `modelgate/holds` branch, with the file's blob SHA as an optimistic lock (a concurrent change
 * makes GitHub refuse the write, and it is redone on the new file). Holds in the reviewed file on
 * the deployed branch are read too, but only a pull request lifts those.
 */
export async function runHold(options: {
  environments: EnvironmentsReader
  command: HoldCommand
  requester: string
  reviewedHolds: readonly Hold[]
}): Promise<CommandResult> {
  const { command, environments, requester } = options
  const md = escapeMarkdown
  const what = scope(command.environment, command.model)
  if (command.verb === 'unhold') {
    const reviewed = options.reviewedHolds.find(
      (hold) => hold.environment === command.environment && hold.model === command.model,
    )
    if (reviewed !== undefined)
      return {
        verdict: 'refused',
        reply: `${codeSpan(command.text)}: the hold on ${md(what)} is in ${md(HOLDS_FILE)} on the deployed branch — lift it with a pull request that removes it there.\n`,
      }
  }
  for (let attempt = 1; ; attempt++) {
    const current = await environments.readHoldsBranch()
    const holds = parseHolds(current.text).holds
    const edit =
      command.verb === 'hold'
        ? setHold(holds, {
            environment: command.environment,
            ...(command.model === undefined ? {} : { model: command.model }),
            reason: command.reason ?? 'no reason given',
            by: `@${requester}`,
            since: new Date().toISOString().slice(0, 10),
          })
        : liftHold(holds, command.environment, command.model)
    if (!edit.changed)
      return {
        verdict: 'done',
        reply:
          command.verb === 'hold'
            ? `${codeSpan(command.text)}: ${md(what)} is already on hold${heldBy(edit)}.\n`
            : `${codeSpan(command.text)}: there is no hold on ${md(what)}.\n`,
      }
    try {
      await environments.writeHoldsBranch(
        formatHolds(edit.holds),
        current.sha,
        `modelgate: ${command.verb} ${what} (@${requester})`,
      )
      break
    } catch (error) {
      if (attempt >= ATTEMPTS || ![409, 422].includes(statusOf(error) ?? 0)) throw error
    }
  }
  return {
    verdict: 'done',
    reply:
      command.verb === 'hold'
        ? `${codeSpan(command.text)}: promotions of ${md(what)} are on hold${command.reason === undefined ? '' : `: ${md(command.reason)}`}. Rollbacks still pass. Lift it with ${codeSpan(`/unhold ${command.environment}${command.model === undefined ? '' : ` ${command.model}`}`)}.\n`
        : `${codeSpan(command.text)}: the hold on ${md(what)} is lifted.\n`,
  }
}
