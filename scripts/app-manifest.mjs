// Prints app.yml as the JSON GitHub's manifest flow takes (docs/deploy.md, "Create the App"), with
// your URLs in place of its two placeholders, and refuses to print one that still holds a placeholder:
//
//   node scripts/app-manifest.mjs --url https://modelgate.acme.com --homepage https://github.com/acme/modelgate > manifest.json
import { readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { parse } from 'yaml'

/** The placeholders app.yml holds, by key, and what replaces them. */
export const PLACEHOLDERS = {
  url: 'https://github.com/acme/modelgate',
  'hook_attributes.url': 'https://modelgate.example.com/api/github/webhooks',
}

/** Why `value` is not a URL the App may be registered with, or `undefined`. */
export function urlProblem(option, value) {
  if (value === undefined) return `${option} is required`
  let url
  try {
    url = new URL(value)
  } catch {
    return `${option}: "${value}" is not a URL`
  }
  if (url.protocol !== 'https:')
    return `${option}: "${value}" is not https; GitHub must reach the bot over TLS`
  if (
    /(^|\.)example\.(com|org|net)$/.test(url.hostname) ||
    Object.values(PLACEHOLDERS).some((p) => value.startsWith(p))
  )
    return `${option}: "${value}" is app.yml's placeholder; give your own`
  return undefined
}

/**
 * The manifest with the bot's public URL (`url` + the webhook path) and the App's homepage, or
 * the one-line reason it cannot be made.
 */
export function fillAppManifest(manifest, { url, homepage, webhookPath = '/api/github/webhooks' }) {
  const problem = urlProblem('--url', url) ?? urlProblem('--homepage', homepage)
  if (problem) return { problem }
  return {
    manifest: {
      ...manifest,
      url: homepage,
      hook_attributes: { ...manifest.hook_attributes, url: `${url.replace(/\/+$/, '')}${webhookPath}` },
      // Nothing listens there: the code in the address bar is all the next step needs.
      redirect_url: 'http://localhost:8000/',
    },
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: { url: { type: 'string' }, homepage: { type: 'string' }, 'webhook-path': { type: 'string' } },
  })
  const manifest = parse(readFileSync(new URL('../app.yml', import.meta.url), 'utf8'))
  const filled = fillAppManifest(manifest, {
    url: values.url,
    homepage: values.homepage,
    ...(values['webhook-path'] ? { webhookPath: values['webhook-path'] } : {}),
  })
  if (filled.problem) {
    process.stderr.write(
      `app-manifest: ${filled.problem} (--url: the bot's public https URL; --homepage: the App's home page, e.g. your modelgate fork)\n`,
    )
    process.exit(2)
  }
  process.stdout.write(`${JSON.stringify(filled.manifest)}\n`)
}
