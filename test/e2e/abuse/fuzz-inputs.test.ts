// Property-based abuse of every public input (issue 11). Generated strings
// (NUL, lone surrogates, control characters, huge, any Unicode), numbers
// (negative, 2^31, 2^53, floats, NaN-ish strings) and odd JSON types go to
// - every GraphQL mutation, and every query field that takes arguments, with
//   variables generated per argument type from gateway/supergraph.graphql;
// - every route of rest-compat's route table (ROUTES), with path parameters,
//   query strings and bodies generated from each endpoint's own zod schemas.
// No answer may be a 5xx (a 503 would have to be the documented one, with
// Retry-After; nothing is down here), and every 4xx has its surface's error
// shape: Fleet's {message, errors, uuid}, osquery's {error} or Kibana's Boom on REST, a
// registry code in extensions.code on GraphQL.
//
// Deterministic: each property has a fixed seed derived from FUZZ_SEED and
// its name; a failure reports fast-check's seed and replay path. FUZZ_RUNS
// scales the runs (the default keeps the file under 2 minutes on 2 cores).
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import {
  buildSchema, getNamedType, isCompositeType, isEnumType, isInputObjectType, isListType, isNonNullType,
  type GraphQLField, type GraphQLInputType,
} from 'graphql'
import { z } from 'zod'
import { ROUTES, type Route } from '@fleetgraph/rest-compat'
import { lookupCode, VARIABLE_COERCION_ERROR } from '@fleetgraph/subgraph-kit/errors'
import { ROOT, startIsolatedStack, type TestStack } from '../../support/stack.js'
import { assertFleetError, doJSON } from '../../support/client.js'
import { createUser, enrollHost, ENROLL_SECRET, setupInstance } from '../../support/fleet.js'

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_202)
const SCALE = Number(process.env.FUZZ_RUNS ?? 1)
const runs = (n: number) => Math.max(1, Math.round(n * SCALE))
/** Runs per property: fields and routes that read no input get a few (only the URL's version and stray query parameters vary). */
const RUNS = { mutation: runs(15), query: runs(10), route: runs(12), noInput: runs(3) }

/** A stable seed per property, so adding a route does not reshuffle the others. */
const seedFor = (name: string) => (SEED ^ createHash('sha256').update(name).digest().readInt32LE(0)) | 0

// ------------------------------------------------------------------ values

const NUMERIC_TEXT = [
  '', '0', '-0', '-1', '1', '01', '2147483647', '2147483648', '-2147483649', '4294967296', '9007199254740993',
  '18446744073709551616', '1e3', '1e309', '1.5', '0x1f', ' 1', '1 ', '+1', 'NaN', 'Infinity', '-Infinity', 'null', 'true', '١٢',
]
const ODD_TEXT = [
  '\ud800', 'a\udfffb', '\udbff\udfff', '\ud83d', '\u2028\u2029', '\ufeff', '\uffff', '\u0085', 'e\u0301', '🏳️‍🌈', '\u202e',
  '%00', '%', '_', '\\', '"', "'", "' OR '1'='1", '--', '/*', '${x}', '{{x}}', '../../etc/passwd', '<script>alert(1)</script>',
  'SELECT 1;', 'undefined', '__proto__', 'constructor', ' ', '\t\n',
]

/** Hostile text: NUL, any code point (lone surrogates too), any Unicode, control characters, odd and numeric-looking strings, huge strings. */
const text: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 })).map(([a, b]) => `${a}\u0000${b}`) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: fc.integer({ min: 1, max: 0x1f }).map((c) => String.fromCharCode(c)), maxLength: 8 }) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD_TEXT) },
  { weight: 2, arbitrary: fc.constantFrom(...NUMERIC_TEXT) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(256, 4096, 70_000, 300_000), fc.constantFrom('x', 'é', '𝕏')).map(([n, c]) => c.repeat(n)) },
)
/** Text where a number is expected (query strings): the values that broke parsers first. */
const numericText = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('2147483648', '-1', '18446744073709551616', '1e3', '0x1f', '1.5') },
  { weight: 3, arbitrary: fc.constantFrom(...NUMERIC_TEXT) },
  { weight: 1, arbitrary: text },
)
/**
 * Plain values that pass the first checks (order keys and directions, platforms, the fixtures' names):
 * the fields around a hostile one (see `targeted`), so that it reaches the services and the database
 * instead of hiding behind another field's 400.
 */
