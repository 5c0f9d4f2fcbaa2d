// REST contract: Setup (POST /api/v1/setup, and the unversioned /api/setup):
// works once; afterwards the service answers 404, as Fleet.
import { after, before, beforeEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { FleetError } from '@fleetgraph/subgraph-kit/errors'
import { SetupDocument } from '../src/generated/graphql.js'
import { assertFleetError, restHarness, type RestHarness } from './support/rest.js'
import { fleetUser, user } from './support/fixtures.js'

describe('REST setup', () => {
  let rest: RestHarness
  before(async () => { rest = await restHarness() })
  after(() => rest.close())
  beforeEach(() => rest.reset())

  it('POST /api/v1/setup maps Fleet\'s setup body to SetupInput and answers without echoing the enroll secret', async () => {
    rest.answer(SetupDocument, { setup: { token: 'tok-0', serverUrl: 'https://fleet.example.com', orgInfo: { orgName: 'Acme', orgLogoUrl: '' }, admin: user() } })
    const body = await rest.doJSON('POST', '/api/v1/setup', {
      admin: { admin: true, email: 'admin@example.com', name: 'Admin', password: 'pw!', password_confirmation: 'pw!' },
      org_info: { org_name: 'Acme' }, server_url: 'https://fleet.example.com', osquery_enroll_secret: 's3cret',
    }, 200)
    rest.expectSent([{
      operationName: 'Setup',
      variables: { input: {
        admin: { name: 'Admin', email: 'admin@example.com', password: 'pw!', passwordConfirmation: 'pw!' },
        orgInfo: { orgName: 'Acme', orgLogoUrl: null }, serverUrl: 'https://fleet.example.com', osqueryEnrollSecret: 's3cret',
      } },
    }])
    assert.deepEqual(body, { admin: fleetUser, org_info: { org_name: 'Acme', org_logo_url: '' }, server_url: 'https://fleet.example.com', osquery_enroll_secret: null, token: 'tok-0' })
  })

  it('setup after setup is the registry\'s 404; a setup body without org_info is a 400', async () => {
    rest.fail(SetupDocument, new FleetError('NOT_FOUND', 'setup has already been done'))
    const admin = { email: 'a@b.c', name: 'A', password: 'pw' }
    assertFleetError(await rest.doJSON('POST', '/api/setup', { admin, org_info: { org_name: 'A' }, server_url: 'https://x' }, 404),
      'Resource Not Found', [{ name: 'base', reason: 'setup has already been done' }])
    rest.reset()
    const body = await rest.doJSON<{ errors: { name: string }[] }>('POST', '/api/v1/setup', { admin, server_url: 'https://x' }, 400)
    assert.equal(body.errors[0].name, 'org_info')
    assert.deepEqual(rest.sent, [])
  })
})
