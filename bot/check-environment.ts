import { createPrivateKey } from 'node:crypto'
import { readFileSync, statSync } from 'node:fs'

/** Probot's fallback secret when none is set: accepting it would accept forged deliveries. */
const PROBOT_DEFAULT_SECRET = 'development'
const MIN_SECRET_LENGTH = 16
const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']

/** What the check reads besides the environment: the key file `PRIVATE_KEY_PATH` names. */
export interface EnvironmentProbes {
  /** The file's text, or why there is none. */
  readKeyFile(path: string): { text: string } | { problem: 'missing' | 'folder' | 'unreadable' }
}

const FILE_SYSTEM: EnvironmentProbes = {
  readKeyFile(path) {
    try {
      if (statSync(path).isDirectory()) return { problem: 'folder' }
      return { text: readFileSync(path, 'utf8') }
    } catch (error) {
      return { problem: (error as { code?: string }).code === 'ENOENT' ? 'missing' : 'unreadable' }
    }
  },
}

type Rule = (
  env: Readonly<Record<string, string | undefined>>,
  probes: EnvironmentProbes,
) => string | undefined

/**
 * The settings, in the order they are checked: each says what is wrong, what is expected and what
 * to do. Probot itself would start without credentials (in app-manifest setup mode), verify
 * webhooks against the secret "development", treat `PORT=abc` as 3000, and fail later, with a
 * stack trace, on a malformed key or a `GHE_HOST` with a scheme.
 */
const RULES: Rule[] = [
  ({ APP_ID }) =>
    !APP_ID
      ? 'APP_ID is not set to a number: set it to the GitHub App id shown on the App settings page'
      : /^[1-9]\d{0,15}$/.test(APP_ID)
        ? undefined
        : `APP_ID is ${quote(APP_ID)}, not a GitHub App id (a positive whole number): set it to the App id shown on the App settings page`,
  ({ PRIVATE_KEY, PRIVATE_KEY_PATH }, probes) => {
    if (PRIVATE_KEY) return keyProblem('PRIVATE_KEY', normalizeKey(PRIVATE_KEY))
    if (!PRIVATE_KEY_PATH)
      return 'PRIVATE_KEY (or PRIVATE_KEY_PATH) is not set: give the App private key in PEM form'
    const file = probes.readKeyFile(PRIVATE_KEY_PATH)
    if ('text' in file) return keyProblem(`PRIVATE_KEY_PATH (${PRIVATE_KEY_PATH})`, file.text)
    if (file.problem === 'missing') return `PRIVATE_KEY_PATH names ${PRIVATE_KEY_PATH}, which does not exist`
    if (file.problem === 'folder')
      return `PRIVATE_KEY_PATH names ${PRIVATE_KEY_PATH}, which is a folder: name the .pem file GitHub generated for the App`
    return `PRIVATE_KEY_PATH names ${PRIVATE_KEY_PATH}, which cannot be read: let the bot's user read it`
  },
  ({ WEBHOOK_SECRET: secret }) => {
    if (!secret) return 'WEBHOOK_SECRET is not set: set it to the webhook secret of the GitHub App'
    if (secret === PROBOT_DEFAULT_SECRET)
      return 'WEBHOOK_SECRET is "development", Probot\'s placeholder: set the webhook secret of the GitHub App'
    if (secret.length < MIN_SECRET_LENGTH)
      return `WEBHOOK_SECRET is shorter than ${MIN_SECRET_LENGTH} characters: use a long random secret (openssl rand -hex 32)`
    return undefined
  },
  ({ PORT }) =>
    PORT === undefined || (/^\d{1,5}$/.test(PORT) && Number(PORT) <= 65_535)
      ? undefined
      : `PORT is ${quote(PORT)}, not a port number (0 to 65535): set the port to listen on, or unset it for 3000`,
  ({ GHE_HOST }) =>
    GHE_HOST === undefined || /^[A-Za-z0-9.-]+(:\d{1,5})?$/.test(GHE_HOST)
      ? undefined
      : `GHE_HOST is ${quote(GHE_HOST)}, not a host name: give the host alone (github.example.com, or host:port), and the scheme in GHE_PROTOCOL`,
  ({ GHE_PROTOCOL }) =>
    GHE_PROTOCOL === undefined || GHE_PROTOCOL === 'https' || GHE_PROTOCOL === 'http'
      ? undefined
      : `GHE_PROTOCOL is ${quote(GHE_PROTOCOL)}: use https (or http), or unset it`,
  ({ LOG_LEVEL }) =>
    LOG_LEVEL === undefined || LOG_LEVELS.includes(LOG_LEVEL)
      ? undefined
      : `LOG_LEVEL is ${quote(LOG_LEVEL)}, not a log level: use one of ${LOG_LEVELS.join(', ')}, or unset it for info`,
  ({ LOG_FORMAT }) =>
    LOG_FORMAT === undefined || LOG_FORMAT === 'json' || LOG_FORMAT === 'pretty'
      ? undefined
      : `LOG_FORMAT is ${quote(LOG_FORMAT)}: use json or pretty, or unset it for json`,
  ({ WRITE_SPACING_MS }) =>
    WRITE_SPACING_MS === undefined || /^\d{1,5}$/.test(WRITE_SPACING_MS)
      ? undefined
      : `WRITE_SPACING_MS is ${quote(WRITE_SPACING_MS)}, not a number of milliseconds: unset it for GitHub's advice of 1000 between writes of one installation`,
  ({ WEBHOOK_PATH }) =>
    WEBHOOK_PATH === undefined || /^\/[\w./-]*$/.test(WEBHOOK_PATH)
      ? undefined
      : `WEBHOOK_PATH is ${quote(WEBHOOK_PATH)}, not a path: use one that starts with / (default /api/github/webhooks)`,
]

