import fc from 'fast-check'
import type { Probot } from 'probot'
import { describe, expect, it } from 'vitest'
import { checkPayload, PAYLOAD_SHAPES } from '../../../bot/check-payload.js'
import { createModelgateApp } from '../../../bot/index.js'

/*
 * The shape check in front of every handler (bot/check-payload.ts), as properties: whatever JSON
 * a signed delivery carries, it never throws; it lets a payload through only when every field a
 * handler reads has the type the handler assumes; and it covers exactly the events the App handles.
 */

const HANDLED = Object.keys(PAYLOAD_SHAPES)
const EVENTS = [...new Set(HANDLED.map((key) => key.split('.')[0]!)), 'ping', 'error', '__proto__', 'push']

/** What the handlers read, read the way they read it: throws when the shape check let through something they cannot use. */
function readAsHandlers(key: string, payload: any): void {
  const repository = payload.repository
  if (!key.startsWith('installation')) {
    expect(repository.owner.login).toMatch(/./)
    expect(repository.name).toMatch(/./)
  }
  const pull = payload.pull_request
  if (key === 'pull_request.closed') {
    expect(pull.head.ref.startsWith).toBeTypeOf('function')
    expect(pull.base.sha).toMatch(/^[0-9a-f]{40}$/)
    expect(payload.repository.default_branch).toMatch(/./)
    if (pull.merged_by) expect(Number.isSafeInteger(pull.merged_by.id)).toBe(true)
  } else if (key.startsWith('pull_request')) {
    expect(`modelgate/approval (${pull.base.ref})`).not.toContain('undefined')
    expect(pull.base.sha).toMatch(/^[0-9a-f]{40}$/)
    expect(pull.head.sha).toMatch(/^[0-9a-f]{40}$/)
    expect(Number.isSafeInteger(pull.number) && pull.number > 0).toBe(true)
    ;(pull.labels ?? []).forEach((label: { name: unknown }) => expect(typeof label.name).toBe('string'))
  }
  if (key.startsWith('check_run')) expect(typeof payload.check_run.name.startsWith).toBe('function')
  if (key.startsWith('check_')) {
    const pulls = (payload.check_run ?? payload.check_suite).pull_requests
    pulls.forEach((p: { number: unknown }) => expect(Number.isSafeInteger(p.number)).toBe(true))
  }
  if (key.startsWith('merge_group'))
    expect(payload.merge_group.base_ref.replace(/^refs\/heads\//, '')).toMatch(/./)
  if (key.startsWith('installation')) expect(Number.isSafeInteger(payload.installation.id)).toBe(true)
  if (key === 'status') expect(payload.sha).toMatch(/^[0-9a-f]{40}$/)
  if (key.startsWith('issue_comment')) expect(Number.isSafeInteger(payload.comment.id)).toBe(true)
}

describe('checkPayload', () => {
  it('never throws on arbitrary JSON under any event name', () => {
    fc.assert(
      fc.property(fc.constantFrom(...EVENTS), fc.jsonValue(), (event, payload) => {
        expect(['handled', 'ignored', 'malformed']).toContain(checkPayload(event, payload).kind)
      }),
      { numRuns: 3_000 },
    )
  })

  it('never lets through a payload a handler could not read, however its fields are replaced', () => {
    const fields = fc.constantFrom(
      'repository',
      'repository.owner',
      'repository.name',
      'installation',
      'pull_request',
      'pull_request.base',
      'pull_request.base.ref',
      'pull_request.base.sha',
      'pull_request.head.sha',
      'pull_request.number',
      'pull_request.labels',
      'check_run.name',
      'check_run.pull_requests',
      'merge_group.base_ref',
    )
    const base = {
      repository: { name: 'models', owner: { login: 'acme' } },
      installation: { id: 1 },
      pull_request: {
        number: 1,
        state: 'open',
        user: null,
        base: { ref: 'main', sha: 'a'.repeat(40) },
        head: { sha: 'b'.repeat(40) },
        labels: [],
      },
      check_run: { name: 'ci', app: null, pull_requests: [{ number: 1 }] },
      merge_group: { head_ref: 'refs/heads/x', head_sha: 'c'.repeat(40), base_ref: 'refs/heads/main' },
    }
    fc.assert(
      fc.property(fc.constantFrom(...HANDLED), fields, fc.jsonValue(), (key, field, value) => {
        const [event, action] = key.split('.')
        const payload: any = { ...structuredClone(base), action }
        const path = field.split('.')
        let parent = payload
        for (const part of path.slice(0, -1)) parent = parent[part]
        parent[path.at(-1)!] = value
        if (checkPayload(event!, payload).kind === 'handled') readAsHandlers(key, payload)
      }),
      { numRuns: 3_000 },
    )
  })

  it('covers exactly the events and actions the App registers handlers for', () => {
    const registered: string[] = []
    const app = { on: (names: string | string[]) => registered.push(...[names].flat()), log: console }
    createModelgateApp()(app as unknown as Probot)
    expect([...new Set(registered)].sort()).toEqual([...HANDLED].sort())
  })
})
