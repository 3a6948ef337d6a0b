import { describe, expect, it } from 'vitest'
import { planPromotion } from '../../../core/promotion/plan-promotion.js'
import type { PromotionFacts } from '../../../core/promotion/promotion-facts.js'
import type { Reason } from '../../../core/promotion/promotion-plan.js'
import { PROMOTION_RULES } from '../../../core/promotion/promotion-rules.js'
import {
  baseFacts,
  DIGEST,
  entry,
  fraudManifest,
  live,
  MANIFEST_PATH,
  OTHER_DIGEST,
  SOURCE_COMMIT,
  state,
  withState,
} from './promotion-fixtures.js'

interface Case {
  name: string
  facts: (base: PromotionFacts) => PromotionFacts
  decision: 'allow' | 'refuse' | 'noop'
  /** The reasons, as `rule: effect: message`. */
  reasons: string[]
}

const show = (reason: Reason) => `${reason.rule}: ${reason.effect}: ${reason.message}`
const request = (facts: PromotionFacts, changes: Partial<PromotionFacts['request']>): PromotionFacts => ({
  ...facts,
  request: { ...facts.request, ...changes },
})

const promotionCases: Case[] = [
  {
    name: 'live and healthy upstream with the same digest → allow',
    facts: (f) => f,
    decision: 'allow',
    reasons: [],
  },
  {
    name: 'upstream missing → refuse',
    facts: (f) => withState(f, state('staging', undefined)),
    decision: 'refuse',
    reasons: [
      'upstream-live-and-healthy: refuse: fraud-detector 1.4.0 is not live in staging (the upstream of prod): fraud-detector is not there at all',
    ],
  },
  {
    name: 'upstream runs another version → refuse',
    facts: (f) => withState(f, state('staging', '1.3.0')),
    decision: 'refuse',
    reasons: [
      'upstream-live-and-healthy: refuse: fraud-detector 1.4.0 is not live in staging (the upstream of prod): staging runs 1.3.0',
    ],
  },
  {
    name: 'upstream runs the same version with another artifact → refuse',
    facts: (f) => withState(f, state('staging', '1.4.0', { live: live('1.4.0', { digest: OTHER_DIGEST }) })),
    decision: 'refuse',
    reasons: [
      `upstream-live-and-healthy: refuse: staging runs fraud-detector 1.4.0 with another artifact (sha256:bbbbbbbbbbbb…, not ${DIGEST.slice(0, 19)}…)`,
    ],
  },
  {
    name: 'same version upstream but degraded → refuse, saying since when',
    facts: (f) =>
      withState(f, state('staging', '1.4.0', { health: 'degraded', healthSince: '2026-12-01T10:00:00Z' })),
    decision: 'refuse',
    reasons: [
      'upstream-live-and-healthy: refuse: fraud-detector 1.4.0 is degraded in staging since 2026-12-01T10:00:00Z',
    ],
  },
  {
    name: 'same version upstream but missing from the cluster → refuse',
    facts: (f) => withState(f, state('staging', '1.4.0', { health: 'missing' })),
    decision: 'refuse',
    reasons: ['upstream-live-and-healthy: refuse: fraud-detector 1.4.0 is missing in staging'],
  },
  {
    name: 'same version upstream, still progressing → refuse: wait',
    facts: (f) => withState(f, state('staging', '1.4.0', { health: 'progressing' })),
    decision: 'refuse',
    reasons: ['upstream-live-and-healthy: refuse: fraud-detector 1.4.0 is still progressing in staging'],
  },
  {
    name: 'upstream health unknown → refuse',
    facts: (f) => withState(f, state('staging', '1.4.0', { health: 'unknown' })),
    decision: 'refuse',
    reasons: ['upstream-live-and-healthy: refuse: the health of fraud-detector 1.4.0 in staging is unknown'],
  },
  {
    name: 'the first environment has no upstream: nothing to check',
    facts: (f) => request(withState(f, state('dev', undefined)), { environment: 'dev' }),
    decision: 'allow',
    reasons: [],
  },
  {
    name: 'already live with the same digest → noop',
    facts: (f) => withState(f, state('prod', '1.4.0')),
    decision: 'noop',
    reasons: ['not-already-live: noop: fraud-detector is already at 1.4.0 in prod'],
  },
  {
    name: 'same version live with another digest → allowed, said',
    facts: (f) =>
      withState(
        f,
        state('prod', '1.4.0', { live: live('1.4.0', { digest: OTHER_DIGEST, deploymentMode: 'Standard' }) }),
      ),
    decision: 'allow',
    reasons: [
      `not-already-live: note: prod runs fraud-detector 1.4.0 with another artifact (sha256:bbbbbbbbbbbb…); this replaces it with ${DIGEST.slice(0, 19)}…`,
    ],
  },
  {
    name: 'force by a member of force.by past an unhealthy upstream → allowed and recorded',
    facts: (f) =>
      request(withState(f, state('staging', '1.4.0', { health: 'degraded' })), {
        force: true,
        requesterTeams: ['acme/release'],
      }),
    decision: 'allow',
    reasons: [
      'upstream-live-and-healthy: note: forced by alice past the upstream check: fraud-detector 1.4.0 is degraded in staging',
    ],
  },
  {
    name: 'force by someone not in force.by → refuse',
    facts: (f) => request(withState(f, state('staging', '1.4.0', { health: 'degraded' })), { force: true }),
    decision: 'refuse',
    reasons: [
      'force-permitted: refuse: alice may not force promotions into prod; force.by: @acme/release',
      'upstream-live-and-healthy: refuse: fraud-detector 1.4.0 is degraded in staging',
    ],
  },
  {
    name: 'force into an environment that does not allow it → refuse',
    facts: (f) =>
      request(withState(withState(f, state('dev', '1.3.0')), state('staging', '1.2.0')), {
        environment: 'staging',
        force: true,
        requesterTeams: ['acme/release'],
      }),
    decision: 'refuse',
    reasons: [
      'force-permitted: refuse: staging does not allow force',
      'upstream-live-and-healthy: refuse: fraud-detector 1.4.0 is not live in dev (the upstream of staging): dev runs 1.3.0',
    ],
  },
  {
    name: 'a hold on the environment → refuse, naming who to ask',
    facts: (f) => ({
      ...f,
      holds: [{ environment: 'prod', reason: 'quarter-end freeze', by: '@bob', since: '2026-12-01' }],
    }),
    decision: 'refuse',
    reasons: ['not-on-hold: refuse: prod is on hold by @bob since 2026-12-01: quarter-end freeze'],
  },
  {
    name: 'a hold on this model in the environment → refuse',
    facts: (f) => ({
      ...f,
      holds: [{ environment: 'prod', model: 'fraud-detector', reason: 'incident 42', by: '@bob' }],
    }),
    decision: 'refuse',
    reasons: ['not-on-hold: refuse: fraud-detector in prod is on hold by @bob: incident 42'],
  },
  {
    name: 'holds on other models or environments do not apply',
    facts: (f) => ({
      ...f,
      holds: [
        { environment: 'prod', model: 'churn-predictor', reason: 'x', by: '@bob' },
        { environment: 'staging', reason: 'y', by: '@bob' },
      ],
    }),
    decision: 'allow',
    reasons: [],
  },
  {
    name: 'an open promotion for the pair → refuse with its link',
    facts: (f) =>
      withState(f, {
        ...state('prod', '1.3.0'),
        openPromotion: { number: 12, url: 'https://github.com/acme/ml-environments/pull/12' },
      }),
    decision: 'refuse',
    reasons: ['no-open-promotion: refuse: a promotion of fraud-detector to prod is already open: #12'],
  },
  {
    name: 'an unknown environment → refuse, listing the environments',
    facts: (f) => request(f, { environment: 'prd' }),
    decision: 'refuse',
    reasons: ['environment-known: refuse: "prd" is not an environment; environments: dev, staging, prod'],
  },
  {
    name: 'an unknown model → refuse, listing the models',
    facts: (f) => {
      const { manifest: _, ...rest } = request(f, { model: 'fraud-detektor' })
      return rest
    },
    decision: 'refuse',
    reasons: [
      'model-known: refuse: there is no model "fraud-detektor" on the default branch; models: churn-predictor, credit-limit-scorer, fraud-detector, support-ticket-router',
    ],
  },
  {
    name: 'an unknown version → refuse, listing the versions',
    facts: (f) => {
      const { manifest: _, ...rest } = request(f, { version: '1.5.0' })
      return rest
    },
    decision: 'refuse',
    reasons: [
      'version-known: refuse: fraud-detector has no version 1.5.0 on the default branch; versions: 1.4.0, 1.3.0',
    ],
  },
  {
    name: 'a retired version → refuse',
    facts: (f) => ({ ...f, manifest: { ...f.manifest!, manifest: fraudManifest({ stage: 'retired' }) } }),
    decision: 'refuse',
    reasons: [
      'not-retired: refuse: fraud-detector 1.4.0 is retired (lifecycle.stage: retired in models/fraud-detector/model.yaml)',
    ],
  },
  {
    name: 'the environment changed deployment mode → allowed, the replacement said',
    facts: (f) =>
      withState(f, state('prod', '1.3.0', { live: live('1.3.0', { deploymentMode: 'Knative' }) })),
    decision: 'allow',
    reasons: [
      'deployment-mode-change: note: prod runs fraud-detector in Knative mode and its profile now says Standard: KServe cannot change the mode of an InferenceService in place, so this promotion replaces it',
    ],
  },
]

