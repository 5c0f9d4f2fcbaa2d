// Starts the real stack (`node stack/dist/main.js`) as a child process on a
// free port, with its own embedded data dir, or, when DATABASE_URL is set, its
// own fresh PostgreSQL database (one per test file). REDIS_URL passes through.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import pg from 'pg'

export const ROOT = path.resolve(__dirname, '../..')
export const realServices = () => ({ databaseUrl: process.env.DATABASE_URL || undefined, redisUrl: process.env.REDIS_URL || undefined })

export interface TestStack {
  /** The public origin ('' for a process that runs only subgraphs). */
  url: string
  /** Subgraph name → URL, for the subgraphs this process runs. */
  subgraphs: Record<string, string>
  pid: number
  env: NodeJS.ProcessEnv
  logs(): string
  stop(): Promise<number | null>
}

/** A fresh, empty PostgreSQL database on the server DATABASE_URL points at. */
export async function freshDatabase(baseUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `fg_test_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: baseUrl })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  const u = new URL(baseUrl)
  u.pathname = `/${name}`
  return {
    url: u.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: baseUrl })
      await c.connect()
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {})
      await c.end()
    },
  }
}

/** Starts one stack process (or only the services named in env.SERVICES). */
export async function startStack(env: NodeJS.ProcessEnv = {}, opts: { timeoutMs?: number; nodeArgs?: string[] } = {}): Promise<TestStack> {
  const child: ChildProcess = spawn(process.execPath, [...(opts.nodeArgs ?? []), path.join(ROOT, 'stack/dist/main.js')], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  child.stdout!.on('data', (d) => { out += d })
  child.stderr!.on('data', (d) => { out += d })
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`stack did not start in time:\n${out}`)), opts.timeoutMs ?? 60_000)
    const check = () => {
      const m = /Fleetgraph is running at (https?:\/\/\S+)/.exec(out)
      if (m || /Fleetgraph subgraphs are running/.test(out)) { clearTimeout(timer); resolve(m?.[1] ?? '') }
    }
    child.stdout!.on('data', check)
    void exited.then((code) => { clearTimeout(timer); reject(new Error(`stack exited with ${code}:\n${out}`)) })
  })
  const subgraphs = Object.fromEntries([...out.matchAll(/subgraph (\S+) ready at (\S+)/g)].map((m) => [m[1], m[2]]))
  return {
    url, env, pid: child.pid!, subgraphs,
    logs: () => out,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM')
      return exited
    },
  }
}

/** The usual case: one whole stack on its own fresh data, cleaned up by `stop()`. */
export async function startIsolatedStack(extraEnv: NodeJS.ProcessEnv = {}, opts: { nodeArgs?: string[] } = {}): Promise<TestStack> {
  const { databaseUrl, redisUrl } = realServices()
  const dataDir = mkdtempSync(path.join(tmpdir(), 'fleetgraph-test-'))
  const db = databaseUrl ? await freshDatabase(databaseUrl) : undefined
  const env: NodeJS.ProcessEnv = { DATA_DIR: dataDir, DATABASE_URL: db?.url ?? '', REDIS_URL: redisUrl ?? '', ...extraEnv }
  try {
    const stack = await startStack(env, opts)
    return {
      ...stack,
      stop: async () => {
        const code = await stack.stop()
        await db?.drop()
        rmSync(dataDir, { recursive: true, force: true })
        return code
      },
    }
  } catch (e) {
    await db?.drop()
    rmSync(dataDir, { recursive: true, force: true })
    throw e
  }
}
