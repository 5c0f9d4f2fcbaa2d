import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { Prisma } from '@fleetgraph/prisma'
import { FleetError } from './errors.js'
import { KQL_LIMITS, parseKql } from './kql.js'
import { kqlToSql, type KqlSchema } from './kql.repository.js'

const { raw } = Prisma.Prisma
const SCHEMA: KqlSchema = {
  type: 'fleet-agents',
  prefixes: ['fleet-agents'],
  freeText: ['hostname'],
  fields: {
    hostname: { column: raw('h.hostname'), type: 'text' },
    tags: { column: raw('h.tags'), type: 'text', array: true },
    enrolled_at: { column: raw('h.enrolled_at'), type: 'date' },
    active: { column: raw('h.active'), type: 'boolean' },
    status: { column: raw('h.status'), type: 'text', value: (v) => (v === 'online' ? 'ONLINE' : null) },
  },
}
const compile = (q: string) => { const s = kqlToSql(parseKql(q), SCHEMA); return { text: s.sql, values: s.values } }
const rejects = (q: string, re: RegExp) => assert.throws(() => compile(q), (e: unknown) => e instanceof FleetError && re.test(e.message))

describe('kuery (KQL subset)', () => {
  it('is no filter when blank', () => {
    assert.equal(parseKql(undefined), null)
    assert.equal(parseKql('  '), null)
    assert.equal(compile('').text, 'TRUE')
  })

  it('parses field matches, value lists, boolean operators and precedence (and binds tighter than or)', () => {
    assert.deepEqual(parseKql('status:online or tags:(a or "b c") and not hostname:web*'), {
      kind: 'or',
      items: [
        { kind: 'match', field: 'status', value: 'online', quoted: false },
        { kind: 'and', items: [
          { kind: 'or', items: [{ kind: 'match', field: 'tags', value: 'a', quoted: false }, { kind: 'match', field: 'tags', value: 'b c', quoted: true }] },
          { kind: 'not', item: { kind: 'match', field: 'hostname', value: 'web*', quoted: false } },
        ] },
      ],
    })
    assert.deepEqual(parseKql('(a OR b) AND c'), { kind: 'and', items: [{ kind: 'or', items: [
      { kind: 'match', field: null, value: 'a', quoted: false }, { kind: 'match', field: null, value: 'b', quoted: false }] },
    { kind: 'match', field: null, value: 'c', quoted: false }] })
    assert.deepEqual(parseKql('enrolled_at >= now-10m'), { kind: 'range', field: 'enrolled_at', op: '>=', value: 'now-10m' })
  })

  it('compiles to parameterised SQL over the whitelist, type prefixes dropped', () => {
    const c = compile('fleet-agents.hostname:"web-1" and tags:prod')
    assert.equal(c.text, '(h.hostname = ? AND ? = ANY(h.tags))')
    assert.deepEqual(c.values, ['web-1', 'prod'])
    assert.equal(compile('hostname:web*').text, 'h.hostname ILIKE ?')
    assert.deepEqual(compile('hostname:50%_*').values, ['50\\%\\_%'])
    assert.equal(compile('hostname:*').text, 'h.hostname IS NOT NULL')
    assert.deepEqual(compile('active:TRUE').values, [true])
    assert.equal(compile('status:offline').text, 'FALSE')
    assert.equal(compile('status:online').values[0], 'ONLINE')
    assert.equal(compile('web').text, '(h.hostname ILIKE ?)')
    assert.ok(compile('enrolled_at < now-1d').values[0] instanceof Date)
    assert.equal(compile('not hostname:a').text, 'NOT (h.hostname = ?)')
  })

  it('refuses what it cannot read, in Kibana\'s words, as a validation error', () => {
    rejects('os:linux', /This key 'os' does NOT exist in fleet-agents saved object index patterns/)
    rejects('hostname:(a or b', /expected "\)"/)
    rejects('hostname:"open', /unterminated/)
    rejects('active:maybe', /not a boolean/)
    rejects('enrolled_at > yesterday', /not a date/)
    rejects('hostname:', /expected a value/)
    rejects('a )', /unexpected "\)"/)
    rejects('__proto__:x', /does NOT exist/)
  })

  it('bounds what one kuery may cost', () => {
    rejects('a '.repeat(KQL_LIMITS.length), /longer than/)
    rejects(Array.from({ length: KQL_LIMITS.terms + 1 }, (_, i) => `hostname:h${i}`).join(' or '), /more than 200 terms/)
    rejects(`${'('.repeat(50)}a${')'.repeat(50)}`, /nested deeper/)
    rejects(`${'not '.repeat(50)}a`, /nested deeper/)
  })
})
