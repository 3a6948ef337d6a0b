// The bot as a child process lives in sandbox/start-bot.ts (the playground and the demo start it too);
// this adds what only tests need.
export type { Bot, BotLogLine, DeliverOptions, StartBotOptions } from '../../sandbox/start-bot.js'
export { startBot } from '../../sandbox/start-bot.js'

/**
 * Polls until `probe` returns something other than `undefined`, `null` or `false` (emulator state,
 * bot logs…) and returns it; throws naming `message` after `timeoutMs` (default 10 s). Plain
 * polling, no vitest: the bench (scripts/bench/) waits with it too.
 */
export async function waitFor<T>(
  probe: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  options: { timeoutMs?: number; intervalMs?: number; message?: string } = {},
): Promise<T> {
  const timeoutMs = options.timeoutMs ?? 10_000
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await probe()
    if (value !== undefined && value !== null && value !== false) return value
    if (Date.now() >= deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${options.message ?? 'a condition'}`)
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 25))
  }
}
