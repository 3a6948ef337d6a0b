import { cpSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DiffReport } from '../../core/index.js'
import { checkDiffReport, renderDiffMarkdown } from '../../core/index.js'
import type { CliResult } from '../support/cli.js'
import { linesOf, PROJECT_ROOT, runCli, stackTraceLines } from '../support/cli.js'
import type { GitRepo } from '../support/git-repo.js'
import { copyIntoGitRepo, makeTempDir, removeTempDirs, writeFiles } from '../support/git-repo.js'

const MODEL_REPO = join(PROJECT_ROOT, 'examples', 'model-repo')
const FRAUD = 'models/fraud-detector/model.yaml'
const CREDIT = 'models/credit-limit-scorer/model.yaml'
const CREDIT_METRICS = 'models/credit-limit-scorer/metrics.json'
const ROUTER = 'models/support-ticket-router/model.yaml'

const example = (path: string) => readFileSync(join(MODEL_REPO, path), 'utf8')

/** `text` with `from` replaced once; fails loudly when the example no longer holds `from`. */
function edit(text: string, ...pairs: [string, string][]): string {
  return pairs.reduce((out, [from, to]) => {
    if (!out.includes(from)) throw new Error(`the example no longer contains ${JSON.stringify(from)}`)
    return out.replace(from, to)
  }, text)
}

const OLD_DIGEST = 'sha256:f7a2b61906406c212dcfb9a84ec47789471428c2ee5d42fce6ecbf8945f3bdcd'
const NEW_DIGEST = `sha256:${'1'.repeat(64)}`

/** The head of every scenario: fraud-detector bumped and retrained, the router removed, a new model. */
const HEAD_CHANGES = {
  [FRAUD]: edit(
    example(FRAUD),
    ['version: 1.4.0', 'version: 1.5.0'],
    ['value: 0.947', 'value: 0.951'],
    ['value: 18.4,', 'value: 21.5,'],
    [OLD_DIGEST, NEW_DIGEST],
  ),
  'models/new-ranker/model.yaml': edit(example(ROUTER), ['name: support-ticket-router', 'name: new-ranker']),
}

/** `modelgate diff ARGS…` run in `cwd`. */
const runDiff = (cwd: string, ...args: string[]) => runCli(['diff', ...args], { cwd })

/** A copy of the example repository, its first commit tagged v1. */
function taggedExample(): GitRepo {
  const repo = copyIntoGitRepo(MODEL_REPO)
  repo.git('tag', 'v1')
  return repo
}

/** {@link taggedExample} with a commit of {@link HEAD_CHANGES} that also removes the router. */
function released(): GitRepo {
  const repo = taggedExample()
  repo.write(HEAD_CHANGES).remove('models/support-ticket-router').commit('release 1.5.0')
  return repo
}

function expectUsageError(result: CliResult, message: string): void {
  expect(result.code, result.stderr).toBe(2)
  expect(result.stdout).toBe('')
  expect(linesOf(result.stderr)).toEqual([`modelgate: ${message}`, 'Run "modelgate diff --help" for usage.'])
  expect(stackTraceLines(result)).toEqual([])
}

afterAll(removeTempDirs)

