// `npm start`: runs the services named by SERVICES (default: the whole stack
// in this process) and shuts them down cleanly on SIGTERM/SIGINT.
import './env-defaults.js'
import { randomUUID } from 'node:crypto'
import 'reflect-metadata'
import { openDatabase, type Database } from '@fleetgraph/prisma'
import { createLogger, histogram, openBus, setLogLevel, type Bus, type RunningSubgraph, type Subgraph } from '@fleetgraph/subgraph-kit'
import { CRON_SCHEDULES, startScheduler, type CronSchedule, type Scheduler } from '@fleetgraph/subgraph-inventory/cron'
import { deviceTokenCleanupJobs, hostExpiryJobs, inventory } from '@fleetgraph/subgraph-inventory'
import { packsAndQueries, policyAutomationJobs } from '@fleetgraph/subgraph-packs-and-queries'
import { mdm } from '@fleetgraph/subgraph-mdm'
import { campaignCleanupJobs, campaigns, loadCampaignsConfig } from '@fleetgraph/subgraph-campaigns'
import { agentApi, type RunningAgentApi } from '@fleetgraph/agent-api'
import { loadGatewayConfig, startGateway, type FederatedGateway } from '@fleetgraph/gateway'
import { loadOriginConfig, startOrigin, type Origin } from '@fleetgraph/origin'
import { loadStackConfig, processEnv } from './config.js'
import { agentApiMount } from './agent-api.js'

const poolWait = histogram('fleetgraph_db_pool_wait_seconds', 'How long a database statement waited for a free pooled connection (DB_POOL_SIZE per process).', [])

const log = createLogger('stack')

const SUBGRAPHS: { def: Subgraph; portKey: 'INVENTORY_PORT' | 'PACKS_AND_QUERIES_PORT' | 'MDM_PORT' | 'CAMPAIGNS_PORT'; urlKey: 'INVENTORY_URL' | 'PACKS_AND_QUERIES_URL' | 'MDM_URL' | 'CAMPAIGNS_URL' }[] = [
  { def: inventory, portKey: 'INVENTORY_PORT', urlKey: 'INVENTORY_URL' },
  { def: packsAndQueries, portKey: 'PACKS_AND_QUERIES_PORT', urlKey: 'PACKS_AND_QUERIES_URL' },
  { def: mdm, portKey: 'MDM_PORT', urlKey: 'MDM_URL' },
  { def: campaigns, portKey: 'CAMPAIGNS_PORT', urlKey: 'CAMPAIGNS_URL' },
]

export interface Stack {
  url?: string
  subgraphs: Record<string, string>
  /** SHUTDOWN_TIMEOUT_SECONDS in ms: the bound on close() that the signal handler enforces. */
  shutdownTimeoutMs: number
  close(): Promise<void>
}

/** Every cron schedule with its jobs; each service contributes the jobs for its own data. */
function cronSchedules(db: Database, bus: Bus, env: NodeJS.ProcessEnv): CronSchedule[] {
  return [
    {
      name: 'cleanups_then_aggregation', intervalMs: CRON_SCHEDULES.cleanups_then_aggregation.intervalMs,
      jobs: [...campaignCleanupJobs({ db, bus, config: loadCampaignsConfig(env) }), ...deviceTokenCleanupJobs({ db, env }), ...hostExpiryJobs({ db })],
    },
    { name: 'automations', intervalMs: CRON_SCHEDULES.automations.intervalMs, jobs: policyAutomationJobs({ db }) },
  ]
}