const rollbackCases: Case[] = [
  {
    name: 'rollback to a version live there before → allow, whatever the health and upstream',
    facts: (f) =>
      withState(
        request(
          { ...f, manifest: { ...f.manifest!, manifest: fraudManifest({ version: '1.2.0' }) } },
          {
            kind: 'rollback',
            version: '1.2.0',
          },
        ),
        state('prod', '1.3.0', {
          health: 'degraded',
          history: [entry('1.3.0'), entry('1.2.0')],
          live: live('1.3.0', { deploymentMode: 'Standard' }),
        }),
      ),
    decision: 'allow',
    reasons: [],
  },
  {
    name: 'rollback to a version never live there → refuse, listing those that were',
    facts: (f) =>
      request(
        { ...f, manifest: { ...f.manifest!, manifest: fraudManifest({ version: '1.1.0' }) } },
        { kind: 'rollback', version: '1.1.0' },
      ),
    decision: 'refuse',
    reasons: [
      'rollback-to-earlier-live: refuse: fraud-detector 1.1.0 was never live in prod; live there before: 1.2.0',
    ],
  },
  {
    name: 'rollback to the current version → noop',
    facts: (f) =>
      request(
        { ...f, manifest: { ...f.manifest!, manifest: fraudManifest({ version: '1.3.0' }) } },
        { kind: 'rollback', version: '1.3.0' },
      ),
    decision: 'noop',
    reasons: ['not-already-live: noop: fraud-detector is already at 1.3.0 in prod'],
  },
  {
    name: 'rollback with nothing before → refuse',
    facts: (f) => {
      const { manifest: _, ...rest } = withState(request(f, { kind: 'rollback' }), state('prod', '1.3.0'))
      return rest
    },
    decision: 'refuse',
    reasons: [
      'version-known: refuse: fraud-detector was never live in prod before its current version; there is nothing to roll back to',
    ],
  },
  {
    name: 'a hold does not block a rollback; it is noted',
    facts: (f) => ({
      ...request(
        { ...f, manifest: { ...f.manifest!, manifest: fraudManifest({ version: '1.2.0' }) } },
        { kind: 'rollback' },
      ),
      holds: [{ environment: 'prod', reason: 'freeze', by: '@bob' }],
    }),
    decision: 'allow',
    reasons: ['not-on-hold: note: prod is on hold by @bob: freeze (a rollback is not blocked by holds)'],
  },
]

