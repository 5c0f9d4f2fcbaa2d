// Kibana's agent-policy rules as this server applies them: namespaces in Kibana's words, names, ids,
// which body keys are stored as attributes, and copy names.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { copyName, kibanaAttributes, namespaceProblem, policyIdProblem, policyNameProblem } from './agent-policy-rules.js'
import { expiryOf } from '../enrollment-key/enrollment-key.service.js'
import { versionProblem, withOsqueryOptions } from '../package-policy/package-policy-rules.js'

describe('agent-policy rules', () => {
  it("judges namespaces as Kibana's is_valid_namespace does", () => {
    assert.deepEqual(['default', 'prod_1', '', ' ', 'Prod', 'a-b', 'a b', 'a*b', 'x'.repeat(101), 'é'.repeat(51)].map(namespaceProblem), [
      null, null, 'Namespace is required', 'Namespace is required', 'Namespace must be lowercase', 'Namespace contains invalid characters',
      'Namespace contains invalid characters', 'Namespace contains invalid characters', 'Namespace cannot be more than 100 bytes', 'Namespace cannot be more than 100 bytes',
    ])
  })

  it('refuses blank, reserved and long names, and the default policy\'s id', () => {
    assert.deepEqual(['ok', ' ', 'All Teams', 'n'.repeat(256)].map((n) => policyNameProblem(n) != null), [false, true, true, true])
    assert.equal(policyNameProblem('No team'), null, '"No team" is a name clash (409), not an invalid name')
    assert.deepEqual(['tf-1', '', 'i'.repeat(256), 'fleet-default-policy'].map((i) => policyIdProblem(i) != null), [false, true, true, true])
  })

  it('stores everything but the keys the server owns as Kibana attributes', () => {
    assert.deepEqual(kibanaAttributes({ id: 'x', name: 'n', namespace: 'd', revision: 9, is_managed: true, monitoring_enabled: ['logs'], inactivity_timeout: 60, custom: { a: 1 }, skipped: undefined }),
      { monitoring_enabled: ['logs'], inactivity_timeout: 60, custom: { a: 1 } })
  })

  it('names copies "(copy)", then "(copy 2)", counting from the original', () => {
    assert.equal(copyName('osq', []), 'osq (copy)')
    assert.equal(copyName('osq', ['osq', 'osq (copy)']), 'osq (copy 2)')
    assert.equal(copyName('osq (copy 2)', ['osq (copy)', 'osq (copy 2)', 'osquery (copy 9)']), 'osq (copy 3)')
  })
})

describe('integration and enrollment-key rules', () => {
  it('puts osquery options under config.options, keeping the rest of the agent options', () => {
    assert.deepEqual(withOsqueryOptions({ config: { options: { a: 1 }, decorators: { load: [] } }, overrides: {} }, { b: 2 }),
      { config: { options: { b: 2 }, decorators: { load: [] } }, overrides: {} })
    assert.deepEqual(withOsqueryOptions({}, { b: 2 }), { config: { options: { b: 2 } } })
  })

  it('takes semantic versions only', () => {
    assert.deepEqual(['1.15.0', '2.0.0-beta.1', '1.15', 'latest', `1.0.${'0'.repeat(70)}`].map((v) => versionProblem(v) == null), [true, true, false, false, false])
  })

  it("reads Kibana's expirations (7d, 24h, 30m) and refuses anything else", () => {
    const now = Date.UTC(2026, 0, 1)
    assert.equal(expiryOf('7d', now).toISOString(), '2026-01-08T00:00:00.000Z')
    assert.equal(expiryOf('30m', now).toISOString(), '2026-01-01T00:30:00.000Z')
    for (const bad of ['0d', 'forever', '-1h', '7 days', '999999999999d']) assert.throws(() => expiryOf(bad, now), { code: 'VALIDATION_FAILED' }, bad)
  })
})
