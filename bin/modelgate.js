#!/usr/bin/env node
// Starts the built CLI (lib/cli/modelgate.js, made by `npm run build`, which `npm ci` runs).
let cli
try {
  cli = await import('../lib/cli/modelgate.js')
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error
  process.stderr.write('modelgate: not built yet; run `npm run build` in the modelgate folder\n')
  process.exit(3)
}
// A reader that stops early (`modelgate validate | head`) is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw error
  })
}
process.exitCode = await cli.main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
})
