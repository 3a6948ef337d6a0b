// The bot as a child process lives in sandbox/start-bot.ts (the playground and the demo start it too);
// this adds what only tests need.
import { expect } from 'vitest'

export type { Bot, BotLogLine, DeliverOptions, StartBotOptions } from '../../sandbox/start-bot.js'
export { startBot } from '../../sandbox/start-bot.js'

/**
 * Polls until `probe` returns something other than `undefined`, `null` or `false` (emulator state,
 * bot logs…) and returns it; fails the test with `message` after `timeoutMs` (default 10 s).
 */
export async function waitFor<T>(
  probe: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  options: { timeoutMs?: number; intervalMs?: number; message?: string } = {},
): Promise<T> {
  let found: T | undefined
  await expect
    .poll(
      async () => {
        const value = await probe()
        if (value === undefined || value === null || value === false) return false
        found = value
        return true
      },
      {
        timeout: options.timeoutMs ?? 10_000,
        interval: options.intervalMs ?? 25,
        ...(options.message ? { message: options.message } : {}),
      },
    )
    .toBe(true)
  return found as T
}