/**
 * Why the bot must not start with this environment, in one line, or `undefined` when it may.
 * @example checkEnvironment({ APP_ID: '1' }) // 'PRIVATE_KEY (or PRIVATE_KEY_PATH) is not set: …'
 */
export function checkEnvironment(
  env: Readonly<Record<string, string | undefined>>,
  probes: EnvironmentProbes = FILE_SYSTEM,
): string | undefined {
  for (const rule of RULES) {
    const problem = rule(env, probes)
    if (problem) return problem
  }
  return undefined
}

/** `PRIVATE_KEY` as Probot reads it: base64 of the PEM, or the PEM with `\n` written as two characters. */
function normalizeKey(value: string): string {
  const decoded =
    Buffer.from(value, 'base64').toString('base64') === value
      ? Buffer.from(value, 'base64').toString()
      : value
  const text = decoded.replaceAll('\\n', '\n')
  if (text.includes('\n')) return text
  // A PEM pasted on one line: Probot puts the line breaks back.
  const found = /^(-----BEGIN [A-Z ]+-----)(.*)(-----END [A-Z ]+-----)$/.exec(text.trim())
  return found ? `${found[1]}\n${found[2]!.trim().replace(/\s+/g, '\n')}\n${found[3]}\n` : text
}

/** Why `text` is not a private key Probot can sign App tokens with, or `undefined`. */
function keyProblem(setting: string, text: string): string | undefined {
  const fix = 'give the whole .pem file GitHub generated for the App, BEGIN and END lines included'
  if (!/-----BEGIN (RSA )?PRIVATE KEY-----/.test(text)) return `${setting} is not a PEM private key: ${fix}`
  try {
    const key = createPrivateKey(text)
    return key.asymmetricKeyType === 'rsa'
      ? undefined
      : `${setting} is a ${key.asymmetricKeyType ?? 'non-RSA'} key; GitHub App keys are RSA: ${fix}`
  } catch {
    return `${setting} does not parse as a PEM private key: ${fix}`
  }
}

/** A setting's value in a message: quoted, control characters escaped, at most 80 characters. */
function quote(value: string): string {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value)
}
