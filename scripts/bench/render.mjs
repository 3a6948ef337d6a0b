// Section 5 of `npm run bench` (`node scripts/bench/render.mjs` runs it alone): rendering and
// checking 1,000 generated models × the example's 3 environments (InferenceService against the
// KServe CRD and KServe's admission rules, PrometheusRule), in process, against `yaml.stringify`
// of the same objects: what it costs beyond serializing what a promotion writes.
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parse, stringify } from 'yaml'
import { bundleHarness } from '../bundle-harness.mjs'
import { manifest } from './generate-manifest.mjs'

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/** Renders `models` × every environment of the example config `runs` times; returns the figures. */
export async function benchRender({ here, models = 1000, runs = 5 }) {
  const core = await bundleHarness(here, 'bench-render', {
    './core/index.ts': ['renderModel', 'resolveProfile'],
  })
  const config = parse(readFileSync(join(here, 'examples/model-repo/.modelgate/config.yml'), 'utf8'))
  const profiles = config.environments.map((entry) => core.resolveProfile(config, entry.name))
  const manifests = Array.from({ length: models }, (_, i) => parse(manifest(i)))
  const provenance = { sourceCommit: 'c'.repeat(40), promotedBy: 'ana-ortiz' }

  const renderAll = () => {
    let files = 0
    let refused = 0
    for (const model of manifests)
      for (const profile of profiles) {
        const rendered = core.renderModel({
          manifest: model,
          manifestPath: `models/${model.metadata.name}/model.yaml`,
          profile,
          provenance,
        })
        files += rendered.files.length
        if (rendered.files.length === 0) refused++
      }
    return { files, refused }
  }
  const first = renderAll() // warm-up, and the counts
  // The baseline: the same files' objects, serialized by yaml.stringify alone.
  const objects = []
  for (const model of manifests)
    for (const profile of profiles)
      for (const file of core.renderModel({
        manifest: model,
        manifestPath: `models/${model.metadata.name}/model.yaml`,
        profile,
        provenance,
      }).files)
        objects.push(parse(file.content))
  const stringifyAll = () => {
    for (const object of objects) stringify(object)
  }
  stringifyAll()

  const renderTimes = []
  const stringifyTimes = []
  for (let run = 0; run < runs; run++) {
    let started = performance.now()
    renderAll()
    renderTimes.push(performance.now() - started)
    started = performance.now()
    stringifyAll()
    stringifyTimes.push(performance.now() - started)
  }
  const pairs = models * profiles.length
  const render = median(renderTimes)
  const plain = median(stringifyTimes)
  const figures = {
    models,
    environments: profiles.length,
    files: first.files,
    refused: first.refused,
    renderMs: render,
    renderUsPerObject: (render * 1000) / Math.max(first.files, 1),
    stringifyUsPerObject: (plain * 1000) / Math.max(objects.length, 1),
    ratioToStringify: render / plain,
    msPerModelEnvironment: render / pairs,
  }
  console.log(`\n5. Rendering ${models} models × ${profiles.length} environments (median of ${runs})`)
  console.table({
    'render + check (modelgate)': {
      'total ms': render.toFixed(0),
      'µs per object': figures.renderUsPerObject.toFixed(1),
    },
    'yaml.stringify of the same objects': {
      'total ms': plain.toFixed(0),
      'µs per object': figures.stringifyUsPerObject.toFixed(1),
    },
  })
  console.log(
    `${first.files} files; ${first.refused} (model, environment) pairs refused with problems; ` +
      `render + check / stringify: ${figures.ratioToStringify.toFixed(2)}×`,
  )
  return figures
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const here = resolve(import.meta.dirname, '../..')
  console.log(JSON.stringify(await benchRender({ here })))
}