const PLAIN_TEXT = [
  '', 'a', 'id', 'name', 'asc', 'desc', 'darwin', 'linux', 'ubuntu', 'windows', 'fuzz-pack', 'fuzz-query', 'fuzz-team',
  'fuzz-label', 'fuzz-host', ENROLL_SECRET, 'SELECT 1', 'admin@example.com', 'observer', 'maintainer', 'true', '1', '60',
]
/** Path segments: mostly plain (so the route is reached), a third hostile. */
const str = fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...PLAIN_TEXT) }, { weight: 1, arbitrary: text })
const key = fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), fc.constantFrom('__proto__', 'constructor', 'prototype', '', 'a.b', 'config', 'options', 'x\u0000'))

const BOUNDARY_NUMBERS = [
  0, -0, 1, -1, 2 ** 31 - 1, 2 ** 31, -(2 ** 31), -(2 ** 31) - 1, 2 ** 32, 2 ** 53 - 1, 2 ** 53, 2 ** 53 + 2, -(2 ** 53), 2 ** 64,
  1e308, -1e308, 5e-324, 0.5, -1.5, 100, 101, 604_800, 604_801,
]
/** Any JSON number: boundaries, 32-bit integers, doubles. */
const number = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...BOUNDARY_NUMBERS) },
  { weight: 2, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
)
/** A GraphQL Int (32-bit), boundaries first. */
const int32 = fc.oneof(fc.constantFrom(0, 1, -1, 2 ** 31 - 1, -(2 ** 31), 100, 101, 604_800, 604_801), fc.integer())
/** Ids as text: existing rows, zero, negative, past 2^31, not numbers at all. */
const idText = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 4 }).map(String) },
  { weight: 2, arbitrary: fc.constantFrom('0', '-1', '2147483647', '2147483648', '99999999999999', '184467440737095516160', '1.5', '1e3', 'abc', '', ' 1') },
  { weight: 1, arbitrary: text },
)
const nested = (depth: number): unknown => { let v: unknown = 1; for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v }; return v }
/** A value of the wrong JSON type for wherever it lands, now and then nested very deep. */
const oddJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null), fc.boolean(), number, text, fc.constant([]), fc.constant({}),
  fc.array(fc.oneof(number, text, fc.constant(null)), { maxLength: 3 }),
  fc.dictionary(key, fc.oneof(number, text), { maxKeys: 3 }),
  fc.constantFrom(150, 800).map(nested), // past the REST limit of 100; deeper would overflow this file's own JSON.stringify
)

