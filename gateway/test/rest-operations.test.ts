// Every operation the REST layer sends (rest-compat/src/endpoints/*.graphql) passes the gateway's
// operation limits at their defaults: tokens, depth, aliases, directives and cost, priced on the
// committed supergraph as the gateway prices them. A REST route must never be refused by a limit
// meant for hostile GraphQL.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { buildASTSchema, Kind, parse, print, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql'
import { transformSupergraphToPublicSchema } from '@theguild/federation-composition'
import { SUPERGRAPH_PATH } from '../src/subgraphs.js'
import { loadGatewayConfig } from '../src/config.js'
import { costDirectivesOf, operationCost } from '../src/cost.js'
import { checkLimits, limitRules, parseWithTokenLimit, type OperationLimits } from '../src/limits.js'

const ENDPOINTS = path.resolve(__dirname, '../../rest-compat/src/endpoints')

/** Each operation of each endpoint file, as a document of its own with the file's fragments. */
function restOperations(): { name: string; document: DocumentNode }[] {
  const out: { name: string; document: DocumentNode }[] = []
  for (const file of readdirSync(ENDPOINTS).filter((f) => f.endsWith('.graphql'))) {
    const doc = parse(readFileSync(path.join(ENDPOINTS, file), 'utf8'))
    const fragments = doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
    for (const op of doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)) {
      out.push({ name: `${file}: ${op.name?.value ?? '(anonymous)'}`, document: { kind: Kind.DOCUMENT, definitions: [op, ...fragments] } })
    }
  }
  return out
}

describe('REST operations under the operation limits', () => {
  const supergraph = parse(readFileSync(SUPERGRAPH_PATH, 'utf8'))
  const schema = buildASTSchema(transformSupergraphToPublicSchema(supergraph))
  const directives = costDirectivesOf(supergraph)
  const cfg = loadGatewayConfig({})
  const limits: OperationLimits = {
    maxTokens: cfg.GRAPHQL_MAX_TOKENS, maxDepth: cfg.GRAPHQL_MAX_DEPTH, maxAliases: cfg.GRAPHQL_MAX_ALIASES,
    maxDirectives: cfg.GRAPHQL_MAX_DIRECTIVES, maxCost: cfg.GRAPHQL_MAX_COST,
  }
  const ops = restOperations()

  it('finds the REST layer\'s operations', () => {
    assert.ok(ops.length > 50, `${ops.length} operations`)
  })

  it('passes every operation at the default limits, with its cost well inside the cost limit', () => {
    const refused: string[] = []
    let dearest = { name: '', cost: 0 }
    for (const { name, document } of ops) {
      try { parseWithTokenLimit(print(document), undefined, limits.maxTokens) } catch (e) { refused.push(`${name}: ${(e as Error).message}`); continue }
      const errors = checkLimits(schema, document, limitRules(limits), { directives, maxCost: limits.maxCost })
      refused.push(...errors.map((e) => `${name}: ${e.message}`))
      const cost = operationCost({ schema, document, directives })
      if (cost > dearest.cost) dearest = { name, cost }
    }
    assert.deepEqual(refused, [])
    // docs/limits.md quotes this figure (the most expensive REST operation).
    assert.ok(dearest.cost * 10 <= limits.maxCost, `${dearest.name} costs ${dearest.cost}`)
  })
})