const retired = (f: PromotionFacts): PromotionFacts => ({
  ...request(f, { kind: 'retire' }),
  manifest: { ...f.manifest!, manifest: fraudManifest({ stage: 'retired' }) },
})

const retireCases: Case[] = [
  {
    name: 'retire from staging while prod still runs it → refuse: downstream first',
    facts: (f) => request(retired(f), { environment: 'staging' }),
    decision: 'refuse',
    reasons: ['retire-downstream-first: refuse: fraud-detector is still in prod, downstream of staging'],
  },
  {
    name: 'retire from dev while staging and prod run it → refuse naming both',
    facts: (f) => request(retired(f), { environment: 'dev' }),
    decision: 'refuse',
    reasons: ['retire-downstream-first: refuse: fraud-detector is still in staging, prod, downstream of dev'],
  },
  {
    name: 'retire from prod (the most downstream) → allow',
    facts: retired,
    decision: 'allow',
    reasons: [],
  },
  {
    name: 'retire a model whose manifest is not retired → refuse',
    facts: (f) => request(f, { kind: 'retire' }),
    decision: 'refuse',
    reasons: [
      "retired-in-manifest: refuse: fraud-detector's manifest says lifecycle.stage: candidate, not retired",
    ],
  },
  {
    name: 'retire from an environment it is not in → noop',
    facts: (f) => withState(retired(f), state('prod', undefined)),
    decision: 'noop',
    reasons: ['retire-downstream-first: noop: fraud-detector is not in prod'],
  },
  {
    name: 'retire is not blocked by holds',
    facts: (f) => ({ ...retired(f), holds: [{ environment: 'prod', reason: 'freeze', by: '@bob' }] }),
    decision: 'allow',
    reasons: [],
  },
]

