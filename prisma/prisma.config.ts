// Prisma 7 CLI configuration. Only `prisma generate` runs through the CLI here:
// the CLI's migrate commands need a native schema engine that cannot be fetched
// offline, so migrations are made by scripts/migrate-dev.ts (WASM engine) and
// applied at start-up by src/migrate.ts.
import path from 'node:path'
import { defineConfig } from 'prisma/config'

// The CLI insists on resolving the native schema-engine even for `generate`;
// point it at a stub that explains where migrations come from.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve(__dirname, 'scripts/no-schema-engine.sh')

export default defineConfig({
  schema: 'schema.prisma',
  migrations: { path: 'migrations' },
})