describe.concurrent('diff --base with real commits', () => {
  let repo: GitRepo
  let baseSha: string
  beforeAll(() => {
    repo = released()
    baseSha = repo.git('rev-parse', 'v1')
  })

  it('prints the pull request comment: changed, added and removed models; unchanged ones omitted', async () => {
    const result = await runDiff(repo.root, '--base', 'v1')
    expect(result).toMatchObject({ code: 0, stderr: '' })
    const lines = linesOf(result.stdout)
    expect(lines[0]).toBe('## modelgate: model changes')
    expect(lines).toContain(`Base v1 (\`${baseSha.slice(0, 7)}\`) → head working tree`)
    // Models in path order; churn-predictor and credit-limit-scorer did not change and are left out.
    expect(lines.filter((line) => line.startsWith('### '))).toEqual([
      '### fraud\\-detector',
      '### new\\-ranker',
      '### support\\-ticket\\-router',
    ])
    expect(lines).toEqual(
      expect.arrayContaining([
        '**modified** · models/fraud\\-detector/model\\.yaml · ⚠️ 1 warning gate failed',
        '- version: 1\\.4\\.0 → 1\\.5\\.0',
        `- artifact\\.digest: ${OLD_DIGEST} → ${NEW_DIGEST}`,
        '| auc | 0.947 | 0.951 | +0.004 | +0.422% | 🟢 ▲ | ✅ |',
        '**added** · models/new\\-ranker/model\\.yaml · ✅ 1 gate passed',
        '- version: added (0\\.9\\.2)',
        '- owners: added (support\\-ml, @\u200bpriya\\-r)',
        '- gates: added (macro\\_f1 \\(higher is better\\): threshold 0\\.8)',
        '| macro\\_f1 | — | 0.83 | — | — | 🆕 added | ✅ |',
        '**removed** · models/support\\-ticket\\-router/model\\.yaml · no gates',
        '- version: removed (was 0\\.9\\.2)',
        '| macro\\_f1 | 0.83 | — | — | — | ➖ removed |  |',
      ]),
    )
    // Nothing else of the fraud-detector manifest (description, lineage, serving…) is listed as changed.
    const fraudChanges = lines.slice(lines.indexOf('### fraud\\-detector'), lines.indexOf('### new\\-ranker'))
    expect(fraudChanges.filter((line) => line.startsWith('- ') && !line.startsWith('- ⚠️'))).toEqual([
      '- version: 1\\.4\\.0 → 1\\.5\\.0',
      `- artifact\\.digest: ${OLD_DIGEST} → ${NEW_DIGEST}`,
    ])
  })

  it('the Markdown is exactly what the renderer makes of the JSON report (what the PR comment holds)', async () => {
    const [markdown, json] = await Promise.all([
      runDiff(repo.root, '--base', 'v1'),
      runDiff(repo.root, '--base', 'v1', '--format', 'json'),
    ])
    expect(markdown.stdout).toBe(renderDiffMarkdown(JSON.parse(json.stdout) as DiffReport))
  })

  it('--format json: parses, passes checkDiffReport, and lists the three models by path', async () => {
    const result = await runDiff(repo.root, '--base', 'v1', '--format', 'json')
    expect(result).toMatchObject({ code: 0, stderr: '' })
    const checked = checkDiffReport(result.stdout, 'diff-report.json')
    expect(checked.problems).toEqual([])
    const report = checked.report!
    expect(report.base).toEqual({ ref: 'v1', sha: baseSha })
    expect(report.head).toEqual({ ref: 'working tree' })
    expect(report.models.map((m) => [m.file, m.model, m.status])).toEqual([
      [FRAUD, 'fraud-detector', 'modified'],
      ['models/new-ranker/model.yaml', 'new-ranker', 'added'],
      [ROUTER, 'support-ticket-router', 'removed'],
    ])
    expect(report.models[0]!.fields).toEqual([
      { field: 'version', base: '1.4.0', head: '1.5.0' },
      { field: 'artifact.digest', base: OLD_DIGEST, head: NEW_DIGEST },
    ])
    expect(report.models[0]!.metrics[0]).toEqual({
      metric: 'auc',
      base: 0.947,
      head: 0.951,
      delta: expect.closeTo(0.004, 9) as number,
      deltaPercent: expect.closeTo(0.4224, 3) as number,
      movement: 'better',
    })
    expect(report.models[2]!.verdict).toBeUndefined()
    expect(report.problems).toEqual([])
  })

  it('--format text: a terminal table like dvc metrics diff, changed metrics only, no Markdown escapes', async () => {
    const result = await runDiff(repo.root, '--base', 'v1', '--format', 'text', FRAUD)
    expect(result).toMatchObject({ code: 0, stderr: '' })
    expect(linesOf(result.stdout)).toEqual([
      `base v1 (${baseSha.slice(0, 7)}) → head working tree`,
      '',
      'models/fraud-detector/model.yaml (fraud-detector, modified)',
      '  version: 1.4.0 → 1.5.0',
      `  artifact.digest: ${OLD_DIGEST} → ${NEW_DIGEST}`,
      '  Metric          v1     working tree  Change',
      '  auc             0.947  0.951         +0.004 (+0.42%)  better',
      '  p95_latency_ms  18.4   21.5          +3.1 (+16.85%)   worse',
      '  ! recall_at_1pct_fpr 0.62 is 0% above the baseline 0.62; needs an improvement of at least 1%',
      '  gates: passed (3 judged)',
      '',
      'passed',
    ])
  })

  it('--format text --all --precision 2: unchanged metrics listed, numbers rounded', async () => {
    const result = await runDiff(
      repo.root,
      '--base',
      'v1',
      '--format',
      'text',
      '--all',
      '--precision',
      '2',
      FRAUD,
    )
    const lines = linesOf(result.stdout)
    expect(lines).toContain('  auc                 0.95  0.95          +0 (+0.42%)     better')
    expect(lines.some((line) => line.startsWith('  recall_at_1pct_fpr  0.62  0.62'))).toBe(true)
  })

  it('only the named manifests with PATH', async () => {
    const result = await runDiff(repo.root, '--base', 'v1', '--format', 'json', FRAUD)
    const report = JSON.parse(result.stdout) as DiffReport
    expect(report.models.map((m) => m.model)).toEqual(['fraud-detector'])
  })

  it('the same revision on both sides → "No model changes."', async () => {
    const result = await runDiff(repo.root, '--base', 'HEAD')
    expect(result).toMatchObject({ code: 0, stderr: '' })
    const lines = linesOf(result.stdout)
    expect(lines).toContain(`Base HEAD (\`${repo.head().slice(0, 7)}\`) → head working tree`)
    expect(lines.at(-1)).toBe('No model changes.')
    expect(lines.filter((line) => line.startsWith('### '))).toEqual([])
  })
})

