// The operation limits on their own (no server): each attack from issue 11 is refused by the
// limit meant for it, with its code, at the phase meant for it (tokens at parse time, the rest
// before graphql-js's standard rules), under the shipped defaults.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { buildSchema, GraphQLError, getIntrospectionQuery, parse } from 'graphql'
import { loadGatewayConfig } from '../src/config.js'
import { checkLimits, limitRules, parseWithTokenLimit, type OperationLimits } from '../src/limits.js'
import { costDirectivesOf } from '../src/cost.js'
import { aliases, directives, fanOut, fragmentCycle, nestedInlineFragments, nestedSelections } from './attacks.js'

const SDL = `
  type Query { hosts: [Host!]! setupRequired: Boolean! me: User! }
  type Host { id: ID! hostname: String! hosts: [Host!]! team: Team }
  type Team { id: ID! name: String! hosts: [Host!]! }
  type User { id: ID! email: String! teams: [Team!]! }
`
const schema = buildSchema(SDL)
const costDirectives = costDirectivesOf(parse(SDL))
const cfg = loadGatewayConfig({})
const limits: OperationLimits = {
  maxTokens: cfg.GRAPHQL_MAX_TOKENS, maxDepth: cfg.GRAPHQL_MAX_DEPTH, maxAliases: cfg.GRAPHQL_MAX_ALIASES,
  maxDirectives: cfg.GRAPHQL_MAX_DIRECTIVES, maxCost: cfg.GRAPHQL_MAX_COST,
}
const rules = limitRules(limits)

/** The codes a document is refused with, and where: 'parse' or 'limits' ([] when it passes). */
function verdict(doc: string): { phase: 'parse' | 'limits'; codes: string[] } {
  try {
    const document = parseWithTokenLimit(doc, undefined, limits.maxTokens)
    return { phase: 'limits', codes: checkLimits(schema, document, rules, { directives: costDirectives, maxCost: limits.maxCost }).map((e) => String(e.extensions.code)) }
  } catch (e) {
    assert.ok(e instanceof GraphQLError, String(e))
    return { phase: 'parse', codes: [String(e.extensions.code)] }
  }
}

describe('operation limits', () => {
  it('refuses fragment fan-out (N=40) on its cost after fragment expansion', () => {
    const v = verdict(fanOut(40))
    assert.equal(v.phase, 'limits')
    assert.ok(v.codes.includes('COST_LIMIT_EXCEEDED'), v.codes.join())
  })

  it('refuses 10,000 aliases at parse time, on tokens', () => {
    assert.deepEqual(verdict(aliases(10_000)), { phase: 'parse', codes: ['MAX_TOKENS_EXCEEDED'] })
  })

  it('refuses more aliases than the alias limit within the token budget', () => {
    assert.deepEqual(verdict(aliases(limits.maxAliases + 1, 'setupRequired')), { phase: 'limits', codes: ['MAX_ALIASES_EXCEEDED'] })
  })

  it('refuses 49 nested inline fragments on depth', () => {
    const v = verdict(nestedInlineFragments(49))
    assert.equal(v.codes[0], 'MAX_DEPTH_EXCEEDED')
  })

  it('refuses 3,000 nested selections at parse time, on tokens', () => {
    assert.deepEqual(verdict(nestedSelections(3000)), { phase: 'parse', codes: ['MAX_TOKENS_EXCEEDED'] })
  })

  it('refuses a 10,000-fragment cycle at parse time, on tokens', () => {
    assert.deepEqual(verdict(fragmentCycle(10_000)), { phase: 'parse', codes: ['MAX_TOKENS_EXCEEDED'] })
  })

  it('refuses more directives than the directive limit', () => {
    assert.deepEqual(verdict(directives(limits.maxDirectives + 1)), { phase: 'limits', codes: ['MAX_DIRECTIVES_EXCEEDED'] })
  })

  it("judges a small fragment cycle without looping (graphql-js's NoFragmentCycles then refuses it)", () => {
    assert.equal(verdict(fragmentCycle(3)).phase, 'limits')
  })

  it('refuses with HTTP 400 even for clients that accept application/json', () => {
    const [error] = checkLimits(schema, parseWithTokenLimit(nestedInlineFragments(49), undefined, limits.maxTokens), rules)
    assert.deepEqual(error.extensions.http, { status: 400, spec: false })
  })

  it('lets the standard introspection query through', () => {
    assert.deepEqual(verdict(getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true })).codes, [])
  })

  it('lets a large legitimate operation through', () => {
    const doc = `query Dashboard {
      setupRequired
      me { id email teams { id name hosts { ...HostRow } } }
      online: hosts { ...HostRow team { id name } }
      all: hosts { ...HostRow hosts { id } }
    }
    fragment HostRow on Host { id hostname }`
    assert.deepEqual(verdict(doc).codes, [])
  })
})
