// The OpenAPI document made from the route table: every route describes its answer, the document
// is valid OpenAPI 3.1, and each route is one operation with its parameters, tag and error shape.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { z } from 'zod'
import { Validator } from '@seriousme/openapi-schema-validator'
import { describesAnswer, endpoint, reads } from './endpoint.js'
import { operation } from './executor.js'
import { MeDocument } from './generated/graphql.js'
import { openApiDocument, openApiPath, OTHER_TAG, tagOf } from './openapi.js'
import { ROUTES, type Route } from './routes.js'

/** As served and committed: JSON (undefined members dropped). */
const doc = JSON.parse(JSON.stringify(openApiDocument())) as ReturnType<typeof openApiDocument>
type Operation = { operationId: string; tags: string[]; parameters?: { in: string; name: string; required?: boolean }[]; responses: Record<string, unknown>; security?: unknown[] }
const operationOf = (r: Pick<Route, 'method' | 'path'>) => (doc.paths?.[openApiPath(r.path)] as Record<string, Operation> | undefined)?.[r.method]

describe('the OpenAPI document of the route table', () => {
  it('has every route say what a successful answer is (a response schema, a status without body, or a file type)', () => {
    const undescribed = ROUTES.filter((r) => !describesAnswer(r.endpoint.request, r.method)).map((r) => `${r.method.toUpperCase()} ${r.path}`)
    assert.deepEqual(undescribed, [], 'declare `response` (JSON), `status` (204, 303, 307; 200 on HEAD) or `responseType` (a file) on these endpoints')
  })

  it('notices a route that does not (the check above can fail)', () => {
    const me = operation(MeDocument)
    assert.equal(describesAnswer(reads({}, () => async () => {}).request, 'get'), false)
    assert.equal(describesAnswer(reads({ status: 200 }, () => async () => {}).request, 'get'), false, 'a 200 with no body is only for HEAD')
    assert.equal(describesAnswer(endpoint({ document: me }).request, 'post'), true, 'an endpoint without respond answers 204')
    assert.equal(describesAnswer(endpoint({ document: me, response: z.object({}), respond: () => ({}) }).request, 'get'), true)
  })

  it('is a valid OpenAPI 3.1 document', async () => {
    const result = await new Validator().validate(doc as Record<string, unknown>)
    assert.equal(result.valid, true, JSON.stringify(result.errors, null, 2))
    assert.equal(doc.openapi, '3.1.0')
  })

  it('has one operation per route, with a unique operationId', () => {
    const missing = ROUTES.filter((r) => !operationOf(r)).map((r) => `${r.method} ${r.path}`)
    assert.deepEqual(missing, [])
    const ids = ROUTES.map((r) => operationOf(r)!.operationId)
    assert.equal(new Set(ids).size, ids.length)
  })

  it('tags every route with its area (TAGS in openapi.ts names each area)', () => {
    assert.deepEqual(ROUTES.filter((r) => tagOf(r.path) === OTHER_TAG).map((r) => r.path), [])
    assert.equal(tagOf('/api/latest/fleet/packs/7'), 'Packs')
    assert.equal(tagOf('/api/fleet/orbit/enroll'), 'Orbit')
    assert.equal(tagOf('/api/fleet/agent_policies'), 'Kibana Fleet', "a new Kibana route is tagged by its path")
    assert.equal(tagOf('/api/osquery/live_queries'), 'Kibana Osquery')
  })

  it('declares every path parameter (wildcards included), each required; :version is the enum of API versions, :id numeric', () => {
    for (const r of ROUTES) {
      const names = [...r.path.matchAll(/[:*](\w+)/g)].map((m) => m[1]).sort()
      const op = operationOf(r)!
      const params = (op.parameters ?? []).map((p) => ('$ref' in p ? doc.components!.parameters![String(p.$ref).split('/').pop()!] as typeof p : p))
      const inPath = params.filter((p) => p.in === 'path')
      assert.deepEqual(inPath.map((p) => p.name).sort(), names, `${r.method} ${r.path}`)
      assert.ok(inPath.every((p) => p.required), `${r.method} ${r.path}: a path parameter is not required`)
    }
    assert.deepEqual(doc.components?.parameters?.ApiVersion, {
      in: 'path', name: 'version', required: true, description: 'The API version: all three answer the same',
      schema: { type: 'string', enum: ['v1', '2022-04', 'latest'], description: 'The API version: all three answer the same' },
    })
  })

  it("answers errors in the route's shape: Fleet's, osquery's on agent routes, Kibana's on Kibana's paths", () => {
    const errorsOf = (method: Route['method'], path: string) => operationOf({ method, path })!.responses
    assert.deepEqual(errorsOf('get', '/api/:version/fleet/me')['4XX'], { $ref: '#/components/responses/FleetClientError' })
    assert.deepEqual(errorsOf('post', '/api/fleet/orbit/enroll')['4XX'], { $ref: '#/components/responses/OsqueryClientError' })
    assert.deepEqual(errorsOf('get', '/api/fleet/agents/setup')['5XX'], { $ref: '#/components/responses/KibanaServerError' })
    // The orbit device-token route answers its 401 in osquery's shape, its other errors in Fleet's.
    const deviceToken = errorsOf('post', '/api/fleet/orbit/device_token')
    assert.deepEqual((deviceToken['401'] as { content: unknown }).content, { 'application/json': { schema: { $ref: '#/components/schemas/OsqueryError' } } })
    assert.deepEqual(deviceToken['4XX'], { $ref: '#/components/responses/FleetClientError' })
  })

  it('asks for the bearer token by default, nothing on public routes, and Kibana credentials on Kibana routes', () => {
    assert.deepEqual(doc.security, [{ bearerAuth: [] }])
    assert.equal(operationOf({ method: 'get', path: '/api/:version/fleet/me' })!.security, undefined)
    assert.deepEqual(operationOf({ method: 'post', path: '/api/:version/fleet/login' })!.security, [])
    assert.deepEqual(operationOf({ method: 'get', path: '/api/:version/fleet/device/:token' })!.security, [])
    assert.deepEqual(operationOf({ method: 'get', path: '/api/fleet/agents/setup' })!.security, [{ bearerAuth: [] }, { kibanaApiKey: [] }, { basicAuth: [] }])
    assert.deepEqual(Object.keys(doc.components?.securitySchemes ?? {}).sort(), ['basicAuth', 'bearerAuth', 'kibanaApiKey'])
  })

  it('describes non-JSON answers: 204, redirects with Location, files, HEAD headers', () => {
    const responses = (method: Route['method'], path: string) => operationOf({ method, path })!.responses as Record<string, Record<string, unknown>>
    assert.deepEqual(responses('post', '/api/:version/fleet/mdm/apple/profiles/batch')['204'], { description: 'No Content' })
    assert.ok((responses('post', '/api/:version/fleet/mdm/sso/callback')['303'].headers as Record<string, unknown>).Location)
    assert.deepEqual(responses('post', '/api/:version/fleet/download_installer/:kind')['200'].content, { 'application/octet-stream': {} })
    assert.ok((responses('head', '/api/:version/fleet/download_installer/:kind')['200'].headers as Record<string, unknown>)['Content-Length'])
  })

  it('is the same document each time it is made (the committed file can be checked against it)', () => {
    assert.equal(JSON.stringify(openApiDocument()), JSON.stringify(doc))
  })
})
