// Every operation the REST layer sends (rest-compat/src/endpoints/*.graphql, rest-compat/src/kibana/*.graphql) passes the gateway's
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

const REST_SRC = path.resolve(__dirname, '../../rest-compat/src')
/** Where the REST layer's operations live: FleetDM's endpoints, and Kibana's routes (whose files share fragments). */
const OPERATION_DIRS = [path.join(REST_SRC, 'endpoints'), path.join(REST_SRC, 'kibana')]

/** The fragments an operation uses, transitively. */
function usedFragments(op: OperationDefinitionNode, all: Map<string, FragmentDefinitionNode>): FragmentDefinitionNode[] {
  const used = new Map<string, FragmentDefinitionNode>()
  const visit = (text: string) => {
    for (const m of text.matchAll(/\.\.\.\s*([_A-Za-z][_0-9A-Za-z]*)/g)) {
      const f = all.get(m[1]!)
      if (f && !used.has(f.name.value)) { used.set(f.name.value, f); visit(print(f)) }
    }
  }
  visit(print(op))
  return [...used.values()]
}

/** Each operation of each operation file, as a document of its own with the fragments it uses (from any .graphql file). */
function restOperations(): { name: string; document: DocumentNode }[] {
  const read = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.graphql')).map((f) => ({ name: `${path.basename(dir)}/${f}`, doc: parse(readFileSync(path.join(dir, f), 'utf8')) }))
  const files = OPERATION_DIRS.flatMap(read)
  // Fragments come from any .graphql file of the REST layer (codegen reads them all): mappers/ holds shared ones.
  const fragments = new Map([...files, ...read(path.join(REST_SRC, 'mappers'))].flatMap(({ doc }) => doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)).map((f) => [f.name.value, f]))
  const out: { name: string; document: DocumentNode }[] = []
  for (const { name, doc } of files) {
    for (const op of doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)) {
      out.push({ name: `${name}: ${op.name?.value ?? '(anonymous)'}`, document: { kind: Kind.DOCUMENT, definitions: [op, ...usedFragments(op, fragments)] } })
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
