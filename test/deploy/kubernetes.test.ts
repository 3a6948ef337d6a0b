import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Deployment } from 'kubernetes-models/apps/v1'
import type { IDeployment } from 'kubernetes-models/apps/v1'
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1'
import type { IPodDisruptionBudget } from 'kubernetes-models/policy/v1'
import { Service } from 'kubernetes-models/v1'
import type { IContainer, IService } from 'kubernetes-models/v1'
import { describe, expect, it } from 'vitest'
import { parseAllDocuments } from 'yaml'
import { DEFAULT_PORT, HEALTH_PATH } from '../../bot/create-server-handler.js'
import { argsOf, parseDockerfile } from '../support/dockerfile.js'

/*
 * deploy/kubernetes/ against the Kubernetes API's schemas (kubernetes-models: each kind's
 * `validate()`), then against the bot: probes on the route and port the entry serves, the
 * settings it refuses to start without, the user the image runs as. The schemas do not reject
 * unknown keys (neither does the API's OpenAPI description), so what matters is asserted by name.
 */

const FOLDER = 'deploy/kubernetes'
const MODELS: Record<string, { validate(object: unknown): void }> = {
  'apps/v1 Deployment': { validate: (o) => new Deployment(o as IDeployment).validate() },
  'v1 Service': { validate: (o) => new Service(o as IService).validate() },
  'policy/v1 PodDisruptionBudget': {
    validate: (o) => new PodDisruptionBudget(o as IPodDisruptionBudget).validate(),
  },
}

interface Manifest {
  file: string
  apiVersion: string
  kind: string
  object: Record<string, unknown>
}
const manifests: Manifest[] = readdirSync(FOLDER)
  .filter((file) => /\.ya?ml$/.test(file))
  .flatMap((file) =>
    parseAllDocuments(readFileSync(join(FOLDER, file), 'utf8')).map((document) => {
      expect(document.errors, file).toEqual([])
      const object = document.toJS() as Record<string, unknown>
      return { file, apiVersion: String(object.apiVersion), kind: String(object.kind), object }
    }),
  )
const one = <T>(kind: string) => {
  const found = manifests.filter((m) => m.kind === kind)
  expect(found, kind).toHaveLength(1)
  return found[0]!.object as T
}
const deployment = one<IDeployment>('Deployment')
const service = one<IService>('Service')
const budget = one<IPodDisruptionBudget>('PodDisruptionBudget')
const pod = deployment.spec!.template.spec!
const container = pod.containers[0] as IContainer
const labels = deployment.spec!.template.metadata!.labels!

/** A container port given by name or number, as its number. */
function portNumber(port: string | number | undefined): number | undefined {
  return typeof port === 'number' ? port : container.ports?.find((p) => p.name === port)?.containerPort
}

describe('deploy/kubernetes', () => {
  it.each(manifests.map((m) => ({ ...m, name: `${m.file}: ${m.kind}` })))(
    '$name validates against the Kubernetes schema',
    ({ apiVersion, kind, object }) => {
      const model = MODELS[`${apiVersion} ${kind}`]
      expect(model, `a schema for ${apiVersion} ${kind}`).toBeDefined()
      expect(() => model!.validate(object)).not.toThrow()
    },
  )

  it('the schemas catch a wrong value (they are really applied)', () => {
    const broken = { ...deployment, spec: { ...deployment.spec, replicas: 'two' } }
    expect(() => MODELS['apps/v1 Deployment']!.validate(broken)).toThrow(/spec\/replicas must be integer/)
  })

  it('runs two replicas or more, and the disruption budget keeps one of them', () => {
    expect(deployment.spec!.replicas).toBeGreaterThanOrEqual(2)
    expect(budget.spec!.minAvailable).toBe(1)
    expect(budget.spec!.selector!.matchLabels).toEqual(deployment.spec!.selector.matchLabels)
  })

  it('probes readiness and liveness on the health route and the port the entry serves', () => {
    expect(container.ports?.map((p) => p.containerPort)).toEqual([DEFAULT_PORT])
    for (const probe of [container.readinessProbe, container.livenessProbe]) {
      expect(probe?.httpGet?.path).toBe(HEALTH_PATH)
      expect(portNumber(probe?.httpGet?.port)).toBe(DEFAULT_PORT)
    }
  })

  it('runs as the image’s non-root user, on a read-only root filesystem with /tmp writable', () => {
    expect(pod.securityContext?.runAsNonRoot).toBe(true)
    const [user] = argsOf(parseDockerfile(readFileSync('Dockerfile', 'utf8')).at(-1)!, 'USER')
    expect(`${pod.securityContext?.runAsUser}:${pod.securityContext?.runAsGroup}`).toBe(user)
    expect(container.securityContext).toMatchObject({
      readOnlyRootFilesystem: true,
      allowPrivilegeEscalation: false,
      capabilities: { drop: ['ALL'] },
    })
    const tmp = container.volumeMounts?.find((m) => m.mountPath === '/tmp')
    expect(pod.volumes?.find((v) => v.name === tmp?.name)?.emptyDir).toBeDefined()
  })

  it('reserves and caps resources', () => {
    expect(Object.keys(container.resources?.requests ?? {}).sort()).toEqual(['cpu', 'memory'])
    expect(container.resources?.limits?.memory).toBeDefined()
  })

  it('takes the settings the bot refuses to start without from one Secret, named in docs/deploy.md', () => {
    const fromSecret = (container.env ?? [])
      .filter((e) => e.valueFrom?.secretKeyRef)
      .map((e) => [e.name, e.valueFrom!.secretKeyRef!.name, e.valueFrom!.secretKeyRef!.key])
    expect(fromSecret).toEqual([
      ['APP_ID', 'modelgate-bot', 'APP_ID'],
      ['PRIVATE_KEY', 'modelgate-bot', 'PRIVATE_KEY'],
      ['WEBHOOK_SECRET', 'modelgate-bot', 'WEBHOOK_SECRET'],
    ])
    expect(readFileSync('docs/deploy.md', 'utf8')).toContain('kubectl create secret generic modelgate-bot')
  })

  it('the Service reaches the pods’ port', () => {
    expect(service.spec!.selector).toEqual(labels)
    expect(service.spec!.ports!.map((p) => portNumber(p.targetPort))).toEqual([DEFAULT_PORT])
  })
})
