#!/usr/bin/env node
// Runs every test file with node's test runner (TypeScript through tsx).
// Node 20's runner has no glob support, so the files are collected here.
// Files run one at a time: each starts its own stack, and 2 cores are shared.
import { spawnSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const roots = ['test', 'gateway/test', 'gateway/src', 'origin/test', 'rest-compat/test', 'rest-compat/src', 'subgraphs', 'agent-api/src', 'simulator/src']
const files = []
function walk(dir) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist') continue
    const p = path.join(dir, name)
    if (statSync(p).isDirectory()) walk(p)
    else if (name.endsWith('.test.ts')) files.push(path.relative(root, p))
  }
}
for (const r of roots) { try { walk(path.join(root, r)) } catch { /* folder may not exist yet */ } }
const only = process.argv.slice(2)
const selected = only.length ? files.filter((f) => only.some((o) => f.includes(o))) : files
if (!selected.length) { console.error('no test files found'); process.exit(1) }
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', ...selected.sort()], { cwd: root, stdio: 'inherit' })
process.exit(r.status ?? 1)
