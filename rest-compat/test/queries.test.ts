// REST contract: query specs (spec "Get or apply configuration files" — queries).
import { after, before, beforeEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { notFound, validationFailed } from '@fleetgraph/subgraph-kit/errors'
import { ApplyQuerySpecsDocument, QuerySpecDocument, QuerySpecsDocument } from '../src/generated/graphql.js'
import { assertFleetError, restHarness, type RestHarness } from './support/rest.js'

describe('REST query specs', () => {
  let rest: RestHarness
  before(async () => { rest = await restHarness() })
  after(() => rest.close())
  beforeEach(() => rest.reset())

  it('GET /spec/queries lists {name, description, query}', async () => {
    rest.answer(QuerySpecsDocument, { savedQueryList: [{ name: 'uptime', description: '', query: 'SELECT * FROM uptime' }] })
    assert.deepEqual(await rest.doJSON('GET', '/api/latest/fleet/spec/queries', undefined, 200),
      { specs: [{ name: 'uptime', description: '', query: 'SELECT * FROM uptime' }] })
    rest.expectSent([{ operationName: 'QuerySpecs', variables: undefined }])
  })

  it('GET /spec/queries/{name} answers one spec (an object, as Fleet); NOT_FOUND is a 404', async () => {
    rest.answer(QuerySpecDocument, { savedQuery: { name: 'a b', description: 'd', query: 'SELECT 1' } })
    assert.deepEqual(await rest.doJSON('GET', '/api/latest/fleet/spec/queries/a%20b', undefined, 200),
      { specs: { name: 'a b', description: 'd', query: 'SELECT 1' } })
    rest.expectSent([{ operationName: 'QuerySpec', variables: { name: 'a b' } }])
    rest.fail(QuerySpecDocument, notFound('query', 'nope'))
    assertFleetError(await rest.doJSON('GET', '/api/latest/fleet/spec/queries/nope', undefined, 404),
      'Resource Not Found', [{ name: 'base', reason: 'query nope was not found in the datastore' }])
  })

  it('POST /spec/queries applies the specs, with fleetctl\'s QuerySpec fields; missing ones as null', async () => {
    rest.answer(ApplyQuerySpecsDocument, { applyQuerySpecs: true })
    assert.deepEqual(await rest.doJSON('POST', '/api/latest/fleet/spec/queries', {
      specs: [
        { name: 'uptime', query: 'SELECT * FROM uptime' },
        { name: 'os', description: 'OS', query: 'SELECT * FROM os_version', platform: 'linux', interval: 60, observer_can_run: true, min_osquery_version: '5.0', logging: '', team: '', automations_enabled: false },
      ],
    }, 200), {})
    const unset = { interval: null, platform: null, minOsqueryVersion: null, logging: null, observerCanRun: null }
    rest.expectSent([{ operationName: 'ApplyQuerySpecs', variables: { specs: [
      { name: 'uptime', description: null, query: 'SELECT * FROM uptime', ...unset },
      { name: 'os', description: 'OS', query: 'SELECT * FROM os_version', interval: 60, platform: 'linux', minOsqueryVersion: '5.0', logging: '', observerCanRun: true },
    ] } }])
  })

  it('refuses specs without a query or with a name past 255 characters (400) before any operation; the service\'s 422 passes through', async () => {
    assert.equal((await rest.doJSON<{ errors: { name: string }[] }>('POST', '/api/latest/fleet/spec/queries', { specs: [{ name: 'x' }] }, 400)).errors[0].name, 'specs.0.query')
    assert.equal((await rest.doJSON<{ errors: { name: string }[] }>('POST', '/api/latest/fleet/spec/queries', { specs: [{ name: 'x'.repeat(256), query: 'q' }] }, 400)).errors[0].name, 'specs.0.name')
    assert.deepEqual(rest.sent, [])
    rest.fail(ApplyQuerySpecsDocument, validationFailed([{ name: 'query', reason: 'query is not valid SQL' }]))
    assertFleetError(await rest.doJSON('POST', '/api/latest/fleet/spec/queries', { specs: [{ name: 'x', query: 'SELEC' }] }, 422),
      'Validation Failed', [{ name: 'query', reason: 'query is not valid SQL' }])
  })
})