/** Percent-encodes the UTF-8 bytes of a string (lone surrogates become U+FFFD, as any client would send them). */
const enc = (s: string) => [...Buffer.from(s, 'utf8')]
  .map((b) => (/[A-Za-z0-9\-_.~]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('')

// ------------------------------------------------------------------ input shapes, from GraphQL types and zod schemas

/** What an input accepts, whether a GraphQL input type or a zod schema (via JSON Schema) says it. */
type Shape =
  | { kind: 'string'; numeric?: boolean }
  | { kind: 'id' | 'int' | 'number' | 'boolean' | 'null' | 'json' | 'jsonObject' | 'date' }
  | { kind: 'enum'; values: unknown[] }
  | { kind: 'list'; of: Shape }
  | { kind: 'object'; fields: { name: string; shape: Shape; required: boolean }[]; extra?: Shape }
  | { kind: 'oneOf'; of: Shape[] }

function shapeOfGraphQL(type: GraphQLInputType, depth = 0): Shape {
  const inner = isNonNullType(type) ? type.ofType : type
  if (isListType(inner)) return { kind: 'list', of: shapeOfGraphQL(inner.ofType, depth + 1) }
  if (isEnumType(inner)) return { kind: 'enum', values: inner.getValues().map((v) => v.name) }
  if (isInputObjectType(inner)) {
    // input types may refer to themselves: past a few levels only required fields go on
    const fields = Object.values(inner.getFields()).filter((f) => depth < 4 || isNonNullType(f.type))
    return { kind: 'object', fields: fields.map((f) => ({ name: f.name, shape: shapeOfGraphQL(f.type, depth + 1), required: isNonNullType(f.type) && f.defaultValue === undefined })) }
  }
  const named: Record<string, Shape['kind']> = { String: 'string', ID: 'id', Int: 'int', Float: 'number', Boolean: 'boolean', DateTimeISO: 'date', JSONObject: 'jsonObject' }
  return { kind: named[getNamedType(inner).name] ?? 'json' } as Shape
}

type JsonSchema = Record<string, any>
const jsonSchema = (s: z.ZodType): JsonSchema => z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' }) as JsonSchema

function shapeOfJsonSchema(s: JsonSchema, depth = 0): Shape {
  const branches: JsonSchema[] | undefined = s.anyOf ?? s.oneOf
  if (branches) return { kind: 'oneOf', of: branches.map((b) => shapeOfJsonSchema(b, depth)) }
  if (s.enum) return { kind: 'enum', values: s.enum }
  const types: string[] = Array.isArray(s.type) ? s.type : s.type ? [s.type] : []
  const one = (t: string): Shape => {
    switch (t) {
      case 'string': return { kind: 'string', numeric: !!s.pattern }
      case 'integer': case 'number': return { kind: 'number' }
      case 'boolean': return { kind: 'boolean' }
      case 'null': return { kind: 'null' }
      case 'array': return { kind: 'list', of: shapeOfJsonSchema(s.items ?? {}, depth + 1) }
      case 'object': {
        const required = new Set<string>(s.required ?? [])
        const fields = Object.entries((s.properties ?? {}) as Record<string, JsonSchema>).map(([name, f]) => ({ name, shape: shapeOfJsonSchema(f, depth + 1), required: required.has(name) }))
        const extra = s.additionalProperties && typeof s.additionalProperties === 'object' ? shapeOfJsonSchema(s.additionalProperties, depth + 1)
          : s.additionalProperties === true ? { kind: 'json' as const } : undefined
        return { kind: 'object', fields, extra }
      }
      default: return { kind: 'json' }
    }
  }
  if (!types.length) return { kind: 'json' }
  return types.length === 1 ? one(types[0]) : { kind: 'oneOf', of: types.map(one) }
}

// ------------------------------------------------------------------ values for a shape

/** Benign values that pass the first checks, so that a hostile value next to them reaches the service. */
function plain(shape: Shape, depth = 0): fc.Arbitrary<unknown> {
  switch (shape.kind) {
    case 'string': return shape.numeric ? fc.constantFrom('0', '1', '10') : fc.constantFrom(...PLAIN_TEXT)
    case 'id': return fc.constantFrom('1', '2', '3')
    case 'int': case 'number': return fc.constantFrom(0, 1, 2, 60)
    case 'boolean': return fc.boolean()
    case 'null': return fc.constant(null)
    case 'json': case 'jsonObject': return fc.constant({})
    case 'date': return fc.constant(new Date(0).toISOString())
    case 'enum': return fc.constantFrom(...shape.values)
    case 'list': return fc.array(plain(shape.of, depth + 1), { maxLength: 1 })
    case 'oneOf': return plain(shape.of.find((b) => b.kind !== 'null') ?? shape.of[0], depth)
    // required fields only: an optional field left out takes its default, which passes
    case 'object': return fc.record(Object.fromEntries(shape.fields.filter((f) => f.required).map((f) => [f.name, plain(f.shape, depth + 1)])))
  }
}

/** A hostile leaf value, or for a container one hostile value somewhere inside it; now and then the wrong JSON type. */
function hostile(shape: Shape, depth = 0): fc.Arbitrary<unknown> {
  const wrongType = { weight: 1, arbitrary: oddJson }
  const leaf = (a: fc.Arbitrary<unknown>) => fc.oneof({ weight: 12, arbitrary: a }, wrongType)
  switch (shape.kind) {
    case 'string': return leaf(shape.numeric ? numericText : text)
    case 'id': return leaf(idText)
    case 'int': return leaf(fc.oneof({ weight: 3, arbitrary: int32 }, { weight: 1, arbitrary: number }))
    case 'number': return leaf(number)
    case 'boolean': case 'null': return oddJson
    case 'date': return leaf(text)
    case 'enum': return leaf(text)
    case 'json': case 'jsonObject': return leaf(fc.dictionary(key, fc.oneof(text, number, fc.dictionary(key, text, { maxKeys: 2 })), { minKeys: 1, maxKeys: 3 }))
    case 'oneOf': return fc.oneof(...shape.of.map((b) => hostile(b, depth)))
    case 'list': return depth > 4 ? oddJson : fc.oneof(
      { weight: 6, arbitrary: fc.tuple(fc.array(plain(shape.of), { maxLength: 2 }), hostile(shape.of, depth + 1)).map(([ok, bad]) => [...ok, bad]) },
      wrongType,
    )
    case 'object': return depth > 4 ? oddJson : fc.oneof({ weight: 6, arbitrary: targeted(shape, depth) }, wrongType)
  }
}

/**
 * An object whose required fields are plain and one field (required or not) hostile: one hostile
 * value per input, so that it is not hidden behind another field's 400. A third of the time a mix,
 * where every field is plain or hostile and optional fields come and go.
 */
function targeted(shape: Extract<Shape, { kind: 'object' }>, depth = 0): fc.Arbitrary<Record<string, unknown>> {
  const base = plain(shape) as fc.Arbitrary<Record<string, unknown>>
  const one = shape.fields.map((f) => fc.tuple(base, hostile(f.shape, depth + 1)).map(([b, bad]) => ({ ...b, [f.name]: bad })))
  if (shape.extra) one.push(fc.tuple(base, key, hostile(shape.extra, depth + 1)).map(([b, k, bad]) => ({ [k]: bad, ...b })))
  const mix = fc.record(Object.fromEntries(shape.fields.map((f) => [f.name, fc.oneof(plain(f.shape), hostile(f.shape, depth + 1))])),
    { requiredKeys: shape.fields.filter((f) => f.required).map((f) => f.name) })
  if (!one.length) return fc.oneof(base, mix)
  // the mix finds failures that need two values together (a negative page with a page size)
  return fc.oneof({ weight: 2, arbitrary: fc.oneof(...one) }, { weight: 1, arbitrary: mix })
}

/** One operation calling `field` with every argument as a variable, selecting only __typename from composite results. */
function operationFor(kind: 'mutation' | 'query', field: GraphQLField<unknown, unknown>): string {
  const vars = field.args.map((a, i) => `$a${i}: ${String(a.type)}`).join(', ')
  const args = field.args.map((a, i) => `${a.name}: $a${i}`).join(', ')
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : ''
  return `${kind} Fuzz${vars ? `(${vars})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`
}

/** Variables $a0…$aN for the field's arguments: the arguments as one object, one of them hostile. */
function variablesFor(field: GraphQLField<unknown, unknown>): fc.Arbitrary<Record<string, unknown>> {
  const args: Shape = {
    kind: 'object',
    fields: field.args.map((a, i) => ({ name: `a${i}`, shape: shapeOfGraphQL(a.type), required: isNonNullType(a.type) && a.defaultValue === undefined })),
  }
  return targeted(args)
}

interface RestRequest { url: string; body?: { type: string; text: string } }

/** Path, query string and body for one route: its schemas where it declares them, odd values where it does not. */
function restRequest(route: Route): fc.Arbitrary<RestRequest> {
  const shape = route.endpoint.request ?? {}
  const segment = (name: string) => {
    if (name === 'version') return fc.oneof({ weight: 20, arbitrary: fc.constantFrom('v1', 'latest', '2022-04') }, { weight: 1, arbitrary: fc.constantFrom('v7', '') })
    if (name === 'id') return idText.map(enc)
    if (name === 'token') return fc.oneof(fc.constant(DEVICE_TOKEN), text.map(enc))
    if (name === 'kind') return fc.oneof(fc.constantFrom('pkg', 'msi', 'deb', 'rpm'), text.map(enc))
    return str.map(enc)
  }
  const names = [...route.path.matchAll(/:(\w+)/g)].map((m) => m[1])
  const pathArb = fc.tuple(...names.map(segment)).map((values) => names.reduce((p, n, i) => p.replace(`:${n}`, values[i]), route.path))
  const query = shape.query ? shapeOfJsonSchema(jsonSchema(shape.query)) : undefined
  const queryArb = fc.tuple(
    query?.kind === 'object' ? targeted(query) : fc.constant({}),
    fc.oneof({ weight: 4, arbitrary: fc.constant({}) }, { weight: 1, arbitrary: fc.dictionary(key, text, { maxKeys: 1 }) }),
  ).map(([known, stray]) => Object.entries({ ...stray, ...known }).map(([k, v]) => `${enc(k)}=${enc(typeof v === 'string' ? v : JSON.stringify(v) ?? '')}`).join('&'))
  const body = shape.body ? shapeOfJsonSchema(jsonSchema(shape.body)) : undefined
  const bodyArb: fc.Arbitrary<RestRequest['body']> = body
    ? (body.kind === 'object' ? fc.oneof({ weight: 8, arbitrary: targeted(body) }, { weight: 1, arbitrary: oddJson }) : hostile(body)).map((v) => (shape.bodyType === 'form'
      ? { type: 'application/x-www-form-urlencoded', text: Object.entries(v && typeof v === 'object' ? v : { value: v }).map(([k, x]) => `${enc(k)}=${enc(typeof x === 'string' ? x : JSON.stringify(x) ?? '')}`).join('&') }
      : { type: 'application/json', text: JSON.stringify(v) ?? 'null' }))
    : ['post', 'patch', 'put'].includes(route.method)
      ? fc.option(oddJson.map((v) => ({ type: 'application/json', text: JSON.stringify(v) ?? 'null' })), { nil: undefined })
      : fc.constant(undefined)
  return fc.tuple(pathArb, queryArb, bodyArb).map(([p, q, body]) => ({ url: q ? `${p}?${q}` : p, body }))
}

// ------------------------------------------------------------------ checks

/** BODY_LIMIT_BYTES's default, which the stack here runs with. */
const BODY_LIMIT_BYTES = 1024 * 1024
/** Node's limit on a request's line and headers. */
const HEADER_LIMIT_BYTES = 16 * 1024
let DEVICE_TOKEN = 'not-set-up-yet'
const tally = { graphql: 0, graphqlReached: 0, rest: 0, byStatus: new Map<number, number>(), interrupted: [] as string[] }
/** The server's log lines for a uuid (set once the stack runs): a failure shows what the server saw. */
let logFor: (uuid: unknown) => string = () => ''

/** A 503 is allowed only as the documented answer to a dependency being down (Fleet's shape, Retry-After). */
const isDocumented503 = (status: number, headers: Headers, body: any) =>
  status === 503 && !!headers.get('retry-after') && typeof body?.message === 'string'

function checkRest(route: Route, req: RestRequest, status: number, headers: Headers, raw: string) {
  tally.rest++
  tally.byStatus.set(status, (tally.byStatus.get(status) ?? 0) + 1)
  let body: any
  try { body = raw ? JSON.parse(raw) : undefined } catch { body = raw }
  const what = `${route.method.toUpperCase()} ${req.url.slice(0, 300)} ${req.body?.text.slice(0, 300) ?? ''} → ${status}: ${raw.slice(0, 500)}`
  assert.ok(status < 500 || isDocumented503(status, headers, body), `5xx: ${what}\n${logFor(body?.uuid)}`)
  if (status < 400 || route.method === 'head') return
  // Node's HTTP parser refuses a request line and headers over 16 KiB (431) or a bad URL before any
  // handler runs, without a body (docs/compat.md, "Bad input").
  if ((status === 431 || status === 414 || status === 400) && raw === '') return
  const osqueryStyle = route.errors === 'osquery' || (status === 401 && body?.node_invalid === true)
  if (route.errors === 'kibana') {
    assert.deepEqual(Object.keys(body ?? {}).sort(), ['error', 'message', 'statusCode'], `not Kibana's Boom shape: ${what}`)
    assert.equal(body.statusCode, status, `Boom statusCode is not the status: ${what}`)
  } else if (osqueryStyle) {
    assert.equal(typeof body?.error, 'string', `not osquery's error shape: ${what}`)
    assert.match(body.uuid, /^[0-9a-f-]{36}$/, `no uuid: ${what}`)
  } else {
    try { assertFleetError(body) } catch (e) { throw new Error(`not Fleet's error shape (${(e as Error).message}): ${what}`) }
  }
}

function checkGraphQL(label: string, variables: unknown, status: number, raw: string) {
  tally.graphql++
  let body: any
  try { body = JSON.parse(raw) } catch { body = undefined }
  const what = () => `${label} ${JSON.stringify(variables).slice(0, 300)} → ${status}: ${raw.slice(0, 500)}`
  assert.ok(status < 500, `5xx: ${what()}`)
  assert.ok(body && typeof body === 'object', `not JSON: ${what()}`)
  if (body.data && Object.values(body.data).some((v) => v !== null)) tally.graphqlReached++
  else if (body.errors?.some((e: any) => e.path)) tally.graphqlReached++
  for (const e of body.errors ?? []) {
    assert.equal(typeof e.message, 'string', `error without message: ${what()}`)
    const code = e.extensions?.code
    // The one exception to "every error has a code": graphql-js's variable coercion errors, which the
    // gateway runtime answers before execution, as the GraphQL spec's request errors (no path, no data).
    if (code === undefined && !e.path && !body.data && VARIABLE_COERCION_ERROR.test(e.message)) continue
    assert.equal(typeof code, 'string', `error without extensions.code: ${what()}`)
    assert.notEqual(code, 'INTERNAL_SERVER_ERROR', `masked 500: ${what()}\n${logFor(e.extensions?.uuid)}`)
    assert.ok(lookupCode(code).httpStatus < 500, `code ${code} is not a registered 4xx: ${what()}`)
  }
}

/** fast-check's report, with the seed and replay path first and long counterexamples cut. */
async function check<T>(name: string, arb: fc.Arbitrary<T>, runs: number, predicate: (v: T) => Promise<void>) {
  // Shrinking a failure may take many requests: 60 s bounds a property whatever happens (a passing one
  // takes a few seconds; one cut short counts as passing and is listed in the summary).
  const out = await fc.check(fc.asyncProperty(arb, predicate), { seed: seedFor(name), numRuns: runs, interruptAfterTimeLimit: 60_000 })
  if (out.interrupted) tally.interrupted.push(name)
  if (!out.failed) return
  const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…` : s)
  const report = fc.defaultReportMessage(out) ?? 'property failed'
  const error = out.errorInstance instanceof Error ? out.errorInstance.message : String(out.errorInstance)
  assert.fail(`${name}: ${cut(error, 2000)}\n${cut(report, 4000)}\n(replay with FUZZ_SEED=${SEED}; property seed ${out.seed}, path "${out.counterexamplePath}")`)
}

// ------------------------------------------------------------------ the run

const schema = buildSchema(readFileSync(path.join(ROOT, 'gateway/supergraph.graphql'), 'utf8'))
const mutations = Object.values(schema.getMutationType()!.getFields())
const queries = Object.values(schema.getQueryType()!.getFields()).filter((f) => f.args.length > 0)

describe('bad input never answers 5xx (property-based)', () => {
  let stack: TestStack
  let base: string
  let admin: string
  /** logout revokes the session it is called with: it gets its own, so the admin's token survives. */
  let disposable: string

  before(async () => {
    stack = await startIsolatedStack({ LICENSE_TIER: 'premium' })
    base = stack.url
    logFor = (uuid) => (typeof uuid === 'string' ? stack.logs().split('\n').filter((l) => l.includes(uuid)).join('\n').slice(0, 3000) : '')
    admin = (await setupInstance(base)).token
    disposable = (await createUser(base, admin, 'observer')).token
    // rows for small ids and known names to land on
    await doJSON(base, 'POST', '/api/v1/fleet/spec/queries', { specs: [{ name: 'fuzz-query', query: 'SELECT 1' }] }, 200, admin)
    await doJSON(base, 'POST', '/api/v1/fleet/spec/teams', { specs: [{ name: 'fuzz-team' }] }, 200, admin)
    await doJSON(base, 'POST', '/api/v1/fleet/spec/labels', { specs: [{ name: 'fuzz-label', query: 'SELECT 1', platform: 'ubuntu' }] }, 200, admin)
    await doJSON(base, 'POST', '/api/v1/fleet/packs', { name: 'fuzz-pack', host_ids: [] }, 200, admin)
    await enrollHost(base, 'fuzz-host')
    const orbit = await doJSON(base, 'POST', '/api/fleet/orbit/enroll', { enroll_secret: ENROLL_SECRET, hardware_uuid: 'uuid-fuzz-host' }, 200)
    DEVICE_TOKEN = 'fuzz-device-token-0001'
    await doJSON(base, 'POST', '/api/fleet/orbit/device_token', { orbit_node_key: orbit.body.orbit_node_key, device_auth_token: DEVICE_TOKEN }, 200)
  })
  after(async () => {
    const statuses = [...tally.byStatus].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(' ')
    console.log(`fuzz: ${mutations.length} mutations and ${queries.length} query fields (${tally.graphql} operations, ${tally.graphqlReached} reached a resolver), `
      + `${ROUTES.length} routes (${tally.rest} requests: ${statuses}); seed ${SEED}, runs ${JSON.stringify(RUNS)}`
      + (tally.interrupted.length ? `; cut short at 60 s: ${tally.interrupted.join(', ')}` : ''))
    await stack.stop()
  })

  async function graphql(kind: 'mutation' | 'query', field: GraphQLField<unknown, unknown>) {
    const query = operationFor(kind, field)
    const label = `${kind} ${field.name}`
    const n = !field.args.length ? 1 : kind === 'mutation' ? RUNS.mutation : RUNS.query
    await check(label, variablesFor(field), n, async (variables) => {
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${field.name === 'logout' ? disposable : admin}` },
        body: JSON.stringify({ query, variables }),
      })
      checkGraphQL(label, variables, res.status, await res.text())
    })
  }

  describe('GraphQL mutations, arguments generated from the supergraph', () => {
    for (const field of mutations) it(`mutation ${field.name}(${field.args.map((a) => `${a.name}: ${a.type}`).join(', ')})`, () => graphql('mutation', field))
  })

  describe('GraphQL query fields with arguments', () => {
    for (const field of queries) it(`query ${field.name}(${field.args.map((a) => `${a.name}: ${a.type}`).join(', ')})`, () => graphql('query', field))
  })

  describe('REST routes, inputs generated from their zod schemas', () => {
    for (const route of ROUTES) {
      const label = `${route.method.toUpperCase()} ${route.path}`
      it(label, async () => {
        const token = /\/logout$/.test(route.path) ? disposable : admin
        const shape = route.endpoint.request
        const n = shape?.params || shape?.query || shape?.body ? RUNS.route : RUNS.noInput
        await check(label, restRequest(route), n, async (req) => {
          let res: Response
          try {
            res = await fetch(base + req.url, {
              method: route.method.toUpperCase(),
              redirect: 'manual', // 303/307 are answers here (SSO, transparency link), not links to follow
              headers: { authorization: `Bearer ${token}`, ...(req.body ? { 'content-type': req.body.type } : {}) },
              body: req.body?.text,
            })
          } catch (e) {
            // A body over the limit is refused (413) and the connection closed while the client may still
            // be sending it: the client can see the reset before the answer.
            if (Buffer.byteLength(req.body?.text ?? '') > BODY_LIMIT_BYTES) return
            // Likewise a request line over Node's 16 KiB header limit (431, then the connection is closed).
            if (req.url.length > HEADER_LIMIT_BYTES) return
            throw e
          }
          checkRest(route, req, res.status, res.headers, await res.text())
        })
      })
    }
  })
})
