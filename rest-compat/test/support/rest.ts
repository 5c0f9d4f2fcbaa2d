// Contract-test harness for the REST layer: the real Koa app (createRestApp,
// every route of the route table) in front of a fake executor that records
// each GraphQL operation REST sends and answers it with a canned result.
//
// The fake is strict where the real gateway would be: every operation must be
// a named document valid against the public API schema (api-schema.graphql)
// and its variables must coerce to the operation's declared types, so a test
// that passes here sends something the gateway accepts. Canned answers are
// typed by the generated documents, so a result that could not come back from
// the operation does not compile (`npm run typecheck -w @fleetgraph/rest-compat`
// checks these tests too).
//
// Every JSON answer is also checked against the route's response in the OpenAPI document made from
// the route table (src/openapi.ts): a mapper that drifts from its schema fails here, with the
// canned data of whichever test exercises it.
//
// Style of Fleet's integration tests (server/service/testing_utils.go):
//   const body = await rest.doJSON('GET', '/api/latest/fleet/me', undefined, 200)
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import type { TypedDocumentNode } from '@graphql-typed-document-node/core'
import { buildSchema, getOperationAST, getVariableValues, GraphQLError, parse, validate } from 'graphql'
import { createRestApp } from '../../src/app.js'
import type { GraphQLRequest, GraphQLResponse, GraphQLResponseError } from '../../src/executor.js'
import { openApiDocument } from '../../src/openapi.js'
import { describeErrors, openApiContract, type OpenApiDoc } from './openapi.js'

const schema = buildSchema(readFileSync(path.resolve(__dirname, '../../api-schema.graphql'), 'utf8'))
const contract = openApiContract(JSON.parse(JSON.stringify(openApiDocument())) as OpenApiDoc)

/** Asserts a JSON answer matches what the OpenAPI document says of its route and status (unrouted paths are not described). */
export function assertDocumented(method: string, urlPath: string, status: number, body: unknown) {
  if (!contract.templateOf(method, urlPath)) return
  const c = contract.check(method, urlPath, status, body)
  assert.equal(c.errors.length, 0, `${method} ${urlPath} → ${status} does not match ${c.template} ${c.response} in the OpenAPI document:\n${describeErrors(c.errors)}\n${JSON.stringify(body)}`)
}

/** One GraphQL request as REST sent it. */
export interface SentOperation {
  operationName: string
  variables: Record<string, unknown> | undefined
  authorization: string | undefined
  query: string
}

/** Fleet's error body. */
export interface FleetErrorBody { message: string; errors: { name: string; reason: string }[]; uuid: string }

type Answer = GraphQLResponse | ((variables: Record<string, unknown> | undefined) => GraphQLResponse)

export const BEARER = 'Bearer contract-test-token'

export interface RestHarness {
  /** Every operation sent since the last reset, in order. */
  readonly sent: SentOperation[]
  /** What REST logged (500s carry their uuid here). */
  readonly logged: Record<string, unknown>[]
  /** The next (and every later) `doc` answers `data`; a function sees the variables. */
  answer<TData>(doc: TypedDocumentNode<TData, never>, data: TData | ((variables: Record<string, unknown> | undefined) => TData)): void
  /** `doc` fails with these errors, as the gateway forwards a subgraph's (e.g. the registry's `notFound('pack', 9)`). */
  fail(doc: TypedDocumentNode<unknown, never>, ...errors: (GraphQLError | GraphQLResponseError)[]): void
  /** Forgets the answers and what was sent. */
  reset(): void
  /** A request with a JSON body (or none); asserts the status and returns the parsed JSON body. */
  doJSON<T = Record<string, unknown>>(method: string, urlPath: string, body: unknown, expectedStatus: number, headers?: Record<string, string>): Promise<T>
  /** A raw request (the body as text); asserts the status and returns the response (for 204, 303, 307, HEAD, forms, attachments). */
  doRaw(method: string, urlPath: string, body: string | undefined, expectedStatus: number, headers?: Record<string, string>): Promise<Response>
  /** Asserts exactly these operations were sent (names and variables), then forgets them. */
  expectSent(expected: { operationName: string; variables?: Record<string, unknown> }[]): SentOperation[]
  close(): Promise<void>
}

