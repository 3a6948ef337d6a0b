import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { validateConfig } from '../../../core/config/validate-config.js'
import { scaffoldEnvironmentsRepo } from '../../../core/environments/scaffold-environments-repo.js'

const EXAMPLE = 'examples/environments-repo'
const REGENERATE =
  'node bin/modelgate.js init environments examples/environments-repo --config examples/model-repo/.modelgate/config.yml --force'

/** Every file under `folder`, dotfiles included, relative to it and sorted. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort()
}

describe(`${EXAMPLE}/ is what modelgate init environments makes from the example config`, () => {
  const config = validateConfig(
    '.modelgate/config.yml',
    readFileSync('examples/model-repo/.modelgate/config.yml'),
  ).config!
  const expected = scaffoldEnvironmentsRepo(config).files

  it(`holds exactly the scaffolded files (if this fails, run: ${REGENERATE})`, () => {
    expect(filesUnder(EXAMPLE)).toEqual(expected.map((file) => file.path).sort())
  })

  it.each(expected.map((file) => [file.path, file.content]))(
    `%s is up to date (if this fails, run: ${REGENERATE})`,
    (path, content) => {
      expect(readFileSync(join(EXAMPLE, path), 'utf8')).toBe(content)
    },
  )
})
