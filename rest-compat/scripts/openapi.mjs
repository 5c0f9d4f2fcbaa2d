#!/usr/bin/env node
// Build step, after tsc: the OpenAPI 3.1 document of every REST route (src/openapi.ts, made from
// the route table) into openapi.json. The file is committed so the API's description shows up in
// review as a diff and tools can read it without a running server; scripts/check-generated.mjs
// regenerates it and fails CI when it is stale. The origin serves the same document at
// GET /api/openapi.json.
import { writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

const here = path.resolve(import.meta.dirname, '..')
const { openApiDocument } = createRequire(import.meta.url)(path.join(here, 'dist/openapi.js'))

writeFileSync(path.join(here, 'openapi.json'), `${JSON.stringify(openApiDocument(), null, 2)}\n`)