export const operationName = (doc: TypedDocumentNode<unknown, never>) => {
  const name = getOperationAST(doc)?.name?.value
  if (!name) throw new Error('documents in these tests are named operations')
  return name
}

export async function restHarness(opts: { bodyLimitBytes?: number } = {}): Promise<RestHarness> {
  const sent: SentOperation[] = []
  const logged: Record<string, unknown>[] = []
  const answers = new Map<string, Answer>()

  async function execute(req: GraphQLRequest): Promise<GraphQLResponse> {
    const doc = parse(req.query)
    const errors = validate(schema, doc)
    if (errors.length) throw new Error(`REST sent an invalid operation: ${errors.map((e) => e.message).join('; ')}\n${req.query}`)
    const op = getOperationAST(doc, req.operationName)
    const name = op?.name?.value
    if (!op || !name) throw new Error(`REST sent an operation without a name:\n${req.query}`)
    if (req.operationName !== undefined && req.operationName !== name) throw new Error(`operationName ${req.operationName} names no operation in the document`)
    const coerced = getVariableValues(schema, op.variableDefinitions ?? [], req.variables ?? {})
    if (coerced.errors) throw new Error(`REST sent variables ${name} does not accept: ${coerced.errors.map((e) => e.message).join('; ')}`)
    sent.push({ operationName: name, variables: req.variables, authorization: req.authorization, query: req.query })
    const a = answers.get(name)
    if (!a) throw new Error(`no canned answer for ${name}`)
    return typeof a === 'function' ? a(req.variables) : a
  }

  const app = createRestApp({ execute, bodyLimitBytes: opts.bodyLimitBytes ?? 1024 * 1024, log: (f) => logged.push(f) })
  const server: Server = app.listen(0, '127.0.0.1')
  await new Promise<void>((resolve) => server.once('listening', () => resolve()))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  async function doRaw(method: string, urlPath: string, body: string | undefined, expectedStatus: number, headers: Record<string, string> = {}) {
    const res = await fetch(base + urlPath, { method, body, headers: { authorization: BEARER, ...headers }, redirect: 'manual' })
    if (res.status !== expectedStatus) {
      const text = await res.text()
      assert.fail(`${method} ${urlPath}: expected ${expectedStatus}, got ${res.status}: ${text}`)
    }
    return res
  }

  return {
    sent,
    logged,
    answer(doc, data) {
      answers.set(operationName(doc), typeof data === 'function'
        ? (v) => ({ data: (data as (v: Record<string, unknown> | undefined) => unknown)(v) })
        : { data })
    },
    fail(doc, ...errors) {
      answers.set(operationName(doc), { data: null, errors: errors.map((e) => (e instanceof GraphQLError ? e.toJSON() : e)) })
    },
    reset() { sent.length = 0; logged.length = 0; answers.clear() },
    async doJSON<T>(method: string, urlPath: string, body: unknown, expectedStatus: number, headers: Record<string, string> = {}) {
      const res = await doRaw(method, urlPath, body === undefined ? undefined : JSON.stringify(body), expectedStatus, { 'content-type': 'application/json', ...headers })
      assert.match(res.headers.get('content-type') ?? '', /^application\/json/)
      const json = await res.json() as T
      assertDocumented(method, urlPath, res.status, json)
      return json
    },
    doRaw,
    expectSent(expected) {
      const got = sent.splice(0)
      assert.deepEqual(got.map((s) => ({ operationName: s.operationName, variables: s.variables })),
        expected.map((e) => ({ operationName: e.operationName, variables: e.variables })))
      return got
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** Asserts Fleet's error shape with this status, message and field errors; returns the body. */
export function assertFleetError(body: unknown, message: string, errors: { name: string; reason: string }[]): FleetErrorBody {
  const b = body as FleetErrorBody
  assert.equal(b.message, message)
  assert.deepEqual(b.errors, errors)
  assert.match(b.uuid, /^[0-9a-f-]{36}$/)
  assert.deepEqual(Object.keys(b).sort(), ['errors', 'message', 'uuid'])
  return b
}
