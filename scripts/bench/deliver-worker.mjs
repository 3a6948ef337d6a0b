// Sends signed webhook deliveries to a Probot server from a worker thread, so the latencies are not
// stretched by the GitHub emulator, which answers the bot on the main thread (and runs git there
// synchronously). Each delivery is signed as GitHub signs it (HMAC-SHA256 of the body, the same
// headers as sandbox/start-bot.ts `deliver`) with a fresh `x-github-delivery` id, so the
// bot's dedupe of redeliveries never skips one.
//
// workerData: { url, secret, jobs: [{ event, payload }], installation, count, mode, concurrency,
// rate, seconds }. Delivery i is jobs[i % jobs.length], naming the installation `installation`.
// - mode 'closed': `concurrency` deliveries in flight, `count` in all or as many as were sent
//   within `seconds`; each latency from its own send.
// - mode 'open': one delivery every 1/rate s whatever the answers; each latency from its scheduled
//   send time, so a server falling behind shows in the latencies (no coordinated omission).
// Posts back { latencies (ms, in send order), seconds, statuses: { [status]: count } }.
import { createHmac, randomUUID } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'
import { parentPort, workerData } from 'node:worker_threads'

const { url, secret, jobs, installation: id, count, mode, concurrency, rate, seconds } = workerData
// Every body signed before the clock starts.
const signed = Array.from({ length: count }, (_, i) => {
  const { event, payload } = jobs[i % jobs.length]
  const body = JSON.stringify({ ...payload, installation: { ...payload.installation, id } })
  return { event, body, signature: `sha256=${createHmac('sha256', secret).update(body).digest('hex')}` }
})
const latencies = []
const statuses = {}

/** One delivery; resolves with the HTTP status once the whole answer was read (-1: no answer). */
async function post(job) {
  try {
    const response = await fetch(url, {
      method: 'POST',
      body: job.body,
      headers: {
        'content-type': 'application/json',
        'user-agent': 'GitHub-Hookshot/bench',
        'x-github-event': job.event,
        'x-github-delivery': randomUUID(),
        'x-hub-signature-256': job.signature,
      },
    })
    await response.arrayBuffer()
    return response.status
  } catch {
    return -1
  }
}

const record = (i, status, from) => {
  latencies[i] = performance.now() - from
  statuses[status] = (statuses[status] ?? 0) + 1
}

const started = performance.now()
if (mode === 'closed') {
  let next = 0
  const until = started + (seconds ?? Infinity) * 1000
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count && performance.now() < until) {
        const i = next++
        const sent = performance.now()
        record(i, await post(signed[i]), sent)
      }
    }),
  )
} else {
  const interval = 1000 / rate
  const pending = []
  for (let i = 0; i < count; i++) {
    const scheduled = started + i * interval
    const wait = scheduled - performance.now()
    if (wait >= 1) await sleep(wait)
    pending.push(post(signed[i]).then((status) => record(i, status, scheduled)))
  }
  await Promise.all(pending)
}
parentPort.postMessage({
  latencies: latencies.filter((latency) => latency !== undefined),
  seconds: (performance.now() - started) / 1000,
  statuses,
})
