#!/usr/bin/env node
// Entry point of `npm run simulate -- ...`: parses flags, runs the simulator
// with a progress bar while hosts enroll, and prints the summary on stdout when
// stopped by SIGINT/SIGTERM (or --duration); SIGUSR2 prints a latency window.
import { parseCliArgs, UsageError, USAGE } from './args.js'
import { ProgressBar } from './progress.js'
import { Simulator } from './simulator.js'

const MAX_UNEXPECTED_REPORTS = 5

async function main(): Promise<number> {
  let options
  try {
    options = parseCliArgs(process.argv.slice(2))
  } catch (e) {
    if (!(e instanceof UsageError)) throw e
    process.stderr.write(`error: ${e.message}\n\n${USAGE}`)
    return 2
  }
  if (!options) {
    process.stdout.write(USAGE)
    return 0
  }

  const bar = new ProgressBar(process.stderr, options.hosts, 'hosts enrolled')
  let unexpected = 0
  let enrollDone = false
  const sim = await Simulator.create(options, {
    onEnrolled: (n) => {
      if (enrollDone) return
      if (n < options.hosts) return bar.update(n, errorsNote())
      enrollDone = true
      bar.finish(n, `in ${((Date.now() - sim.stats.startedAt) / 1000).toFixed(1)}s`)
    },
    onUnexpected: (e, index) => {
      if (++unexpected <= MAX_UNEXPECTED_REPORTS) process.stderr.write(`\nhost ${index}: unexpected error: ${e instanceof Error ? e.stack : String(e)}\n`)
    },
  })
  const errorsNote = () => (sim.stats.errors.enroll ? `(${sim.stats.errors.enroll} enroll errors)` : '')

  process.stderr.write(`Simulating ${options.hosts} hosts (${options.platforms.join(', ')}, seed ${options.seed}) against ${options.server}\n`)
  bar.update(0)
  sim.start()

  // Enrollment errors move the bar's note even when no host enrolls (a wrong secret, a server that is down).
  const ticker = setInterval(() => {
    if (!enrollDone) bar.update(sim.stats.enrolled, errorsNote())
  }, 1000)
  const status = options.statusInterval > 0
    ? setInterval(() => { if (enrollDone) process.stderr.write(sim.stats.statusLine(options.hosts) + '\n') }, options.statusInterval * 1000)
    : undefined

  // SIGUSR2: print the latencies since the previous SIGUSR2 (or the start) on stdout and start a new
  // window; tools use it to measure a steady state without the enrollment burst.
  process.on('SIGUSR2', () => process.stdout.write(sim.stats.windowReport() + '\n'))

  const signal = await new Promise<string>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'))
    process.once('SIGTERM', () => resolve('SIGTERM'))
    if (options.duration > 0) setTimeout(() => resolve('duration'), options.duration * 1000).unref()
  })
  // A second signal while stopping means "now".
  const force = () => process.exit(130)
  process.once('SIGINT', force)
  process.once('SIGTERM', force)

  clearInterval(ticker)
  if (status) clearInterval(status)
  if (!enrollDone) bar.finish(sim.stats.enrolled, errorsNote())
  process.stderr.write(`Stopping (${signal})...\n`)
  await sim.stop()
  process.stdout.write(sim.summary() + '\n')
  return 0
}

main().then(
  (code) => {
    // Exit explicitly: stray keep-alive sockets or timers must not keep a stopped simulator alive.
    process.stdout.write('', () => process.exit(code))
  },
  (e) => {
    process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`)
    process.exit(1)
  },
)
