// `npm run demo`: modelgate in a minute. Runs the real CLI on the example repositories and on a
// throwaway git repository, and checks every exit code it shows (so the demo cannot rot silently).
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const here = resolve(import.meta.dirname, '..')
const cli = join(here, 'bin', 'modelgate.js')
const bold = (text) => (process.stdout.isTTY ? `\x1b[1m${text}\x1b[0m` : text)

function step(title, args, cwd, expectedCode) {
  console.log(`\n${bold(`▶ ${title}`)}\n$ modelgate ${args.join(' ')}`)
  const { status } = spawnSync(process.execPath, [cli, ...args], { cwd, stdio: 'inherit' })
  if (status !== expectedCode) {
    console.error(`demo: expected exit code ${expectedCode}, got ${status}`)
    process.exit(1)
  }
  console.log(`(exit code ${status})`)
}

execFileSync(process.execPath, [join(here, 'scripts', 'build.mjs')], { cwd: here, stdio: 'inherit' })

step(
  'A model repository with four valid manifests (low to critical risk)',
  ['validate'],
  join(here, 'examples', 'model-repo'),
  0,
)
step(
  'Mistakes people make, each with its line, column and a fix',
  ['validate'],
  join(here, 'examples', 'broken-model-repo'),
  1,
)

// A pull request that swaps the artifact but forgets to bump the version, judged against git.
const repo = mkdtempSync(join(tmpdir(), 'modelgate-demo-'))
try {
  cpSync(join(here, 'examples', 'model-repo'), repo, { recursive: true })
  const git = (...args) => execFileSync('git', args, { cwd: repo, stdio: 'pipe' })
  git('init', '-q', '-b', 'main')
  git(
    '-c',
    'user.name=demo',
    '-c',
    'user.email=demo@example.com',
    'commit',
    '-q',
    '--allow-empty',
    '-m',
    'empty',
  )
  git('add', '.')
  git('-c', 'user.name=demo', '-c', 'user.email=demo@example.com', 'commit', '-q', '-m', 'models as released')
  const manifest = join(repo, 'models', 'fraud-detector', 'model.yaml')
  const released = readFileSync(manifest, 'utf8')
  const newDigest = `sha256:${'5e'.repeat(32)}`
  writeFileSync(
    manifest,
    released.replace(/digest: sha256:[0-9a-f]{64}\n {2}framework/, `digest: ${newDigest}\n  framework`),
  )
  step(
    'A change swaps the fraud-detector artifact but keeps version 1.4.0',
    ['validate', '--base', 'main'],
    repo,
    1,
  )
  writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('version: 1.4.0', 'version: 1.5.0'))
  step(
    'Bumped to 1.5.0: the change is valid',
    ['validate', '--base', 'main', 'models/fraud-detector'],
    repo,
    0,
  )
  step(
    'The same result as GitHub annotations (what the validate action will post)',
    ['validate', '--format', 'github'],
    join(here, 'examples', 'broken-model-repo'),
    1,
  )
} finally {
  rmSync(repo, { recursive: true, force: true })
}
console.log(`\n${bold('Done.')} Next: docs/manifest.md (every field and rule), and \`npm test\`.`)
