// Applies prisma/migrations/*/migration.sql in name order at start-up, on the
// embedded database and on PostgreSQL alike. The Prisma 7 CLI cannot migrate
// offline, so this small runner keeps its own bookkeeping table. On a server,
// an advisory lock makes concurrent replicas apply each migration exactly once.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

/** The minimum a raw driver must offer the runner. */
export interface SqlRunner {
  exec(sql: string): Promise<void>
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>
}

export const migrationsDir = path.resolve(__dirname, '../../migrations')
const LOCK_KEY = 724_110_318 // arbitrary constant shared by every replica

export function listMigrations(dir = migrationsDir): { name: string; sql: string }[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => ({ name, sql: readFileSync(path.join(dir, name, 'migration.sql'), 'utf8') }))
}

/** Applies pending migrations; returns the names applied. */
export async function applyMigrations(db: SqlRunner, opts: { advisoryLock: boolean }): Promise<string[]> {
  if (opts.advisoryLock) await db.query('SELECT pg_advisory_lock($1)', [LOCK_KEY])
  try {
    await db.exec(`CREATE TABLE IF NOT EXISTS "_fleetgraph_migrations" (
      "name" TEXT PRIMARY KEY, "applied_at" TIMESTAMPTZ NOT NULL DEFAULT now())`)
    const done = new Set((await db.query<{ name: string }>('SELECT "name" FROM "_fleetgraph_migrations"')).map((r) => r.name))
    const applied: string[] = []
    for (const m of listMigrations()) {
      if (done.has(m.name)) continue
      // One transaction per migration: a failed migration leaves nothing behind.
      await db.exec(`BEGIN;\n${m.sql}\n;INSERT INTO "_fleetgraph_migrations" ("name") VALUES ('${m.name.replace(/'/g, "''")}');\nCOMMIT;`)
        .catch(async (e) => { await db.exec('ROLLBACK').catch(() => {}); throw new Error(`migration ${m.name} failed: ${(e as Error).message}`) })
      applied.push(m.name)
    }
    return applied
  } finally {
    if (opts.advisoryLock) await db.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY])
  }
}