export async function startStack(env: NodeJS.ProcessEnv = processEnv()): Promise<Stack> {
  const cfg = loadStackConfig(env)
  const gwCfg = loadGatewayConfig(env)
  const originCfg = loadOriginConfig(env)
  setLogLevel(cfg.LOG_LEVEL)
  let db: Database | undefined, bus: Bus | undefined, gateway: FederatedGateway | undefined, pub: Origin | undefined, scheduler: Scheduler | undefined
  const running: RunningSubgraph[] = []
  let agent: RunningAgentApi | undefined
  const shutdownTimeoutMs = cfg.SHUTDOWN_TIMEOUT_SECONDS * 1000
  const close = async () => {
    // In-flight requests get half the shutdown bound (at most 5 s); the rest is for the data stores.
    await pub?.close(Math.min(5000, shutdownTimeoutMs / 2)).catch((e) => log.error('closing origin', { error: String(e) }))
    await gateway?.dispose().catch((e) => log.error('closing gateway', { error: String(e) }))
    log.debug('gateway closed')
    await scheduler?.stop()
    await agent?.close().catch((e) => log.error('closing agent api', { error: String(e) }))
    for (const s of running.reverse()) await s.close().catch((e) => log.error('closing subgraph', { name: s.name, error: String(e) }))
    log.debug('subgraphs closed')
    await bus?.close()
    await db?.close()
    log.debug('data stores closed')
  }
  try {
    const local = SUBGRAPHS.filter((s) => (cfg.SERVICES as readonly string[]).includes(s.def.name))
    const withAgent = cfg.SERVICES.includes('agent-api')
    if (local.length || withAgent) {
      // Checkouts are timed only where /metrics is served (this process runs the gateway, metrics on).
      const metrics = cfg.SERVICES.includes('gateway') && originCfg.METRICS_BASIC_AUTH
      db = await openDatabase({
        url: cfg.DATABASE_URL, dataDir: cfg.DATA_DIR, poolSize: cfg.DB_POOL_SIZE,
        onPoolWait: metrics ? (ms) => poolWait.observe({}, ms / 1000) : undefined,
      })
      bus = await openBus(cfg.REDIS_URL)
      if (cfg.LICENSE_TIER) await db.prisma.appConfig.update({ where: { id: 1 }, data: { license_tier: cfg.LICENSE_TIER } })
      log.info('data stores ready', { database: db.kind, bus: bus.kind })
      for (const s of local) running.push(await s.def.start({ db, bus, env }, { host: cfg.SUBGRAPH_HOST, port: cfg[s.portKey] }))
      if (withAgent) agent = await agentApi.start({ db, bus, env }, { host: cfg.SUBGRAPH_HOST, port: cfg.AGENT_API_PORT })
      // Every process with the database runs the schedules; a lease in the database picks one runner.
      scheduler = startScheduler(db, cronSchedules(db, bus, env), createLogger('cron'))
    }
    if (cfg.SERVICES.includes('gateway')) {
      const urls: Record<string, string> = {}
      for (const s of SUBGRAPHS) {
        const url = running.find((r) => r.name === s.def.name)?.url ?? gwCfg[s.urlKey]
        if (!url) throw new Error(`invalid configuration:\n  ${s.urlKey}: required when ${s.def.name} runs in another process`)
        urls[s.def.name] = url
      }
      // Subgraphs in this process are called in process; GATEWAY_IN_PROCESS=false forces HTTP (benchmarks, debugging).
      const local = gwCfg.GATEWAY_IN_PROCESS ? Object.fromEntries(running.map((r) => [r.name, r.local])) : {}
      gateway = await startGateway(gwCfg, urls, { local, debug: cfg.LOG_LEVEL === 'debug' })
      // The public origin hosts what runs here: the gateway, and the agent API (in process, or proxied
      // to where it runs: agent-api.ts). Every path it serves is in origin/src/routes.ts.
      pub = await startOrigin(originCfg, { gateway, agentApi: agentApiMount(agent, cfg.AGENT_API_URL, log) })
    }
    const services = Object.fromEntries([...running.map((r) => [r.name, r.url]), ...(agent ? [[agent.name, agent.url]] : [])])
    return { url: pub?.url, subgraphs: services, shutdownTimeoutMs, close }
  } catch (e) {
    await close()
    throw e
  }
}

/**
 * The backstop for a promise nobody handled: logged with a uuid, and the process stays up. Every
 * promise should be awaited or caught where it starts (an outage must never end the process); this
 * catches the one that was not, so a dependency blip cannot take a replica down with it.
 */
export function installRejectionBackstop(): void {
  process.on('unhandledRejection', (reason) => {
    log.error('unhandled promise rejection', { uuid: randomUUID(), error: String((reason as Error)?.stack ?? reason) })
  })
}

if (require.main === module) {
  installRejectionBackstop()
  startStack().then((stack) => {
    for (const [name, url] of Object.entries(stack.subgraphs)) process.stdout.write(`subgraph ${name} ready at ${url}\n`)
    if (!stack.url) process.stdout.write('Fleetgraph subgraphs are running\n')
    if (stack.url) {
      process.stdout.write(`\nFleetgraph is running at ${stack.url}\n` +
        `  GraphQL (HTTP and graphql-ws): ${stack.url}/graphql\n` +
        `  Fleet REST API:                ${stack.url}/api/v1/fleet/…\n` +
        `  Health:                        ${stack.url}/healthz\n` +
        `  First run: POST ${stack.url}/api/v1/setup to create the admin (see README).\n\n`)
    }
    let stopping = false
    const stop = (signal: string) => {
      // A second signal while draining (Ctrl-C twice): stop now.
      if (stopping) return process.exit(1)
      stopping = true
      log.info('shutting down', { signal })
      // The gateway runtime installs its own signal handlers but does not stop our server; exit ourselves.
      // The bound holds whenever the event loop turns (a hung socket, database or Redis call cannot
      // hold the process). A CPU-bound operation blocks every timer, this one included: the gateway's
      // operation limits and execution deadline keep any operation from running that long.
      setTimeout(() => {
        log.error('shutdown timed out; exiting', { timeoutSeconds: stack.shutdownTimeoutMs / 1000 })
        process.exit(1)
      }, stack.shutdownTimeoutMs).unref()
      stack.close().then(() => process.exit(0), (e) => { log.error('shutdown failed', { error: String(e) }); process.exit(1) })
    }
    process.on('SIGTERM', () => stop('SIGTERM'))
    process.on('SIGINT', () => stop('SIGINT'))
  }, (e) => {
    process.stderr.write(`fleetgraph failed to start: ${(e as Error).message}\n`)
    process.exit(1)
  })
}
