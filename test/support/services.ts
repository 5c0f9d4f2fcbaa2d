// A private PostgreSQL cluster and Redis server for one test file, which the
// test may stop and start again (fault tests): never the shared servers that
// DATABASE_URL and REDIS_URL point at. Uses Debian's binaries, as
// scripts/ci-services.sh does; root runs PostgreSQL as the postgres user.
import { execFileSync, spawnSync } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { createServer, type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

function pgBin(): string | undefined {
  const base = '/usr/lib/postgresql'
  if (!existsSync(base)) return undefined
  const v = readdirSync(base).sort((a, b) => Number(a) - Number(b)).pop()
  return v && existsSync(path.join(base, v, 'bin/pg_ctl')) ? path.join(base, v, 'bin') : undefined
}

const onPath = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0

/** True when PostgreSQL's and Redis's server binaries are installed (CI installs them). */
export const canRunPrivateServices = () => !!pgBin() && onPath('redis-server') && onPath('redis-cli')

async function freePort(): Promise<number> {
  const s = createServer()
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()))
  const { port } = s.address() as AddressInfo
  await new Promise((r) => s.close(r))
  return port
}

export interface PrivateServices {
  databaseUrl: string
  redisUrl: string
  stopRedis(): void
  startRedis(): void
  stopPostgres(): void
  startPostgres(): void
  close(): void
}

export async function startPrivateServices(): Promise<PrivateServices> {
  const bin = pgBin()!
  const root = mkdtempSync(path.join(tmpdir(), 'fg-faults-'))
  chmodSync(root, 0o777)
  const pgData = path.join(root, 'pg'), redisDir = path.join(root, 'redis')
  const [pgPort, redisPort] = [await freePort(), await freePort()]
  const asPostgres = (cmd: string, args: string[]) => process.getuid?.() === 0
    ? execFileSync('runuser', ['-u', 'postgres', '--', cmd, ...args], { stdio: 'pipe' })
    : execFileSync(cmd, args, { stdio: 'pipe' })
  asPostgres(path.join(bin, 'initdb'), ['-D', pgData, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8'])
  const startPostgres = () => {
    asPostgres(path.join(bin, 'pg_ctl'), ['-D', pgData, '-l', path.join(root, 'pg.log'), '-w', '-t', '60', 'start', '-o',
      `-c listen_addresses=127.0.0.1 -p ${pgPort} -k ${root} -c fsync=off -c synchronous_commit=off -c full_page_writes=off`])
  }
  // Fast shutdown: connections are cut at once, as when a database server goes away.
  const stopPostgres = () => { asPostgres(path.join(bin, 'pg_ctl'), ['-D', pgData, '-m', 'fast', '-w', 'stop']) }
  startPostgres()
  execFileSync('psql', ['-h', '127.0.0.1', '-p', String(pgPort), '-U', 'postgres', '-q', '-c', `CREATE ROLE app LOGIN PASSWORD 'app' CREATEDB`, '-c', 'CREATE DATABASE app OWNER app'], { stdio: 'pipe' })

  execFileSync('mkdir', ['-p', redisDir])
  // No persistence: a restarted Redis comes back empty, the worst case for what it held.
  const startRedis = () => {
    execFileSync('redis-server', ['--bind', '127.0.0.1', '--port', String(redisPort), '--daemonize', 'yes', '--dir', redisDir,
      '--pidfile', path.join(redisDir, 'redis.pid'), '--logfile', path.join(redisDir, 'redis.log'), '--save', '', '--appendonly', 'no'])
    for (let i = 0; i < 100; i++) {
      if (spawnSync('redis-cli', ['-p', String(redisPort), 'ping']).stdout?.toString().includes('PONG')) return
      spawnSync('sleep', ['0.05'])
    }
    throw new Error('redis did not start')
  }
  const stopRedis = () => { spawnSync('redis-cli', ['-p', String(redisPort), 'shutdown', 'nosave']) }
  startRedis()
  return {
    databaseUrl: `postgresql://app:app@127.0.0.1:${pgPort}/app`,
    redisUrl: `redis://127.0.0.1:${redisPort}`,
    stopRedis, startRedis, stopPostgres, startPostgres,
    close: () => {
      stopRedis()
      try { stopPostgres() } catch { /* already stopped */ }
      rmSync(root, { recursive: true, force: true })
    },
  }
}