describe.each([
  ['promote', promotionCases],
  ['rollback', rollbackCases],
  ['retire', retireCases],
] as const)('planPromotion: %s', (_kind, cases) => {
  it.each(cases)('$name', ({ facts, decision, reasons }) => {
    const plan = planPromotion(facts(baseFacts()))
    expect(plan.reasons.map(show)).toEqual(reasons)
    expect(plan.decision).toBe(decision)
    expect(plan.writes !== undefined).toBe(decision === 'allow')
  })
})

describe('planPromotion: every reason a person can act on', () => {
  it('every refusal of the case tables has a hint', () => {
    for (const { facts } of [...promotionCases, ...rollbackCases, ...retireCases]) {
      for (const reason of planPromotion(facts(baseFacts())).reasons)
        if (reason.effect === 'refuse') expect(reason.hint, reason.message).toMatch(/\w/)
    }
  })

  it('the upstream hint names the command to run', () => {
    const plan = planPromotion(withState(baseFacts(), state('staging', undefined)))
    expect(plan.reasons[0]?.hint).toBe(
      'promote it to staging first (/promote fraud-detector@1.4.0 to staging)',
    )
  })

  it('an unknown environment suggests the closest', () => {
    const plan = planPromotion(request(baseFacts(), { environment: 'prd' }))
    expect(plan.reasons[0]?.hint).toMatch(/^did you mean "prod"\?/)
  })

  it('an open promotion carries its link', () => {
    const url = 'https://github.com/acme/ml-environments/pull/12'
    const plan = planPromotion(
      withState(baseFacts(), { ...state('prod', '1.3.0'), openPromotion: { number: 12, url } }),
    )
    expect(plan.reasons[0]?.url).toBe(url)
  })

  it('every rule of the catalog has a unique id and a summary', () => {
    const ids = PROMOTION_RULES.map((rule) => rule.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const rule of PROMOTION_RULES) expect(rule.summary).toMatch(/\w/)
  })
})

