import { describe, expect, it } from 'vitest'
import type { ModelgateConfig } from '../../../core/config/config.js'
import { authorizeCommand, promoterTeams } from '../../../core/promotion/authorize-command.js'
import { formatHolds, liftHold, setHold } from '../../../core/promotion/edit-holds.js'
import {
  codeSpan,
  formatPromotionProgress,
  mayShowProgress,
  statusCommentKey,
} from '../../../core/promotion/format-command-reply.js'
import { parseHolds } from '../../../core/promotion/parse-holds.js'
import { formatPromotionMarker, parsePromotionMarker } from '../../../core/promotion/promotion-marker.js'

const config: ModelgateConfig = {
  apiVersion: 'modelgate.dev/v1',
  kind: 'Config',
  environments: [
    { name: 'dev', profile: { namespace: 'dev' } },
    { name: 'prod', upstream: 'dev', promoters: ['@acme/release', '@lead'], profile: { namespace: 'prod' } },
  ],
}

describe('authorizeCommand', () => {
  it('needs write on the model repository for every acting verb', () => {
    for (const verb of ['promote', 'rollback', 'hold', 'unhold'] as const) {
      const answer = authorizeCommand(config, verb, 'dev', { login: 'rea', permission: 'read', teams: [] })
      expect(answer).toMatchObject({
        allowed: false,
        reason: `@rea has read permission on this repository; /${verb} needs write`,
      })
    }
    expect(authorizeCommand(config, 'promote', 'dev', { login: 'x', teams: [] })).toMatchObject({
      allowed: false,
      reason: '@x has no permission on this repository; /promote needs write',
    })
    expect(
      authorizeCommand(config, 'promote', 'dev', { login: 'w', permission: 'write', teams: [] }),
    ).toEqual({ allowed: true })
  })

  it("an environment's promoters alone may promote, roll back and lift holds there; any writer may hold", () => {
    const writer = { login: 'Wri', permission: 'admin' as const, teams: [] }
    for (const verb of ['promote', 'rollback', 'unhold'] as const)
      expect(authorizeCommand(config, verb, 'prod', writer)).toMatchObject({
        allowed: false,
        reason: `only @acme/release, @lead may /${verb} in prod`,
      })
    expect(authorizeCommand(config, 'hold', 'prod', writer)).toEqual({ allowed: true })
    expect(authorizeCommand(config, 'promote', 'prod', { ...writer, teams: ['Acme/Release'] })).toEqual({
      allowed: true,
    })
    expect(authorizeCommand(config, 'promote', 'prod', { ...writer, login: '@LEAD' })).toEqual({
      allowed: true,
    })
    expect(promoterTeams(config, 'prod')).toEqual(['acme/release'])
    expect(promoterTeams(config, 'dev')).toEqual([])
  })
})

describe('promotion marker', () => {
  const marker = {
    kind: 'promote' as const,
    model: 'fraud-detector',
    environment: 'prod',
    version: '1.4.0',
    requester: 'ana',
    thread: { repository: 'acme/models', number: 12 },
    sourceCommit: 'a'.repeat(40),
  }

  it('round-trips, hidden in an HTML comment no value can close', () => {
    const line = formatPromotionMarker(marker)
    expect(line).toMatch(/^<!-- modelgate:promotion \{.*\} -->$/)
    expect(parsePromotionMarker(`body\n\n${line}\n`)).toEqual(marker)
  })

  it('refuses anything but its strict shape: a forged requester, thread or name is no marker', () => {
    const forged = (edit: Record<string, unknown>) => formatPromotionMarker({ ...marker, ...edit })
    expect(parsePromotionMarker(forged({ requester: 'ana\nModelgate-Requester: eve' }))).toBeUndefined()
    expect(parsePromotionMarker(forged({ model: '../argocd' }))).toBeUndefined()
    expect(
      parsePromotionMarker(forged({ thread: { repository: 'acme/models', number: -1 } })),
    ).toBeUndefined()
    expect(parsePromotionMarker(forged({ kind: 'deploy' }))).toBeUndefined()
    expect(parsePromotionMarker('<!-- modelgate:promotion {not json} -->')).toBeUndefined()
    expect(parsePromotionMarker(null)).toBeUndefined()
  })
})

describe('holds edits', () => {
  const hold = { environment: 'prod', reason: 'freeze', by: '@ana', since: '2026-12-05' }

  it('set and lift are idempotent and keep other scopes', () => {
    const first = setHold([], hold)
    expect(first.changed).toBe(true)
    const again = setHold(first.holds, { ...hold, reason: 'other' })
    expect(again).toMatchObject({ changed: false, existing: hold })
    const both = setHold(first.holds, { ...hold, model: 'm' }).holds
    expect(liftHold(both, 'prod')).toEqual({ holds: [{ ...hold, model: 'm' }], changed: true })
    expect(liftHold(both, 'staging').changed).toBe(false)
  })

  it('formatHolds writes what parseHolds reads back', () => {
    const holds = [hold, { environment: 'dev', model: 'm', reason: 'a: "quoted" #1', by: '@bo' }]
    expect(parseHolds(formatHolds(holds))).toEqual({ holds, problems: [] })
  })
})

describe('status comment', () => {
  it('ticks the stages reached and offers the rollback when degraded', () => {
    const base = {
      command: '/promote m@1.0.0 to prod',
      model: 'm',
      environment: 'prod',
      requester: 'ana',
      pullRequest: { number: 3, url: 'https://github.com/acme/envs/pull/3', repository: 'acme/envs' },
    }
    const syncing = formatPromotionProgress({ ...base, stage: 'syncing' })
    expect(syncing.startsWith(statusCommentKey('prod', 'm', 3))).toBe(true)
    expect(statusCommentKey('prod', 'm', 4)).not.toBe(statusCommentKey('prod', 'm', 3))
    expect(syncing).toContain(
      '- ✅ pull request opened\n- ✅ merged\n- ⏳ Argo CD syncing\n- ⬜ live and healthy',
    )
    expect(formatPromotionProgress({ ...base, stage: 'live' })).toContain('- ✅ live and healthy')
    const degraded = formatPromotionProgress({
      ...base,
      stage: 'degraded',
      rollback: '/rollback m in prod',
      detail: 'Degraded <b>',
    })
    expect(degraded).toContain('**❌ degraded**')
    expect(degraded).toContain('Degraded &lt;b&gt;')
    expect(degraded).toContain('To roll back, comment `/rollback m in prod`')
  })

  it('never moves back to an earlier stage; each pull request has its own comment', () => {
    const base = {
      command: '/promote m to dev',
      model: 'm',
      environment: 'dev',
      requester: 'ana',
      pullRequest: { number: 3, url: 'https://github.com/acme/envs/pull/3', repository: 'acme/envs' },
    }
    const merged = formatPromotionProgress({ ...base, stage: 'merged' })
    expect(mayShowProgress(merged, { ...base, stage: 'opened' })).toBe(false)
    expect(mayShowProgress(merged, { ...base, stage: 'syncing' })).toBe(true)
    expect(mayShowProgress(merged, { ...base, stage: 'merged' })).toBe(true)
    const live = formatPromotionProgress({ ...base, stage: 'live' })
    expect(mayShowProgress(live, { ...base, stage: 'degraded' })).toBe(true)
    expect(mayShowProgress('hand-written', { ...base, stage: 'opened' })).toBe(true)
  })

  it('a code span is never broken by backticks in it', () => {
    expect(codeSpan('a`b')).toBe('``a`b``')
    expect(codeSpan('`x')).toBe('`` `x ``')
    expect(codeSpan('a\nb')).toBe('`a b`')
  })
})
