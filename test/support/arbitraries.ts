import fc from 'fast-check'
import type {
  ApprovalNode,
  CommentFact,
  Gate,
  ModelFacts,
  ModelSide,
  Permission,
  Policy,
  PolicyFacts,
  PolicyRule,
  ReviewFact,
  RuleOptions,
  RuleRequirements,
} from '../../core/index.js'

/**
 * fast-check arbitraries for the property suites in test/property/: hostile but typed inputs of the
 * pure engines (policies, facts, gates, metric readings), drawn from small pools so that names
 * collide (the author reviews, a bot is in a team, two rules share a name) as they do in attacks.
 */

/**
 * Runs a property with a bound on its work and on its time. `numRuns` is also the count in the test's
 * title (`(<N> inputs)`, read by `npm run hostile`), so an interrupted run is a failure, never a
 * silent pass with fewer inputs than the title claims; the time limit is far above a normal run.
 * `FC_SEED=<seed>` replays the seed a failure printed.
 */
export function assertProperty<T>(property: fc.IProperty<T>, numRuns: number): void {
  const seed = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED)
  fc.assert(property, {
    numRuns,
    interruptAfterTimeLimit: 15_000,
    markInterruptAsFailure: true,
    ...(seed === undefined ? {} : { seed }),
  })
}

export const HEAD = 'c0ffee1234567890c0ffee1234567890c0ffee12'
const OLD = 'a1d5ha0000000000000000000000000000000000'
export const DIGEST = 'sha256:governed-now'

/** People: plain logins, a bot by suffix, a bot by list, and names that look like JavaScript internals. */
export const PEOPLE = [
  'ana',
  'bob',
  'cory',
  'dee',
  'eve',
  'dependabot[bot]',
  'ci-helper',
  'constructor',
  '__proto__',
]
const TEAMS = ['acme/risk', 'acme/leads', 'acme/gone']
const RULE_NAMES = ['r0', 'r1', 'r2', 'r3']
const TIERS = ['low', 'medium', 'high', 'critical'] as const
const PERMISSION_LEVELS: Permission[] = ['read', 'triage', 'write', 'maintain', 'admin']

/** `@Ana` → `ana`: GitHub compares logins case-insensitively. */
export const normalize = (login: string): string => login.replace(/^@/, '').toLowerCase()

/** A login as a hostile gatherer or user might spell it: any case, with or without `@`. */
const loginArb: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...PEOPLE), fc.boolean(), fc.boolean())
  .map(([login, upper, at]) => `${at ? '@' : ''}${upper ? login.toUpperCase() : login}`)

const subsetOf = <T>(values: readonly T[], maxLength = values.length) =>
  fc.uniqueArray(fc.constantFrom(...values), { maxLength })

const requiresArb: fc.Arbitrary<RuleRequirements> = fc.record(
  {
    count: fc.integer({ min: 0, max: 3 }),
    users: subsetOf(PEOPLE, 4),
    teams: fc.oneof({ weight: 3, arbitrary: fc.constant<string[]>([]) }, subsetOf(TEAMS, 2)),
    permission: fc.constantFrom(...PERMISSION_LEVELS),
    distinct: fc.array(
      fc.record(
        {
          users: subsetOf(PEOPLE, 3),
          teams: fc.oneof({ weight: 3, arbitrary: fc.constant<string[]>(['acme/risk']) }, subsetOf(TEAMS, 2)),
          count: fc.integer({ min: 1, max: 2 }),
        },
        { requiredKeys: ['count'] },
      ),
      { maxLength: 2 },
    ),
  },
  { requiredKeys: [] },
)