describe.concurrent('diff --base-dir', () => {
  it('compares with another checkout in a folder, with the same models as --base', async () => {
    const repo = released()
    const baseDir = makeTempDir('modelgate-base-')
    cpSync(MODEL_REPO, baseDir, { recursive: true })

    const [fromDir, fromGit] = await Promise.all([
      runDiff(repo.root, '--base-dir', baseDir, '--format', 'json'),
      runDiff(repo.root, '--base', 'v1', '--format', 'json'),
    ])
    expect(fromDir).toMatchObject({ code: 0, stderr: '' })
    const dirReport = JSON.parse(fromDir.stdout) as DiffReport
    expect(dirReport.base).toEqual({ ref: baseDir })
    expect(dirReport.models).toEqual((JSON.parse(fromGit.stdout) as DiffReport).models)
    expect(checkDiffReport(fromDir.stdout, 'r.json').problems).toEqual([])
  })

  it('works outside git (two plain folders)', async () => {
    const head = makeTempDir()
    const base = makeTempDir()
    cpSync(MODEL_REPO, head, { recursive: true })
    cpSync(MODEL_REPO, base, { recursive: true })
    writeFiles(head, { [FRAUD]: HEAD_CHANGES[FRAUD] })
    const result = await runDiff(head, '--base-dir', base)
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('\n- version: 1\\.4\\.0 → 1\\.5\\.0\n')
    expect(result.stdout).toContain(`\nBase ${base.replace(/[-._]/g, (c) => `\\${c}`)} → head working tree\n`)
  })
})

describe.concurrent('diff: models that cannot be read', () => {
  it('a metrics file broken at head → listed as a problem, the model neither removed nor shown', async () => {
    const repo = taggedExample()
    repo.commitFiles({ [CREDIT_METRICS]: '{"test": {"gini": null}}' }, 'broken')
    const result = await runDiff(repo.root, '--base', 'v1')
    expect(result.code).toBe(0)
    expect(linesOf(result.stdout)).toEqual([
      '## modelgate: model changes',
      '',
      '❌ **1 file could not be read**',
      '',
      `Base v1 (\`${repo.git('rev-parse', '--short=7', 'v1')}\`) → head working tree`,
      '',
      '⚠️ **1 file could not be read**, so its models are missing below:',
      '',
      '- models/credit\\-limit\\-scorer/metrics\\.json:1:19 test\\.gini is null; give it a value or remove it',
      '',
      'No model changes.',
    ])
  })

  it('a manifest invalid at the base → the problem names the base; the model is not called added', async () => {
    const repo = copyIntoGitRepo(MODEL_REPO)
    repo.commitFiles({ [ROUTER]: edit(example(ROUTER), ['riskTier: low', 'riskTier: tiny']) }, 'broken')
    repo.git('tag', 'broken')
    repo.commitFiles({ [ROUTER]: example(ROUTER) }, 'fixed')
    const result = await runDiff(repo.root, '--base', 'broken', '--format', 'json')
    const report = JSON.parse(result.stdout) as DiffReport
    expect(report.models).toEqual([])
    expect(report.problems).toEqual([
      expect.objectContaining({
        file: ROUTER,
        line: 10,
        column: 11,
        rule: 'schema/enum',
        message: 'at broken: riskTier: "tiny" is not one of: low, medium, high, critical',
      }),
    ])
    expect(checkDiffReport(result.stdout, 'r.json').problems).toEqual([])
  })
})

