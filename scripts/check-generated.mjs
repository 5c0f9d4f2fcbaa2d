#!/usr/bin/env node
// Generated artifacts are committed and must match what the build produces:
// each subgraph's schema.graphql, gateway/supergraph.graphql, rest-compat's
// public API schema and typed GraphQL documents (graphql-codegen), the REST
// routes' OpenAPI document (rest-compat/openapi.json), and the Prisma
// migrations for schema.prisma. Run after `turbo run build` (which
// regenerates them). On CI (CI=true) a difference fails; locally it is reported.
import { execFileSync, spawnSync } from 'node:child_process'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const strict = process.env.CI === 'true' || process.argv.includes('--strict')
let failed = false

const compose = spawnSync(process.execPath, ['gateway/dist/compose.js', '--check'], { cwd: root, stdio: 'inherit' })
if (compose.status !== 0) failed = true

// rest-compat's codegen runs again here, after the whole build: its build may run before the gateway's
// rewrites the supergraph it reads. Offline: its inputs are files in the repository.
const codegen = spawnSync('npm', ['run', '--silent', 'codegen', '-w', '@fleetgraph/rest-compat'], { cwd: root, stdio: 'inherit' })
if (codegen.status !== 0) failed = true
// The OpenAPI document, from the route table as built (rest-compat/dist): its inputs are rest-compat's sources.
const openapi = spawnSync('npm', ['run', '--silent', 'openapi', '-w', '@fleetgraph/rest-compat'], { cwd: root, stdio: 'inherit' })
if (openapi.status !== 0) failed = true

const artifacts = [
  'gateway/supergraph.graphql',
  ...['inventory', 'packs-and-queries', 'mdm', 'campaigns'].map((s) => `subgraphs/${s}/schema.graphql`),
  'rest-compat/api-schema.graphql',
  'rest-compat/src/generated',
  'rest-compat/openapi.json',
]
try {
  execFileSync('git', ['diff', '--exit-code', '--stat', '--', ...artifacts], { cwd: root, stdio: 'inherit' })
} catch {
  console.error('generated schema files differ from the committed ones: commit the output of `npm run build`')
  failed = true
}
// A generated file that is not committed yet is a difference too (git diff does not see untracked files).
const untracked = execFileSync('git', ['ls-files', '--others', '--exclude-standard', '--', ...artifacts], { cwd: root, encoding: 'utf8' }).trim()
if (untracked) {
  console.error(`generated files not committed:\n${untracked}`)
  failed = true
}

if (strict) {
  const m = spawnSync(process.execPath, ['--import', 'tsx', 'prisma/scripts/migrate-dev.ts', '--check'], { cwd: root, stdio: 'inherit' })
  if (m.status !== 0) failed = true
}

if (failed && strict) process.exit(1)
if (failed) console.error('(not failing outside CI; run with --strict to make it fatal)')