const optionsArb: fc.Arbitrary<RuleOptions> = fc.record(
  {
    allowAuthor: fc.boolean(),
    allowContributor: fc.boolean(),
    invalidateOnPush: fc.boolean(),
    ignoreEditedComments: fc.boolean(),
    methods: fc.record(
      { reviews: fc.boolean(), comments: subsetOf([':+1:', 'LGTM', '/approve', ''], 2) },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
)

const ruleArb = (name: string): fc.Arbitrary<PolicyRule> =>
  fc.record(
    {
      name: fc.constant(name),
      if: fc.record(
        {
          riskTiers: subsetOf(TIERS),
          labels: subsetOf(['model-change', 'hotfix']),
          changedPaths: subsetOf(['models/**', '**/metrics.json', '.modelgate/*', 'docs/**']),
          environments: subsetOf(['dev', 'prod']),
          targetBranches: subsetOf(['main', 'release/*']),
          authorIn: fc.record(
            { users: subsetOf(PEOPLE, 2), teams: subsetOf(TEAMS, 1) },
            { requiredKeys: [] },
          ),
        },
        { requiredKeys: [] },
      ),
      requires: requiresArb,
      conditions: fc.record({ checks: subsetOf(['modelgate/gate', 'ci']) }),
      options: optionsArb,
    },
    { requiredKeys: ['name'] },
  )

/**
 * An approval tree up to 11 levels deep (deeper than the engine's 8), naming mostly the defined
 * rules and sometimes an undefined one.
 */
const approvalNodeArb = (names: readonly string[]): fc.Arbitrary<ApprovalNode> =>
  fc.letrec<{ node: ApprovalNode }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', maxDepth: 10 },
      { weight: 20, arbitrary: fc.constantFrom(...names) },
      { weight: 1, arbitrary: fc.constant('undefined-rule') },
      { weight: 2, arbitrary: fc.record({ and: fc.array(tie('node'), { maxLength: 3 }) }) },
      { weight: 2, arbitrary: fc.record({ or: fc.array(tie('node'), { maxLength: 3 }) }) },
    ),
  })).node

/**
 * A typed policy, not necessarily one `parsePolicy` accepts (rules may be undefined, unused or
 * impossible): the engine documents that it never throws and fails closed on those.
 */
export const policyArb: fc.Arbitrary<Policy> = fc
  .uniqueArray(fc.constantFrom(...RULE_NAMES), { minLength: 1, maxLength: 4 })
  .chain((names) => {
    const named = fc.oneof(
      { weight: 20, arbitrary: fc.constantFrom(...names) },
      fc.constant('undefined-rule'),
    )
    return fc.record({
      rules: fc.tuple(...names.map(ruleArb)),
      approval: fc.array(approvalNodeArb(names), { minLength: 1, maxLength: 3 }),
      require: fc.record(
        { ownersChange: named, riskTierChange: named, policyChange: named },
        { requiredKeys: [] },
      ),
    })
  })

/**
 * A policy of one rule that always applies (no `if`, no conditions) and needs at least one vote:
 * the decision then turns on who voted, which is where approval bypasses live.
 */
export const oneRulePolicyArb: fc.Arbitrary<Policy> = ruleArb('r0').map((rule) => {
  const { if: _if, conditions: _conditions, ...always } = rule
  const requires = { ...always.requires, count: Math.max(1, always.requires?.count ?? 1) }
  return { rules: [{ ...always, requires }], approval: ['r0'] }
})

const sideArb: fc.Arbitrary<ModelSide> = fc.record(
  {
    riskTier: fc.constantFrom(...TIERS),
    owners: fc.record({
      team: fc.constantFrom('risk-ml', 'RISK-ML', 'other'),
      maintainers: fc.array(loginArb, { maxLength: 2 }),
    }),
    environments: subsetOf(['dev', 'prod']),
  },
  { requiredKeys: ['riskTier', 'owners'] },
)

const modelArb: fc.Arbitrary<ModelFacts> = fc.record(
  {
    name: fc.constantFrom('fraud', 'churn'),
    file: fc.constantFrom('models/fraud/model.yaml', 'models/churn/model.yaml'),
    base: sideArb,
    head: sideArb,
  },
  { requiredKeys: ['name', 'file'] },
)

