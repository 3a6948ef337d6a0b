import type { ErrorObject, ValidateFunction } from 'ajv'
import * as crds from '../generated/crd-validators.js'
import { pointerToPath, schemaFindings } from '../manifest/schema-findings.js'
import type { Finding } from '../problem.js'
import type { RenderProblem } from './render-problem.js'

/**
 * The CRD schema of each custom resource modelgate renders, by `apiVersion` and `kind`; compiled
 * from vendor/crds/ by scripts/compile-crds.mjs (unknown fields refused: the API server would
 * prune them silently).
 */
const VALIDATORS: Record<string, ValidateFunction> = {
  'serving.kserve.io/v1beta1 InferenceService': crds.inferenceService,
  'argoproj.io/v1alpha1 Application': crds.application,
  'argoproj.io/v1alpha1 ApplicationSet': crds.applicationSet,
  'argoproj.io/v1alpha1 AppProject': crds.appProject,
  'monitoring.coreos.com/v1 PrometheusRule': crds.prometheusRule,
}

/**
 * The resources {@link validateCustomResource} knows, as `apiVersion kind`. Marked pure so that a
 * bundle which never renders (the actions) can drop this module and the 2 MB of validators.
 */
export const VALIDATED_RESOURCES = /* @__PURE__ */ Object.keys(VALIDATORS)

/**
 * Checks a rendered object against its CustomResourceDefinition's `openAPIV3Schema` (KServe
 * v0.20.0, Argo CD v3.5.1, Prometheus Operator v0.91.0), the way the API server would admit it, except that a field it would
 * prune is an error here. Errors are folded like every schema check (one problem per cause, a
 * bounded number) and each names its path in the rendered object: a value that fails the CRD is a
 * modelgate defect or an input the renderer should have refused, so the hint says which.
 * @example validateCustomResource({ apiVersion: 'serving.kserve.io/v1beta1', kind: 'InferenceService', … })
 */
export function validateCustomResource(object: unknown): RenderProblem[] {
  const { apiVersion, kind } = (object ?? {}) as { apiVersion?: unknown; kind?: unknown }
  const validate = VALIDATORS[`${String(apiVersion)} ${String(kind)}`]
  if (validate === undefined)
    return [
      {
        source: 'rendered',
        path: [],
        target: 'value',
        rule: 'crd/unknown-kind',
        severity: 'error',
        message: `no CRD schema for apiVersion ${String(apiVersion)}, kind ${String(kind)}`,
        hint: `modelgate validates ${VALIDATED_RESOURCES.join(', ')}; this is a modelgate defect, please report it`,
      },
    ]
  if (validate(object)) return []
  return schemaFindings(
    (validate.errors ?? []).map((error) => withDetails(error, object)),
    object,
    'crd',
  ).map((finding) => ({
    source: 'rendered',
    ...finding,
    hint: `${hintFor(finding)}; the CRD refuses this object: a modelgate defect unless a manifest or profile value put it there`,
  }))
}

/**
 * The compiled CRD validators are not verbose (their schemas are not embedded, which halves their
 * load time), so each error gets back what its description needs: the value at its path, and an
 * enum's allowed values.
 */
function withDetails(error: ErrorObject, root: unknown): ErrorObject {
  let data = root
  for (const key of pointerToPath(error.instancePath, root))
    data =
      data !== null && typeof data === 'object' ? (data as Record<string | number, unknown>)[key] : undefined
  const allowedValues = (error.params as { allowedValues?: unknown[] }).allowedValues
  return {
    ...error,
    data,
    ...(error.keyword === 'enum' && allowedValues ? { parentSchema: { enum: allowedValues } } : {}),
  }
}

function hintFor(finding: Finding): string {
  if (finding.rule === 'crd/additionalProperties')
    return `remove ${String(finding.path.at(-1))}: the CRD has no such field and the API server would drop it silently`
  return finding.hint ?? 'see the CRD for what is allowed here'
}
