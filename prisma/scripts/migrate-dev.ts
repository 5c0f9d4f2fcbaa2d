// Offline replacement for `prisma migrate dev`: diffs the committed migrations
// against schema.prisma with Prisma's WASM schema engine and an in-memory
// PGlite as the shadow database, then writes migrations/<timestamp>_<name>/.
// Usage: npm run db:migration -- <name>      (from the repository root)
//        npm run db:migration -- --check     (fails when schema.prisma has un-migrated changes)
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { PrismaPGlite } from 'pglite-prisma-adapter'
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils'

const root = path.resolve(__dirname, '..')
const schemaPath = path.join(root, 'schema.prisma')
const migDir = path.join(root, 'migrations')

async function loadEngine(): Promise<any> {
  // The package's main entry imports the .wasm as an ES module, which Node 20
  // cannot load; instantiate the wasm-bindgen glue by hand instead.
  const gluePath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg')
  const glue: any = await import(gluePath)
  const wasm = readFileSync(path.join(path.dirname(gluePath), 'schema_engine_bg.wasm'))
  const inst = new WebAssembly.Instance(new WebAssembly.Module(wasm), { './schema_engine_bg.js': glue })
  glue.__wbg_set_wasm(inst.exports)
  ;(inst.exports as any).__wbindgen_start()
  return glue
}

function migrationsList() {
  const lock = path.join(migDir, 'migration_lock.toml')
  if (!existsSync(lock)) { mkdirSync(migDir, { recursive: true }); writeFileSync(lock, 'provider = "postgresql"\n') }
  return {
    baseDir: migDir,
    shadowDbInitScript: '',
    lockfile: { path: lock, content: readFileSync(lock, 'utf8') },
    migrationDirectories: readdirSync(migDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()
      .map((d) => ({ path: d, migrationFile: { path: 'migration.sql', content: { tag: 'ok', value: readFileSync(path.join(migDir, d, 'migration.sql'), 'utf8') } } })),
  }
}

async function main() {
  const arg = process.argv[2]
  if (!arg) throw new Error('usage: migrate-dev.ts <name> | --check')
  const glue = await loadEngine()
  const pglite = new PGlite('memory://')
  const factory: any = new PrismaPGlite(pglite)
  const schema = readFileSync(schemaPath, 'utf8')
  const adapter = bindMigrationAwareSqlAdapterFactory(factory)
  const engine = await glue.SchemaEngine.new({ datamodels: [[schemaPath, schema]] }, () => {}, adapter)
  try {
    const r = await engine.diff({
      from: { tag: 'migrations', ...migrationsList() },
      to: { tag: 'schemaDatamodel', files: [{ path: schemaPath, content: schema }] },
      script: true, exitCode: null, filters: { externalTables: [], externalEnums: [] },
    })
    const empty = r.stdout.includes('This is an empty migration')
    if (arg === '--check') {
      if (!empty) { console.error('schema.prisma has changes without a migration:\n' + r.stdout); process.exitCode = 1 }
      else console.log('migrations match schema.prisma')
    } else if (empty) console.log('No schema changes.')
    else {
      const dir = path.join(migDir, `${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}_${arg}`)
      mkdirSync(dir, { recursive: true })
      writeFileSync(path.join(dir, 'migration.sql'), r.stdout)
      console.log(`Created ${path.relative(process.cwd(), dir)}/migration.sql`)
    }
  } finally {
    engine.free?.()
    await pglite.close()
  }
}

main().catch((e) => { console.error(e?.message ?? e); process.exit(1) })