/** Times that collide, and dates that do not parse (they sort first). */
const timeArb = fc.oneof(
  fc.integer({ min: 0, max: 5 }).map((minute) => new Date(Date.UTC(2026, 10, 1, 12, minute)).toISOString()),
  fc.constantFrom('', 'not a date', '2026-13-45T99:99:99Z'),
)

const reviewArb: fc.Arbitrary<ReviewFact> = fc.record(
  {
    id: fc.nat(),
    user: loginArb,
    state: fc.oneof(
      { weight: 4, arbitrary: fc.constant('APPROVED' as const) },
      fc.constantFrom('CHANGES_REQUESTED', 'COMMENTED', 'DISMISSED'),
    ),
    submittedAt: timeArb,
    commitSha: fc.oneof({ weight: 3, arbitrary: fc.constant(HEAD) }, fc.constantFrom(OLD, '')),
    governedDigest: fc.constantFrom(DIGEST, 'sha256:old', ''),
  },
  { requiredKeys: ['id', 'user', 'state', 'submittedAt', 'commitSha'] },
)

const commentArb: fc.Arbitrary<CommentFact> = fc.record(
  {
    user: loginArb,
    body: fc.oneof(
      fc.constantFrom(':+1:', 'LGTM', '/approve please', ' LGTM\n', 'lgtm', 'not LGTM'),
      fc.string(),
    ),
    createdAt: timeArb,
    edited: fc.boolean(),
    governedDigest: fc.constantFrom(DIGEST, 'sha256:old'),
  },
  { requiredKeys: ['user', 'body', 'createdAt', 'edited'] },
)

/** Facts a gatherer (or an attacker controlling PR content) could produce; types hold, values are hostile. */
export const factsArb: fc.Arbitrary<PolicyFacts> = fc.record(
  {
    pullRequest: fc.record(
      {
        number: fc.nat(),
        author: loginArb,
        baseBranch: fc.constantFrom('main', 'release/1', 'Main'),
        headSha: fc.constant(HEAD),
        labels: subsetOf(['model-change', 'hotfix', 'MODEL-CHANGE']),
        commits: fc.array(
          fc.record(
            { sha: fc.constantFrom(HEAD, OLD), author: loginArb, committer: loginArb },
            { requiredKeys: ['sha'] },
          ),
          { maxLength: 3 },
        ),
      },
      { requiredKeys: ['number', 'author', 'baseBranch', 'headSha'] },
    ),
    changedFiles: fc.array(
      fc.record(
        {
          path: fc.constantFrom(
            'models/fraud/model.yaml',
            'models/fraud/metrics.json',
            '.modelgate/config.yml',
            'README.md',
          ),
          status: fc.constantFrom('added', 'modified', 'removed', 'renamed'),
          previousPath: fc.constantFrom('docs/x.md', 'models/churn/model.yaml'),
        },
        { requiredKeys: ['path', 'status'] },
      ),
      { maxLength: 4 },
    ),
    models: fc.array(modelArb, { maxLength: 2 }),
    policyChanged: fc.boolean(),
    reviews: fc.array(reviewArb, { maxLength: 8 }),
    currentGovernedDigest: fc.constant(DIGEST),
    comments: fc.array(commentArb, { maxLength: 4 }),
    teams: fc.record(
      {
        'acme/risk': fc.array(loginArb, { maxLength: 4 }),
        'ACME/Leads': fc.array(loginArb, { maxLength: 3 }),
      },
      { requiredKeys: ['acme/risk'] },
    ),
    teamErrors: fc.oneof(
      { weight: 4, arbitrary: fc.constant({}) },
      fc.constant({ 'acme/leads': 'HTTP 502' }),
    ),
    // One spelling per person: two spellings of one login with two levels would be an ambiguous fact.
    permissions: fc
      .uniqueArray(
        fc.tuple(
          loginArb,
          fc.oneof(
            { weight: 3, arbitrary: fc.constantFrom<Permission>('write', 'admin') },
            fc.constantFrom(...PERMISSION_LEVELS),
          ),
        ),
        { maxLength: 8, selector: ([login]) => normalize(login) },
      )
      .map((entries) => Object.fromEntries(entries)),
    checks: fc.array(
      fc.record({
        name: fc.constantFrom('modelgate/gate', 'ci'),
        conclusion: fc.constantFrom('success', 'failure', null),
      }),
      { maxLength: 3 },
    ),
    bots: subsetOf(['ci-helper', 'CI-HELPER', 'eve'], 2),
  },
  {
    requiredKeys: [
      'pullRequest',
      'changedFiles',
      'models',
      'policyChanged',
      'reviews',
      'currentGovernedDigest',
    ],
  },
)

