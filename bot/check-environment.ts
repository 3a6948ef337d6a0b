/** Probot's fallback secret when none is set: accepting it would accept forged deliveries. */
const PROBOT_DEFAULT_SECRET = 'development'
const MIN_SECRET_LENGTH = 16

/**
 * Why the bot must not start with this environment, in one line, or `undefined` when it may.
 * Probot itself would start without credentials (in app-manifest setup mode) and would verify
 * webhooks against the secret "development"; production must do neither.
 * @example checkEnvironment({ APP_ID: '1' }) // 'PRIVATE_KEY (or PRIVATE_KEY_PATH) is not set: …'
 */
export function checkEnvironment(
  env: Readonly<Record<string, string | undefined>>,
  fileExists: (path: string) => boolean = () => true,
): string | undefined {
  if (!env.APP_ID || !/^\d+$/.test(env.APP_ID))
    return 'APP_ID is not set to a number: set it to the GitHub App id shown on the App settings page'
  if (!env.PRIVATE_KEY && !env.PRIVATE_KEY_PATH)
    return 'PRIVATE_KEY (or PRIVATE_KEY_PATH) is not set: give the App private key in PEM form'
  if (!env.PRIVATE_KEY && env.PRIVATE_KEY_PATH && !fileExists(env.PRIVATE_KEY_PATH))
    return `PRIVATE_KEY_PATH names ${env.PRIVATE_KEY_PATH}, which does not exist`
  const secret = env.WEBHOOK_SECRET
  if (!secret) return 'WEBHOOK_SECRET is not set: set it to the webhook secret of the GitHub App'
  if (secret === PROBOT_DEFAULT_SECRET)
    return 'WEBHOOK_SECRET is "development", Probot\'s placeholder: set the webhook secret of the GitHub App'
  if (secret.length < MIN_SECRET_LENGTH)
    return `WEBHOOK_SECRET is shorter than ${MIN_SECRET_LENGTH} characters: use a long random secret (openssl rand -hex 32)`
  return undefined
}
