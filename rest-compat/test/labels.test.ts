// REST contract: label specs and enroll secret specs (spec "Get or apply
// configuration files" — the inventory side of fleetctl get/apply).
import { after, before, beforeEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { notFound, validationFailed } from '@fleetgraph/subgraph-kit/errors'
import {
  ApplyEnrollSecretSpecDocument, ApplyLabelSpecsDocument, EnrollSecretsDocument, LabelSpecDocument, LabelSpecsDocument, type FleetLabelSpecFragment,
} from '../src/generated/graphql.js'
import { assertFleetError, restHarness, type RestHarness } from './support/rest.js'

const label = (over: Partial<FleetLabelSpecFragment> = {}): FleetLabelSpecFragment => ({
  id: '4', name: 'macOS', description: 'Macs', query: "SELECT 1 FROM os_version WHERE platform = 'darwin'", platform: '',
  labelType: 'regular', labelMembershipType: 'dynamic', hosts: null, ...over,
})

describe('REST label and enroll secret specs', () => {
  let rest: RestHarness
  before(async () => { rest = await restHarness() })
  after(() => rest.close())
  beforeEach(() => rest.reset())

  it('GET /spec/labels: platform omitted when empty, label_type when regular, hosts when none', async () => {
    rest.answer(LabelSpecsDocument, { labelSpecs: [label(), label({ id: '1', name: 'All Hosts', platform: 'darwin', labelType: 'builtin', hosts: [] })] })
    assert.deepEqual(await rest.doJSON('GET', '/api/latest/fleet/spec/labels', undefined, 200), { specs: [
      { id: 4, name: 'macOS', description: 'Macs', query: "SELECT 1 FROM os_version WHERE platform = 'darwin'", label_membership_type: 'dynamic' },
      { id: 1, name: 'All Hosts', description: 'Macs', query: "SELECT 1 FROM os_version WHERE platform = 'darwin'", platform: 'darwin', label_type: 'builtin', label_membership_type: 'dynamic' },
    ] })
    rest.expectSent([{ operationName: 'LabelSpecs', variables: undefined }])
  })

  it('GET /spec/labels/{name} answers one spec with its manual hosts; NOT_FOUND is a 404', async () => {
    rest.answer(LabelSpecDocument, { labelSpec: label({ labelMembershipType: 'manual', hosts: ['mac-01', 'mac-02'] }) })
    assert.deepEqual(await rest.doJSON('GET', '/api/latest/fleet/spec/labels/macOS', undefined, 200), { specs: {
      id: 4, name: 'macOS', description: 'Macs', query: "SELECT 1 FROM os_version WHERE platform = 'darwin'", label_membership_type: 'manual', hosts: ['mac-01', 'mac-02'],
    } })
    rest.expectSent([{ operationName: 'LabelSpec', variables: { name: 'macOS' } }])
    rest.fail(LabelSpecDocument, notFound('label', 'nope'))
    assertFleetError(await rest.doJSON('GET', '/api/latest/fleet/spec/labels/nope', undefined, 404),
      'Resource Not Found', [{ name: 'base', reason: 'label nope was not found in the datastore' }])
  })

  it('POST /spec/labels maps each spec to LabelSpecInput (ids ignored, missing fields null)', async () => {
    rest.answer(ApplyLabelSpecsDocument, { applyLabelSpecs: true })
    assert.deepEqual(await rest.doJSON('POST', '/api/latest/fleet/spec/labels', {
      specs: [{ id: 4, name: 'macOS', query: 'SELECT 1', label_membership_type: 'manual', hosts: ['mac-01'], unknown_key: 'ignored' }],
    }, 200), {})
    rest.expectSent([{ operationName: 'ApplyLabelSpecs', variables: { specs: [
      { name: 'macOS', description: null, query: 'SELECT 1', platform: null, labelType: null, labelMembershipType: 'manual', hosts: ['mac-01'] },
    ] } }])
  })

  it('refuses a label_type or label_membership_type outside its enum (400), as Go\'s decoder does', async () => {
    const a = await rest.doJSON<{ errors: { name: string }[] }>('POST', '/api/latest/fleet/spec/labels', { specs: [{ name: 'x', label_type: 'weird' }] }, 400)
    assert.equal(a.errors[0].name, 'specs.0.label_type')
    const b = await rest.doJSON<{ errors: { name: string }[] }>('POST', '/api/latest/fleet/spec/labels', { specs: [{ name: 'x', label_membership_type: 'static' }] }, 400)
    assert.equal(b.errors[0].name, 'specs.0.label_membership_type')
    assert.deepEqual(rest.sent, [])
  })

  it('GET /spec/enroll_secret: whole-second timestamps, team_id only for team secrets', async () => {
    rest.answer(EnrollSecretsDocument, { enrollSecrets: [
      { secret: 'global', createdAt: '2021-01-07T19:40:04.123Z', teamId: null },
      { secret: 'team', createdAt: '2021-01-08T00:00:00Z', teamId: '7' },
    ] })
    assert.deepEqual(await rest.doJSON('GET', '/api/latest/fleet/spec/enroll_secret', undefined, 200), { spec: { secrets: [
      { secret: 'global', created_at: '2021-01-07T19:40:04Z' },
      { secret: 'team', created_at: '2021-01-08T00:00:00Z', team_id: 7 },
    ] } })
    rest.expectSent([{ operationName: 'EnrollSecrets', variables: undefined }])
  })

  it('POST /spec/enroll_secret sends the secret strings and dry_run (1 or true)', async () => {
    rest.answer(ApplyEnrollSecretSpecDocument, { applyEnrollSecretSpec: true })
    const body = { spec: { secrets: [{ secret: 'a' }, { secret: 'b', created_at: '2021-01-07T19:40:04Z' }] } }
    assert.deepEqual(await rest.doJSON('POST', '/api/latest/fleet/spec/enroll_secret?dry_run=1', body, 200), {})
    assert.deepEqual(await rest.doJSON('POST', '/api/latest/fleet/spec/enroll_secret', body, 200), {})
    rest.expectSent([
      { operationName: 'ApplyEnrollSecretSpec', variables: { secrets: ['a', 'b'], dryRun: true } },
      { operationName: 'ApplyEnrollSecretSpec', variables: { secrets: ['a', 'b'], dryRun: false } },
    ])
  })

  it('refuses an enroll secret spec without its secrets list (400), or a bad dry_run; the service\'s 422 passes through', async () => {
    assert.equal((await rest.doJSON<{ errors: { name: string }[] }>('POST', '/api/latest/fleet/spec/enroll_secret', { spec: {} }, 400)).errors[0].name, 'spec.secrets')
    assert.equal((await rest.doJSON<{ errors: { name: string }[] }>('POST', '/api/latest/fleet/spec/enroll_secret?dry_run=maybe', { spec: { secrets: [] } }, 400)).errors[0].name, 'dry_run')
    assert.deepEqual(rest.sent, [])
    rest.fail(ApplyEnrollSecretSpecDocument, validationFailed([{ name: 'secrets', reason: 'too many secrets' }]))
    assertFleetError(await rest.doJSON('POST', '/api/latest/fleet/spec/enroll_secret', { spec: { secrets: [] } }, 422),
      'Validation Failed', [{ name: 'secrets', reason: 'too many secrets' }])
  })
})
