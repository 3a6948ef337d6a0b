import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

/** `| \`crds/<file>\` | … | \`<sha256>\` |` rows of vendor/README.md (Prettier pads the cells). */
function vendoredTable(): [string, string][] {
  const readme = readFileSync('vendor/README.md', 'utf8')
  return [...readme.matchAll(/^\|\s*`crds\/([^`]+)`\s*\|.*\|\s*`([0-9a-f]{64})`\s*\|$/gm)].map((m) => [
    m[1]!,
    m[2]!,
  ])
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')

/**
 * The shared copy of the CRDs: `../shared/crds` beside the repository (the layout the issue
 * names), else the machine's /work/shared/crds (CI clones the repository elsewhere).
 */
const SHARED_CANDIDATES = [resolve('..', 'shared', 'crds'), '/work/shared/crds']
const shared = SHARED_CANDIDATES.find((dir) => existsSync(dir))
/** Vendored after the shared copy was made (vendor/README.md says so): guarded by the table alone. */
const NOT_SHARED = ['prometheus-operator/monitoring.coreos.com_prometheusrules.yaml']

describe('vendored CRDs', () => {
  const table = vendoredTable()

  it('lists the five CRDs the renderers validate against', () => {
    expect(table.map(([file]) => file).sort()).toEqual([
      'argo-cd/application-crd.yaml',
      'argo-cd/applicationset-crd.yaml',
      'argo-cd/appproject-crd.yaml',
      'kserve/serving.kserve.io_inferenceservices.yaml',
      'prometheus-operator/monitoring.coreos.com_prometheusrules.yaml',
    ])
  })

  it.each(table)('vendor/crds/%s has the sha256 vendor/README.md records', (file, digest) => {
    expect(sha256(`vendor/crds/${file}`), `update vendor/README.md or restore vendor/crds/${file}`).toBe(
      digest,
    )
  })

  it.each(table.filter(([file]) => !NOT_SHARED.includes(file)))(
    'vendor/crds/%s is identical to the shared copy',
    (file) => {
      expect(
        shared,
        `no shared CRDs found (looked in ${SHARED_CANDIDATES.join(', ')}): cannot tell whether the vendored copy is current`,
      ).toBeDefined()
      expect(
        sha256(`vendor/crds/${file}`),
        `vendor/crds/${file} differs from ${shared}/${file}: copy it, update vendor/README.md and run npm run build`,
      ).toBe(sha256(`${shared}/${file}`))
    },
  )
})