describe('planPromotion: writes', () => {
  it('a promotion writes the rendered folder on modelgate/<env>/<model>, with trailers and labels', () => {
    const plan = planPromotion(
      request(baseFacts(), { requestUrl: 'https://github.com/acme/models/pull/7#issuecomment-1' }),
    )
    const writes = plan.writes!
    expect(writes.branch).toBe('modelgate/prod/fraud-detector')
    expect(writes.files.map((file) => file.path)).toEqual(
      [
        'environments/prod/fraud-detector/inferenceservice.yaml',
        'environments/prod/fraud-detector/prometheusrule.yaml',
      ].filter((path) => writes.files.some((file) => file.path === path)),
    )
    expect(writes.files.every((file) => file.path.startsWith('environments/prod/fraud-detector/'))).toBe(true)
    expect(writes.deletes).toEqual([])
    expect(writes.commitMessage).toBe(
      [
        'modelgate: promote fraud-detector 1.4.0 to prod',
        '',
        'Previous version: 1.3.0',
        'Requested in https://github.com/acme/models/pull/7#issuecomment-1',
        '',
        'Modelgate-Kind: promote',
        'Modelgate-Model: fraud-detector',
        'Modelgate-Environment: prod',
        'Modelgate-Version: 1.4.0',
        `Modelgate-Digest: ${DIGEST}`,
        `Modelgate-Source-Commit: ${SOURCE_COMMIT}`,
        'Modelgate-Requester: alice',
        'Modelgate-Previous-Version: 1.3.0',
        '',
      ].join('\n'),
    )
    expect(writes.pullRequest.title).toBe('modelgate: promote fraud-detector 1.4.0 to prod')
    expect(writes.pullRequest.labels).toEqual(['modelgate', 'env:prod'])
  })

  it('a forced promotion says so in the trailers and the pull request', () => {
    const plan = planPromotion(
      request(withState(baseFacts(), state('staging', '1.4.0', { health: 'progressing' })), {
        force: true,
        requester: 'rel-eng',
        requesterTeams: ['acme/release'],
      }),
    )
    expect(plan.writes?.commitMessage).toContain('\nModelgate-Forced: true\n')
    expect(plan.writes?.pullRequest.body).toContain('| Forced | yes: the upstream check was skipped |')
  })

  it('a mode change marks the InferenceService for delete-and-create (Force=true,Replace=true)', () => {
    const plan = planPromotion(
      withState(baseFacts(), state('prod', '1.3.0', { live: live('1.3.0', { deploymentMode: 'Knative' }) })),
    )
    const isvc = plan.writes!.files.find((file) => file.path.endsWith('/inferenceservice.yaml'))!
    expect(isvc.content).toContain('argocd.argoproj.io/sync-options: Force=true,Replace=true')
    expect(isvc.content).toMatch(/^# Generated by modelgate/)
  })

  it('without a mode change there is no sync option', () => {
    const isvc = planPromotion(baseFacts()).writes!.files.find((file) =>
      file.path.endsWith('/inferenceservice.yaml'),
    )!
    expect(isvc.content).not.toContain('argocd.argoproj.io/sync-options')
  })

  it('files of the folder the render no longer has are deleted', () => {
    const stale = 'environments/prod/fraud-detector/old.yaml'
    const prod = state('prod', '1.3.0')
    const plan = planPromotion(
      withState(baseFacts(), { ...prod, files: { ...prod.files, [stale]: 'x: 1\n' } }),
    )
    expect(plan.writes?.deletes).toEqual([stale])
  })

  it('a rollback is labelled rollback and says what it rolls back from', () => {
    const facts = request(
      {
        ...baseFacts(),
        manifest: {
          manifest: fraudManifest({ version: '1.2.0' }),
          path: MANIFEST_PATH,
          commit: SOURCE_COMMIT,
        },
      },
      { kind: 'rollback' },
    )
    const writes = planPromotion(facts).writes!
    expect(writes.pullRequest.labels).toEqual(['modelgate', 'env:prod', 'rollback'])
    expect(writes.pullRequest.title).toBe('modelgate: roll back fraud-detector in prod to 1.2.0')
    expect(writes.commitMessage).toContain('Modelgate-Kind: rollback\n')
    expect(writes.commitMessage).toContain('Modelgate-Previous-Version: 1.3.0\n')
  })

  it('a retirement deletes the folder’s files and writes none', () => {
    const writes = planPromotion(retired(baseFacts())).writes!
    expect(writes.files).toEqual([])
    expect(writes.deletes).toEqual(['environments/prod/fraud-detector/inferenceservice.yaml'])
    expect(writes.pullRequest.labels).toEqual(['modelgate', 'env:prod', 'retire'])
    expect(writes.commitMessage).toContain('Modelgate-Kind: retire\n')
    expect(writes.commitMessage).toContain('Modelgate-Version: 1.3.0\n')
  })

  it('the environments root of the config is honoured', () => {
    const base = baseFacts()
    const config = {
      ...base.config,
      environmentsRepo: { ...base.config.environmentsRepo!, path: 'clusters' },
    }
    const writes = planPromotion(withState({ ...base, config }, state('prod', undefined))).writes!
    expect(writes.files.map((file) => file.path)).toContain(
      'clusters/prod/fraud-detector/inferenceservice.yaml',
    )
  })
})

describe('planPromotion: the holds file', () => {
  it('a holds file that cannot be read refuses promotions (fail closed)', () => {
    const plan = planPromotion({
      ...baseFacts(),
      holdsProblems: ['.modelgate/holds.yml is not YAML modelgate can read'],
    })
    expect(plan.reasons.map(show)).toEqual([
      'holds-readable: refuse: .modelgate/holds.yml is not YAML modelgate can read',
    ])
  })
})

describe('planPromotion: precedence', () => {
  it('already live wins over blockers: a re-run is a no-op even when upstream moved on and prod is held', () => {
    const facts = {
      ...withState(withState(baseFacts(), state('prod', '1.4.0')), state('staging', '1.5.0')),
      holds: [{ environment: 'prod', reason: 'freeze', by: '@bob' }],
    }
    const plan = planPromotion(facts)
    expect(plan.decision).toBe('noop')
    expect(plan.reasons.map(show)).toEqual([
      'not-already-live: noop: fraud-detector is already at 1.4.0 in prod',
    ])
  })
})