describe.concurrent('diff on hostile content', () => {
  it('escapes datasets, owners and metric names from a metrics file; mentions do not notify', async () => {
    const repo = taggedExample()
    repo.commitFiles(
      {
        [CREDIT]: edit(
          example(CREDIT),
          ['uri: s3://acme-data/bureau/2026-09/', 'uri: s3://acme-data/<img/src=x/onerror=alert(1)>'],
          ["maintainers: ['@ana-ortiz', '@sam-okafor']", "maintainers: ['@ana-ortiz', '@acme']"],
        ),
        [CREDIT_METRICS]: JSON.stringify({
          test: { gini: 0.612, ks: 0.47, auc: 0.806 },
          fairness: { disparate_impact_ratio: 0.91 },
          '<b>x</b> | @acme/all': 'evil `code` [link](https://x.invalid)',
        }),
      },
      'hostile',
    )
    const result = await runDiff(repo.root, '--base', 'v1')
    expect(result.code).toBe(0)
    const lines = linesOf(result.stdout)
    expect(lines).toContain(
      '- datasets\\.bureau\\-snapshot\\-2026\\-09: train s3://acme\\-data/bureau/2026\\-09/ sha256:7e356bc6314136feac830f7f4221f9bb1afa99c718aa03ed89742330e8a9def8 → train s3://acme\\-data/&lt;img/src=x/onerror=alert\\(1\\)&gt; sha256:7e356bc6314136feac830f7f4221f9bb1afa99c718aa03ed89742330e8a9def8',
    )
    expect(lines).toContain(
      '- owners: credit\\-risk\\-ml, @\u200bana\\-ortiz, @\u200bsam\\-okafor → credit\\-risk\\-ml, @\u200bana\\-ortiz, @\u200bacme',
    )
    expect(lines).toContain(
      '| &lt;b&gt;x&lt;/b&gt; \\| @\u200bacme/all | — | evil \\`code\\` \\[link\\]\\(https:\u200b//x\\.invalid\\) | — | — | 🆕 added |  |',
    )
    expect(result.stdout).not.toMatch(/<img|<b>|(^|[^\u200b])@acme/)
  })
})

describe.concurrent('diff: usage mistakes', () => {
  let repo: GitRepo
  beforeAll(() => {
    repo = copyIntoGitRepo(MODEL_REPO)
    writeFiles(repo.root, { 'notes.txt': 'not a folder\n' })
  })

  it.each([
    {
      name: 'no base',
      args: [],
      message: 'give the base to compare with: --base <git-ref> or --base-dir <folder>',
    },
    {
      name: 'both --base and --base-dir',
      args: ['--base', 'HEAD', '--base-dir', '.'],
      message: 'give either --base (a git revision) or --base-dir (a folder), not both',
    },
    {
      name: 'an unknown format',
      args: ['--base', 'HEAD', '--format', 'html'],
      message: '--format: "html" is not a format; use markdown, text or json',
    },
    {
      name: 'a missing --base-dir',
      args: ['--base-dir', 'nope'],
      message: '--base-dir: nope: no such folder',
    },
    {
      name: 'a file as --base-dir',
      args: ['--base-dir', 'notes.txt'],
      message: '--base-dir: notes.txt: not a folder',
    },
    {
      name: 'an unknown revision',
      args: ['--base', 'origin/release'],
      message:
        '--base: unknown git revision "origin/release"; fetch it first (git fetch origin release, or actions/checkout with fetch-depth: 0)',
    },
    {
      name: 'a path that does not exist',
      args: ['--base', 'HEAD', 'models/nope'],
      message: 'models/nope: no such file or folder',
    },
  ])('$name → exit 2 with the exact message', async ({ args, message }) => {
    expectUsageError(await runDiff(repo.root, ...args), message)
  })

  it('a path outside the repository → exit 2, nothing read', async () => {
    const outside = makeTempDir('modelgate-outside-')
    writeFiles(outside, { 'model.yaml': 'TOP-SECRET: 1\n' })
    const result = await runDiff(repo.root, '--base', 'HEAD', join(outside, 'model.yaml'))
    expectUsageError(
      result,
      `${join(outside, 'model.yaml')}: outside the repository (${repo.root}); modelgate only reads files inside it (to check a lone manifest, run modelgate in its folder)`,
    )
    expect(result.stderr).not.toContain('TOP-SECRET')
  })

  it('a path escaping with .. → exit 2', async () => {
    const result = await runDiff(repo.path('models'), '--base', 'HEAD', '../../..')
    expect(result.code).toBe(2)
    expect(linesOf(result.stderr)[0]).toMatch(/^modelgate: \.\.\/\.\.\/\.\.: outside the repository \(/)
  })

  it('--precision without --format text → exit 2', async () => {
    const repo = taggedExample()
    expectUsageError(
      await runDiff(repo.root, '--base', 'v1', '--precision', '2'),
      '--precision and --all shape the text table: add --format text',
    )
  })

  it('--help prints the usage and exits 0', async () => {
    const result = await runDiff(repo.root, '--help')
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^Usage: modelgate diff \(--base <git-ref> \| --base-dir DIR\)/)
  })
})
