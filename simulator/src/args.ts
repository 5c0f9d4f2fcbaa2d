// Command-line flags of `npm run simulate -- ...`, parsed and checked once.
import { parseArgs } from 'node:util'
import { DEFAULT_CACHE_SIZE } from './sql-engine.js'
import { PLATFORMS, isPlatform, type Platform } from './tables.js'

export interface SimulatorOptions {
  hosts: number
  server: string
  enrollSecret: string
  platforms: Platform[]
  /** Seconds; the server's config overrides these three, as it does for osquery. */
  distributedInterval: number
  configInterval: number
  loggerInterval: number
  /** Enrollments are spread evenly over this many seconds. */
  startPeriod: number
  seed: number
  insecure: boolean
  /** Requests in flight at once across all hosts. */
  concurrency: number
  /** Host databases kept open in the SQL engine's LRU. */
  dbCache: number
  /** Stop by itself after this many seconds; 0 runs until SIGINT/SIGTERM. */
  duration: number
  /** Seconds between progress lines on stderr once enrolled; 0 for none. */
  statusInterval: number
  timeoutMs: number
}

export const USAGE = `Usage: npm run simulate -- --hosts N --server URL --enroll-secret SECRET [options]

Runs N simulated osquery agents against a Fleetgraph (or Fleet) server, speaking the
osquery remote API: enroll, config, distributed read/write and log.

Required:
  --hosts N                   number of simulated hosts
  --server URL                server origin, http:// or https://
  --enroll-secret SECRET      enroll secret the hosts present

Options:
  --platforms LIST            comma-separated: ubuntu,darwin,windows,centos (default: all four, round-robin)
  --distributed-interval S    distributed/read interval until the config says otherwise (default 10)
  --config-interval S         config refresh interval until the config says otherwise (default 60)
  --logger-interval S         log flush interval until the config says otherwise (default 60)
  --start-period S            spread enrollments over S seconds (default 10)
  --seed N                    seed for host data; same seed, same hosts (default 1)
  --insecure                  accept self-signed TLS certificates
  --concurrency N             requests in flight at once across all hosts (default 64)
  --db-cache N                host databases kept open by the SQL engine (default ${DEFAULT_CACHE_SIZE})
  --duration S                stop after S seconds (default 0: run until Ctrl-C / SIGTERM)
  --status-interval S         print a progress line every S seconds once running (default 60, 0 = never)
  --timeout S                 per-request timeout (default 30)
  -h, --help                  show this help
`

export class UsageError extends Error {}

function integer(name: string, raw: string | undefined, fallback: number, min: number): number {
  if (raw === undefined) return fallback
  const n = Number(raw)
  if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name} must be an integer >= ${min}, got "${raw}"`)
  return n
}

/** Returns undefined when help was asked for. */
export function parseCliArgs(argv: string[]): SimulatorOptions | undefined {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        hosts: { type: 'string' }, server: { type: 'string' }, 'enroll-secret': { type: 'string' }, platforms: { type: 'string' },
        'distributed-interval': { type: 'string' }, 'config-interval': { type: 'string' }, 'logger-interval': { type: 'string' },
        'start-period': { type: 'string' }, seed: { type: 'string' }, insecure: { type: 'boolean' }, concurrency: { type: 'string' },
        'db-cache': { type: 'string' }, duration: { type: 'string' }, 'status-interval': { type: 'string' }, timeout: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    })
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e))
  }
  const v = parsed.values
  if (v.help) return undefined
  if (v.hosts === undefined) throw new UsageError('--hosts is required')
  if (!v.server) throw new UsageError('--server is required')
  if (!v['enroll-secret']) throw new UsageError('--enroll-secret is required')
  let url: URL
  try {
    url = new URL(v.server)
  } catch {
    throw new UsageError(`--server is not a URL: "${v.server}"`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError('--server must be an http:// or https:// URL')
  const platforms = (v.platforms ?? PLATFORMS.join(',')).split(',').map((p) => p.trim().toLowerCase()).filter(Boolean)
  for (const p of platforms) if (!isPlatform(p)) throw new UsageError(`unknown platform "${p}" (known: ${PLATFORMS.join(', ')})`)
  if (!platforms.length) throw new UsageError('--platforms is empty')
  return {
    hosts: integer('hosts', v.hosts, 0, 1),
    server: v.server.replace(/\/+$/, ''),
    enrollSecret: v['enroll-secret'],
    platforms: platforms as Platform[],
    distributedInterval: integer('distributed-interval', v['distributed-interval'], 10, 1),
    configInterval: integer('config-interval', v['config-interval'], 60, 1),
    loggerInterval: integer('logger-interval', v['logger-interval'], 60, 1),
    startPeriod: integer('start-period', v['start-period'], 10, 0),
    seed: integer('seed', v.seed, 1, 0),
    insecure: v.insecure ?? false,
    concurrency: integer('concurrency', v.concurrency, 64, 1),
    dbCache: integer('db-cache', v['db-cache'], DEFAULT_CACHE_SIZE, 1),
    duration: integer('duration', v.duration, 0, 0),
    statusInterval: integer('status-interval', v['status-interval'], 60, 0),
    timeoutMs: integer('timeout', v.timeout, 30, 1) * 1000,
  }
}
