// The baseline of the approval-bot benchmark (scripts/bench/bot.mjs): a Probot app that subscribes to
// the same events and does nothing, so its figures are what Probot itself (signature check, JSON
// parse, context) and the HTTP round trip cost on this machine.

/** @param {import('probot').Probot} app */
export default (app) => {
  app.on(['pull_request', 'pull_request_review'], async () => {})
}
