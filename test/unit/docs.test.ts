import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { manifestSchema, renderReferencePages, validateManifest } from '../../core/index.js'
import { stringify } from 'yaml'

describe('reference docs', () => {
  it.each(Object.entries(renderReferencePages()))(
    '%s matches the schema (run `npm run docs` if this fails)',
    (path, text) => {
      expect(readFileSync(path, 'utf8')).toBe(text)
    },
  )

  it('documents every top-level manifest key and every rule', () => {
    const page = renderReferencePages()['docs/manifest.md']
    for (const key of Object.keys(manifestSchema.properties)) expect(page).toContain(`| \`${key}\` |`)
    expect(page).toContain('| `released-version-immutable` | error |')
  })

  it("the schema's own minimal example is a valid manifest", () => {
    const source = Buffer.from(stringify(manifestSchema.examples[0]))
    expect(
      validateManifest({ file: 'models/fraud-detector/model.yaml', folderName: 'fraud-detector', source })
        .problems,
    ).toEqual([])
  })
})
