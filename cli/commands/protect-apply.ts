import { Octokit } from '@octokit/rest'
import type { RulesetBody, RulesetWrite } from '../../core/index.js'
import { planRulesetWrites } from '../../core/index.js'
import type { CliIo } from '../io.js'
import { EXIT } from '../io.js'

export interface ApplyRulesetsOptions {
  /** `owner/name`. */
  repository: string
  rulesets: readonly RulesetBody[]
  token: string
  baseUrl: string
  format: 'text' | 'json'
  io: CliIo
}

/**
 * Creates or updates the rulesets: reads the repository's own rulesets, then creates each one
 * missing and updates (same id) each one of the same name. One line per write; GitHub's refusal
 * becomes one line saying what to do, never a stack trace.
 */
export async function applyRulesets(options: ApplyRulesetsOptions): Promise<number> {
  const { io } = options
  const [owner, repo] = options.repository.split('/') as [string, string]
  const octokit = new Octokit({ auth: options.token, baseUrl: options.baseUrl, log: silentLog })
  let step = 'list its rulesets'
  try {
    const existing = await octokit.paginate(octokit.rest.repos.getRepoRulesets, {
      owner,
      repo,
      includes_parents: false,
      per_page: 100,
    })
    const done: { action: RulesetWrite['action']; id: number; name: string }[] = []
    for (const write of planRulesetWrites(existing, options.rulesets)) {
      step = `${write.action} the ruleset "${write.body.name}"`
      const { data } =
        write.action === 'create'
          ? await octokit.rest.repos.createRepoRuleset({ owner, repo, ...write.body })
          : await octokit.rest.repos.updateRepoRuleset({ owner, repo, ruleset_id: write.id, ...write.body })
      done.push({ action: write.action, id: data.id, name: data.name })
    }
    io.stdout.write(
      options.format === 'json'
        ? `${JSON.stringify({ repository: options.repository, applied: done }, null, 2)}\n`
        : done
            .map((d) => `${d.action}d ruleset "${d.name}" (id ${d.id}) on ${options.repository}\n`)
            .join(''),
    )
    return EXIT.ok
  } catch (error) {
    io.stderr.write(`modelgate: ${describeFailure(error, options, step)}\n`)
    return EXIT.invalid
  }
}

/** What went wrong, in one line: GitHub's answer and what to do about it. */
function describeFailure(error: unknown, options: ApplyRulesetsOptions, step: string): string {
  const status = (error as { status?: unknown }).status
  const message = (error as { response?: { data?: { message?: unknown } } }).response?.data?.message
  const answer = typeof message === 'string' ? message : ''
  const { repository } = options
  const said = answer === '' ? '' : `: ${answer}`
  switch (status) {
    case 401:
      return `GitHub refused the token (401${said}); check --token or GITHUB_TOKEN`
    case 403:
      return `${repository}: GitHub refused to ${step} (403${said}); rulesets need a token of an admin of ${repository} (a fine-grained token: Administration read and write; a classic one: the repo scope)`
    case 404:
      return `${repository}: not found, or the token cannot see it (404, while trying to ${step}); check --repo and the token's access`
    case 422:
      return `${repository}: GitHub refused to ${step} (422${said}); check --app-id and --branch`
  }
  const cause = (error as { cause?: { code?: unknown; cause?: { code?: unknown } } }).cause
  const code = cause?.code ?? cause?.cause?.code
  if (typeof status === 'number' && status !== 500)
    return `${repository}: GitHub answered ${status} when trying to ${step}${said}`
  return `cannot reach ${options.baseUrl} to ${step}${typeof code === 'string' ? ` (${code})` : ''}${answer === '' && status === 500 ? '' : said}; check --api-url or GITHUB_API_URL`
}

/** Octokit logs deprecations and request failures itself; the command says what failed once. */
const silentLog = { debug() {}, info() {}, warn() {}, error() {} }

/** `io` with every occurrence of `secret` in its output replaced by `***`. */
export function maskingIo(io: CliIo, secret: string): CliIo {
  const mask = (stream: CliIo['stdout']) => ({
    write: (text: string) => stream.write(text.replaceAll(secret, '***')),
  })
  return { ...io, stdout: mask(io.stdout), stderr: mask(io.stderr) }
}