/** Numbers that break arithmetic: NaN, ±Infinity, ±0, extremes, tiny subnormals, and ordinary values. */
export const numberArb: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(
    Number.NaN,
    Infinity,
    -Infinity,
    0,
    -0,
    Number.MAX_VALUE,
    -Number.MAX_VALUE,
    Number.MIN_VALUE,
  ),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.double(),
  fc.integer({ min: -100, max: 100 }).map((n) => n / 100),
)

/** A metric reading as a metrics file can hold it, or nothing at all. */
export const readingArb: fc.Arbitrary<number | string | boolean | undefined> = fc.oneof(
  { weight: 4, arbitrary: numberArb },
  fc.constantFrom(undefined, 'NaN', '0.9', '', true, false),
  fc.string({ maxLength: 8 }),
)

const limitArb = fc.oneof({ weight: 4, arbitrary: fc.double({ min: 0, max: 10, noNaN: true }) }, numberArb)

/** A gate on metric `m`, with any combination of checks (including none) and hostile limits. */
export const gateArb: fc.Arbitrary<Gate> = fc.record(
  {
    metric: fc.constant('m'),
    greaterIsBetter: fc.boolean(),
    threshold: numberArb,
    minAbsoluteChange: limitArb,
    minRelativeChange: limitArb,
    maxAbsoluteRegression: limitArb,
    maxRelativeRegression: limitArb,
    severity: fc.constantFrom('blocking', 'warning'),
  },
  { requiredKeys: ['metric', 'greaterIsBetter'] },
)

/**
 * Facts where approvals abound: everyone may write and two to six people approve the head commit,
 * the author and bots among them, so that "approved" is common and its justification is tested.
 */
export const approvingFactsArb: fc.Arbitrary<PolicyFacts> = fc
  .tuple(factsArb, fc.array(loginArb, { minLength: 2, maxLength: 6 }))
  .map(([facts, approvers]) => ({
    ...facts,
    permissions: {
      ...Object.fromEntries(
        PEOPLE.filter(
          (login) => !Object.keys(facts.permissions ?? {}).some((key) => normalize(key) === login),
        ).map((login) => [login, 'write' as const]),
      ),
      ...facts.permissions,
    },
    reviews: [
      ...facts.reviews,
      ...approvers.map((user, index): ReviewFact => ({
        id: `extra-${index}`,
        user,
        state: 'APPROVED',
        submittedAt: new Date(Date.UTC(2026, 10, 1, 13, index)).toISOString(),
        commitSha: HEAD,
      })),
    ],
  }))

/** Fragments that mean something to GitHub Markdown, HTML, workflow commands or a terminal. */
const HOSTILE_FRAGMENTS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '<!-- hidden -->',
  '</details>',
  '@acme/risk-ml',
  '@octocat',
  '[click](https://evil.example)',
  '![x](http://1.2.3.4/x.png)',
  '](',
  '`code`',
  '| a | b |',
  '\n# heading\n',
  '*bold*',
  '~~gone~~',
  '&lt;',
  '&#60;',
  'https://evil.example/x',
  'http://2130706433/',
  'www.evil.example',
  'mailto:a@b.example',
  'user@example.com',
  '#1',
  '\\#1',
  'GH-1',
  'acme/repo#2',
  '\u202Etxt.exe',
  '\u2066',
  '\u200B',
  '\u0000',
  '\u001b[31m',
  '\r\n',
  '\u2028',
  '::add-mask::secret',
  '::warning::x',
  '$(id)',
  '{{ github.token }}',
  '__proto__',
  'constructor',
]

