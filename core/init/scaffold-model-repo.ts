import { validateConfig } from '../config/validate-config.js'
import { validateManifest } from '../manifest/validate-manifest.js'
import { CONFIG_PATH } from '../policy/policy.js'
import type { Problem } from '../problem.js'
import type { RenderedFile } from '../render/render-problem.js'
import { manifestSchema } from '../schemas.js'

export const EXAMPLE_MANIFEST_FILE = 'models/example/model.yaml'
export const MODEL_REPO_CODEOWNERS_FILE = '.github/CODEOWNERS'
export const WORKFLOWS_DIR = '.github/workflows'

export interface ScaffoldModelRepoResult {
  /** The files of a new model repository, sorted by path; empty when any problem is an error. */
  files: RenderedFile[]
  /** Problems of the generated config or manifest: a modelgate defect when there are any. */
  problems: Problem[]
}

/**
 * A new model repository: `.modelgate/config.yml` (three environments in promotion order, an
 * environments repository, an approval policy), an example manifest that names its JSON Schema
 * for editors, CODEOWNERS, and the given workflows under `.github/workflows/` (the caller reads
 * them from modelgate's `examples/workflows/`). The config and the manifest are checked the way
 * `modelgate validate` checks them, so a new repository starts valid. Every `your-org` is a
 * placeholder to replace.
 */
export function scaffoldModelRepo(workflows: readonly RenderedFile[]): ScaffoldModelRepoResult {
  const problems = [
    ...validateConfig(CONFIG_PATH, encode(CONFIG)).problems,
    ...validateManifest({
      file: EXAMPLE_MANIFEST_FILE,
      folderName: 'example',
      source: encode(exampleManifest()),
    }).problems,
  ]
  if (problems.some((problem) => problem.severity === 'error')) return { files: [], problems }
  const files: RenderedFile[] = [
    { path: CONFIG_PATH, content: CONFIG },
    { path: EXAMPLE_MANIFEST_FILE, content: exampleManifest() },
    { path: MODEL_REPO_CODEOWNERS_FILE, content: CODEOWNERS },
    ...workflows.map((workflow) => ({
      path: `${WORKFLOWS_DIR}/${workflow.path}`,
      content: workflow.content,
    })),
  ]
  return { files: files.sort((a, b) => (a.path < b.path ? -1 : 1)), problems }
}

const encode = (text: string) => new TextEncoder().encode(text)

const CONFIG = `# modelgate configuration (every setting: docs/config.md in modelgate).
# Replace every "your-org" with your GitHub organization and its teams.
apiVersion: modelgate.dev/v1
kind: Config
models:
  root: models
# The repository Argo CD deploys from; create it with "modelgate init environments --config .modelgate/config.yml".
environmentsRepo:
  repository: your-org/ml-environments
  branch: main
  path: environments
  platformOwners: ['@your-org/platform']
# In promotion order: a version enters an environment only once it is live and healthy upstream.
environments:
  - name: dev
    approvers: ['@your-org/ml-maintainers']
    profile:
      namespace: ml-dev
      deploymentMode: Knative
      autoscaling: { minReplicas: 0, maxReplicas: 2, metric: concurrency, target: 10 }
  - name: staging
    upstream: dev
    approvers: ['@your-org/ml-maintainers']
    profile:
      namespace: ml-staging
      deploymentMode: Knative
      autoscaling: { minReplicas: 1, maxReplicas: 4, metric: concurrency, target: 10 }
  - name: prod
    upstream: staging
    approvers: ['@your-org/release']
    profile:
      namespace: ml-prod
      deploymentMode: Standard
      resources:
        requests: { cpu: '1', memory: 2Gi }
        limits: { cpu: '2', memory: 4Gi }
      autoscaling: { minReplicas: 2, maxReplicas: 10, metric: cpu, target: 70 }
# Who must approve a pull request that changes models (read from the default branch only).
policy:
  rules:
    - name: model-owners
      requires: { count: 1, teams: [your-org/ml-maintainers] }
    - name: platform
      requires: { count: 1, teams: [your-org/platform] }
  approval: [model-owners]
  require:
    policyChange: platform
    ownersChange: platform
`

/** The example manifest; its first line tells YAML editors which schema to complete and check against. */
function exampleManifest(): string {
  return `# yaml-language-server: $schema=${manifestSchema.$id}
# An example model: copy this folder to models/<your model>/ and change every field.
apiVersion: modelgate.dev/v1
kind: ModelManifest
metadata:
  name: example
  version: 0.1.0
  description: An example classifier; replace it with your model.
owners:
  team: ml-maintainers
  maintainers: ['@your-login']
riskTier: low
artifact:
  uri: s3://your-bucket/models/example/0.1.0/
  digest: sha256:0000000000000000000000000000000000000000000000000000000000000000
  framework: { name: sklearn, version: 1.5.2 }
lifecycle:
  stage: experimental
datasets:
  - name: example-train
    role: train
    uri: s3://your-bucket/datasets/example/train/
    digest: sha256:1111111111111111111111111111111111111111111111111111111111111111
metrics:
  values:
    - { name: f1, value: 0.8 }
evaluation:
  gates:
    - { metric: f1, greaterIsBetter: true, threshold: 0.75 }
monitoring:
  slo: { p95LatencyMs: 200, errorRate: 0.01 }
`
}

const CODEOWNERS = `# Who reviews what; the approval policy in .modelgate/config.yml decides when a change may merge.
# The last matching line wins.
* @your-org/ml-maintainers
/.modelgate/ @your-org/platform
/.github/ @your-org/platform
`
