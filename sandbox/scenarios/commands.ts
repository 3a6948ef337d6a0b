import type { Emulator } from '../emulator.js'
import type { IssueComment, Repo } from '../state.js'
import { comment } from './comments.js'
import { repoOf } from './repo-of.js'

/** The reactions that end a command (every one but 👀). */
const FINAL = new Set(['rocket', '+1', '-1', 'confused'])

export interface CommandOutcome {
  /** The bot's final reaction (`rocket`, `+1`, `-1`, `confused`). */
  verdict: string
  /** Every reaction the bot put on the comment, in order. */
  reactions: string[]
  /** The bot's comments on the thread written or rewritten since the command (replies and status comments). */
  replies: string[]
  /** API requests made while it was handled (the bot's, mostly). */
  requests: number
}

export interface RunCommandOptions {
  repo: Repo | string
  issue: number
  as: string
  /** The comment: the command line, and the reason on the lines after it. */
  body: string
  /** The App's bot login (`modelgate[bot]`), whose reactions and comments are the answer. */
  botLogin: string
  /** How long the bot may take to give its verdict (default 30 s). */
  timeoutMs?: number
}

/** The comments `botLogin` wrote on an issue or pull request, oldest first. */
export function botComments(emulator: Emulator, repo: Repo, issue: number, botLogin: string): IssueComment[] {
  return emulator.state.comments.filter(
    (c) => c.repo === repo && c.issueNumber === issue && c.user.login === botLogin,
  )
}

/**
 * `as` comments a command and waits for the bot's verdict (its final reaction) and for every
 * webhook to settle; then says what it answered. Fails after `timeoutMs` without a verdict.
 */
export async function runCommand(emulator: Emulator, options: RunCommandOptions): Promise<CommandOutcome> {
  const repo = repoOf(emulator, options.repo)
  const ours = () => botComments(emulator, repo, options.issue, options.botLogin)
  const before = new Map(ours().map((c) => [c.id, c.updatedAt + c.body]))
  const requests = emulator.requests.length
  const posted = comment(emulator, { repo, issue: options.issue, as: options.as, body: options.body })
  const reactions = () =>
    posted.reactions.filter((r) => r.user.login === options.botLogin).map((r) => r.content)
  const deadline = Date.now() + (options.timeoutMs ?? 30_000)
  while (!reactions().some((content) => FINAL.has(content))) {
    if (Date.now() > deadline)
      throw new Error(`no verdict from ${options.botLogin} on ${JSON.stringify(options.body)} in time`)
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  await emulator.webhooks.settled()
  return {
    verdict: reactions().find((content) => FINAL.has(content))!,
    reactions: reactions(),
    replies: ours()
      .filter((c) => before.get(c.id) !== c.updatedAt + c.body)
      .map((c) => c.body),
    requests: emulator.requests.length - requests,
  }
}

/** The bot's status comment of the newest promotion of (environment, model) on a thread: the one that moves. */
export function statusComment(
  emulator: Emulator,
  options: { repo: Repo | string; issue: number; environment: string; model: string; botLogin: string },
): string | undefined {
  // One comment per promotion (`… #<pull request> -->`): the newest is the one that moves.
  const key = `<!-- modelgate:status ${options.environment}/${options.model} #`
  return botComments(emulator, repoOf(emulator, options.repo), options.issue, options.botLogin)
    .filter((c) => c.body.startsWith(key))
    .at(-1)?.body
}