/** Text built from hostile fragments and arbitrary characters, as a pull request may put in any field. */
export const hostileTextArb: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_FRAGMENTS) },
      fc.string({ maxLength: 6 }),
      fc.string({ maxLength: 6, unit: 'grapheme' }),
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((parts) => parts.join(''))

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/** Every path to a value inside `value`, the root included. */
function pathsOf(value: Json, path: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [path]
  const children = Array.isArray(value)
    ? value.flatMap((child, index) => pathsOf(child, [...path, index]))
    : Object.entries(value).flatMap(([key, child]) => pathsOf(child, [...path, key]))
  return [path, ...children]
}

/** One hostile edit of a JSON document: replace a value, delete a key or item, or add a key. */
type Edit =
  | { kind: 'replace'; at: number; value: Json }
  | { kind: 'delete'; at: number }
  | { kind: 'add'; at: number; key: string; value: Json }

const hostileJsonArb: fc.Arbitrary<Json> = fc.oneof(
  hostileTextArb,
  fc.constantFrom<Json>(null, true, false, 0, -1, 1e308, 1, [], {}, '', 'passed', { passed: true }),
  fc.double().map((n) => (Number.isFinite(n) ? n : null)),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
)

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: hostileJsonArb }),
  },
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('add' as const),
    at: fc.nat(),
    key: fc.oneof(
      fc.constantFrom('__proto__', 'passed', 'verdict', 'x-extra', 'constructor'),
      fc.string({ maxLength: 4 }),
    ),
    value: hostileJsonArb,
  }),
)

function applyEdit(document: Json, edit: Edit): Json {
  const paths = pathsOf(document)
  const path = paths[edit.at % paths.length]!
  if (path.length === 0) return edit.kind === 'replace' ? edit.value : document
  const parent = path.slice(0, -1).reduce<Json>((node, key) => (node as Record<string, Json>)[key]!, document)
  const key = path.at(-1)!
  const container = parent as Record<string | number, Json>
  if (edit.kind === 'replace') container[key] = edit.value
  else if (edit.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(key as number, 1)
    else delete container[key]
  } else if (parent !== null && typeof parent === 'object' && !Array.isArray(parent)) {
    // defineProperty, so a `__proto__` key becomes an own property as JSON.parse would make it.
    Object.defineProperty(parent, edit.key, {
      value: edit.value,
      enumerable: true,
      writable: true,
      configurable: true,
    })
  }
  return document
}

/**
 * A valid document with one to three hostile edits: values replaced by hostile text or other types,
 * keys deleted, unknown keys added (`__proto__`, a verdict an attacker would like to be trusted).
 */
export function mutateJson(seed: object): fc.Arbitrary<Json> {
  return fc
    .array(editArb, { minLength: 1, maxLength: 3 })
    .map((edits) => edits.reduce(applyEdit, JSON.parse(JSON.stringify(seed)) as Json))
}

/** A valid document with one to three of its strings replaced by hostile text: its shape stays valid. */
export function mutateStrings(seed: object): fc.Arbitrary<Json> {
  const document = JSON.parse(JSON.stringify(seed)) as Json
  const strings = pathsOf(document).filter(
    (path) =>
      typeof path.reduce<Json>((node, key) => (node as Record<string, Json>)[key]!, document) === 'string',
  )
  return fc.array(fc.tuple(fc.nat(), hostileTextArb), { minLength: 1, maxLength: 3 }).map((edits) =>
    edits.reduce(
      (edited, [at, value]) =>
        applyEdit(edited, {
          kind: 'replace',
          at: pathsOf(edited).findIndex((p) => same(p, strings[at % strings.length]!)),
          value,
        }),
      JSON.parse(JSON.stringify(seed)) as Json,
    ),
  )
}

const same = (a: readonly (string | number)[], b: readonly (string | number)[]) =>
  a.length === b.length && a.every((part, index) => part === b[index])
