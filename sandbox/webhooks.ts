import { createHmac, randomUUID } from 'node:crypto'
import { createRequire } from 'node:module'
import { Ajv } from 'ajv'
import type { ValidateFunction } from 'ajv'
import addFormats from 'ajv-formats'
import type { Emulator } from './emulator.js'
import { receivesEvent } from './event-permissions.js'
import { REPO_NWO } from './openapi.js'
import type { App, Repo } from './state.js'

/** One webhook delivery the emulator sent. */
export interface Delivery {
  id: string
  app: string
  event: string
  action?: string
  payload: Record<string, unknown>
  /** HTTP status of the app's answer (0 while in flight, -1 when it could not be reached). */
  status: number
}

interface WebhookSpec {
  webhooks: Record<string, { post: { requestBody: { content: { 'application/json': { schema: object } } } } }>
  components: object
}

/**
 * Webhooks out: every App installed on the repository with a webhook URL receives the event,
 * signed with `X-Hub-Signature-256` (HMAC-SHA256 of the body), with GitHub's headers. Each payload
 * is checked against `@octokit/openapi-webhooks`; mismatches go to the emulator's problems.
 */
export class Webhooks {
  readonly deliveries: Delivery[] = []
  private readonly inFlight = new Set<Promise<void>>()
  private validators = new Map<string, ValidateFunction | undefined>()
  private ajv: Ajv | undefined
  private spec: WebhookSpec | undefined
  /** Deliveries sent so far per App id: which of its replicas gets the next one. */
  private readonly turns = new Map<number, number>()

  constructor(private readonly emulator: Emulator) {}

  /**
   * Sends `event` (with `payload.action`, if any) about `repo` to every App that should hear it.
   * The payload gets `installation` per App. Returns at once; {@link settled} waits for delivery.
   */
  emit(event: string, repo: Repo, payload: Record<string, unknown>): void {
    for (const app of this.emulator.state.apps) {
      const installation = this.emulator.state.installationFor(app, repo)
      if (!installation || urlOf(app, 0) === undefined) continue
      if (app.events.length > 0 && !app.events.includes(event)) continue
      // As GitHub does: an event goes only to an App whose permissions let it see the event.
      const allowed = receivesEvent(app.permissions, event)
      if (allowed === undefined) this.emulator.problems.push(`webhook: no permission known for ${event}`)
      if (!allowed) continue
      this.emitTo(app, event, {
        ...payload,
        installation: {
          id: installation.id,
          node_id: Buffer.from(`I_${installation.id}`).toString('base64'),
        },
      })
    }
  }

  /** Sends `event` to one App (the App-level events: `installation`, `installation_repositories`). */
  emitTo(app: App, event: string, payload: Record<string, unknown>): void {
    if (urlOf(app, 0) === undefined) return
    this.check(event, payload)
    const delivery: Delivery = {
      id: randomUUID(),
      app: app.slug,
      event,
      ...(typeof payload.action === 'string' ? { action: payload.action } : {}),
      payload,
      status: 0,
    }
    this.deliveries.push(delivery)
    const sending = this.send(app, delivery).finally(() => this.inFlight.delete(sending))
    this.inFlight.add(sending)
  }

  /** Waits until every delivery so far has been answered (or failed). */
  async settled(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight])
  }

  /** Sends a delivery again (GitHub's "redeliver"): same id, same body (to the next replica, if several). */
  redeliver(delivery: Delivery): Promise<void> {
    const app = this.emulator.state.apps.find((candidate) => candidate.slug === delivery.app)!
    return this.send(app, delivery)
  }

  private async send(app: App, delivery: Delivery): Promise<void> {
    const body = JSON.stringify(delivery.payload)
    try {
      const turn = this.turns.get(app.id) ?? 0
      this.turns.set(app.id, turn + 1)
      const response = await fetch(urlOf(app, turn)!, {
        method: 'POST',
        body,
        headers: {
          'content-type': 'application/json',
          'user-agent': 'GitHub-Hookshot/emulator',
          'x-github-event': delivery.event,
          'x-github-delivery': delivery.id,
          'x-github-hook-id': String(app.id),
          'x-github-hook-installation-target-type': 'integration',
          'x-github-hook-installation-target-id': String(app.id),
          ...(app.webhookSecret
            ? {
                'x-hub-signature-256': `sha256=${createHmac('sha256', app.webhookSecret).update(body).digest('hex')}`,
              }
            : {}),
        },
        signal: AbortSignal.timeout(10_000), // GitHub gives up after 10 s
      })
      await response.arrayBuffer()
      delivery.status = response.status
    } catch {
      delivery.status = -1
    }
  }

  private check(event: string, payload: Record<string, unknown>): void {
    const key =
      typeof payload.action === 'string'
        ? `${event}-${payload.action}`.replaceAll('_', '-')
        : event.replaceAll('_', '-')
    const validate = this.validator(key)
    if (validate === undefined) {
      this.emulator.problems.push(`webhook: no schema for ${key}`)
    } else if (!validate(payload)) {
      this.emulator.problems.push(
        ...(validate.errors ?? [])
          .slice(0, 5)
          .map((e) => `webhook ${key}: ${e.instancePath || '/'} ${e.message ?? ''}`),
      )
    }
  }

  private validator(key: string): ValidateFunction | undefined {
    if (this.validators.has(key)) return this.validators.get(key)
    if (!this.spec) {
      this.spec = createRequire(import.meta.url)(
        '@octokit/openapi-webhooks/generated/api.github.com.json',
      ) as WebhookSpec
      this.ajv = new Ajv({ strict: false, allErrors: true })
      addFormats.default(this.ajv)
      this.ajv.addFormat('repo.nwo', REPO_NWO)
      this.ajv.addSchema({ $id: 'wh', components: this.spec.components })
    }
    const schema = this.spec.webhooks[key]?.post.requestBody.content['application/json'].schema
    const validate = schema
      ? this.ajv!.compile(
          JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"wh#/components/')) as object,
        )
      : undefined
    this.validators.set(key, validate)
    return validate
  }
}

/** Where the `turn`-th delivery to `app` goes: its replicas in turn (a load balancer), else its one URL. */
function urlOf(app: App, turn: number): string | undefined {
  const replicas = app.replicaUrls ?? []
  return replicas.length > 0 ? replicas[turn % replicas.length] : app.webhookUrl
}
