// The cost limit prices lists by their size: connections by `first`/`last` (literal or variable)
// or their @listSize assumedSize, plain lists by UNSIZED_LIST_SIZE. A small schema carrying
// @listSize as the subgraph kit declares it (CONNECTION_LIST_SIZE), under the shipped defaults.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { buildSchema, getIntrospectionQuery, parse, type GraphQLError } from 'graphql'
import { loadGatewayConfig } from '../src/config.js'
import { costDirectivesOf, operationCost, UNSIZED_LIST_SIZE } from '../src/cost.js'
import { checkLimits, limitRules, parseWithTokenLimit, useOperationLimits, type OperationLimits } from '../src/limits.js'
import { fanOut } from './attacks.js'

const LIST_SIZE = '@listSize(assumedSize: 50, slicingArguments: ["first", "last"], sizedFields: ["edges", "nodes"], requireOneSlicingArgument: false)'
const SDL = `
  schema @link(url: "https://specs.apollo.dev/cost/v0.1", import: ["@listSize", "@cost"]) { query: Query }
  directive @link(url: String, as: String, import: [String]) repeatable on SCHEMA
  directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION
  directive @cost(weight: Int!) on FIELD_DEFINITION | OBJECT | SCALAR | ENUM | ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION
  enum HostStatus { ONLINE OFFLINE MIA NEW }
  input HostFilter { status: [HostStatus!] labelId: ID search: String }
  type PageInfo { hasNextPage: Boolean! hasPreviousPage: Boolean! startCursor: String endCursor: String }
  type Query {
    hosts(first: Int, after: String, last: Int, before: String, filter: HostFilter): HostConnection! ${LIST_SIZE}
    labels(first: Int, after: String, last: Int, before: String): LabelConnection! ${LIST_SIZE}
    hostList: [Host!]!
    expensive: Host @cost(weight: 40)
    me: User
  }
  type HostConnection { edges: [HostEdge!]! nodes: [Host!]! pageInfo: PageInfo! totalCount: Int! }
  type HostEdge { cursor: String! node: Host! }
  type LabelConnection { edges: [LabelEdge!]! nodes: [Label!]! pageInfo: PageInfo! totalCount: Int! }
  type LabelEdge { cursor: String! node: Label! }
  type Host { id: ID! hostname: String! displayName: String! status: HostStatus! platform: String! osVersion: String!
    seenTime: String! primaryIp: String team: Team labels: [Label!]! }
  type Team { id: ID! name: String! hosts(first: Int, after: String, last: Int, before: String): HostConnection! ${LIST_SIZE} }
  type Label { id: ID! name: String! hosts(first: Int, after: String, last: Int, before: String): HostConnection! ${LIST_SIZE} }
  type User { id: ID! email: String! }
`
const schema = buildSchema(SDL)
const directives = costDirectivesOf(parse(SDL))
const cfg = loadGatewayConfig({})
const limits: OperationLimits = {
  maxTokens: cfg.GRAPHQL_MAX_TOKENS, maxDepth: cfg.GRAPHQL_MAX_DEPTH, maxAliases: cfg.GRAPHQL_MAX_ALIASES,
  maxDirectives: cfg.GRAPHQL_MAX_DIRECTIVES, maxCost: cfg.GRAPHQL_MAX_COST,
}
const rules = limitRules(limits)
const cost = (doc: string, variables?: Record<string, unknown>) => operationCost({ schema, document: parse(doc), directives, variables })
const codes = (doc: string, variables?: Record<string, unknown>) =>
  checkLimits(schema, parseWithTokenLimit(doc, undefined, limits.maxTokens), rules, { directives, maxCost: limits.maxCost, variables }).map((e) => String(e.extensions.code))

/** The host list screen: a filtered page of 100 hosts with what a table row shows. */
const HOST_LIST_SCREEN = `query HostList($first: Int = 100, $after: String, $filter: HostFilter) {
  hosts(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id hostname displayName status platform osVersion seenTime primaryIp team { id name } labels { id name } } }
  }
}`

/** A page of 500 hosts, each with its labels' first 500 hosts: 250,000+ rows. */
const NESTED_500 = `{
  hosts(first: 500) { edges { node { id labels { name hosts(first: 500) { edges { node { id hostname } } } } } } }
}`

describe('cost, priced by list size', () => {
  it('reads @listSize from the schema the way the subgraph kit declares it', () => {
    assert.deepEqual(directives.listSize.get('Query.hosts'), { assumedSize: 50, slicingArguments: ['first', 'last'], sizedFields: ['edges', 'nodes'] })
    assert.equal(directives.weight.get('Query.expensive'), 40)
  })

  it('lets the host list screen (100 hosts, team and labels per row) through well inside the default', () => {
    const c = cost(HOST_LIST_SCREEN, { first: 100, filter: { status: ['ONLINE'] } })
    // connection 1 + pageInfo 1 + 100 × (edge 1 + node 1 + team 1 + labels 10 × 1)
    assert.equal(c, 2 + 100 * (3 + UNSIZED_LIST_SIZE))
    assert.ok(c * 3 <= limits.maxCost, `${c} is not well inside ${limits.maxCost}`)
    assert.deepEqual(codes(HOST_LIST_SCREEN, { first: 100 }), [])
    // The largest page the API serves (500) fits too, rows without their labels (with them: 6,502).
    assert.deepEqual(codes(HOST_LIST_SCREEN.replace(' labels { id name }', ''), { first: 500 }), [])
    assert.deepEqual(codes(HOST_LIST_SCREEN, { first: 500 }), ['COST_LIMIT_EXCEEDED'])
  })

  it('refuses a page of 500 hosts with each label\u2019s first 500 hosts', () => {
    assert.ok(cost(NESTED_500) > 100 * limits.maxCost, String(cost(NESTED_500)))
    assert.deepEqual(codes(NESTED_500), ['COST_LIMIT_EXCEEDED'])
  })

  it('prices `first` and `last` given as variables, as literals, by default value, or else by assumedSize', () => {
    const doc = 'query($n: Int) { hosts(first: $n) { nodes { id team { id } } } }'
    assert.equal(cost(doc, { n: 10 }), 1 + 10 * 2)
    assert.equal(cost(doc, { n: 400 }), 1 + 400 * 2)
    assert.equal(cost('query($n: Int = 7) { hosts(first: $n) { nodes { team { id } } } }'), 1 + 7 * 2)
    assert.equal(cost('{ hosts(last: 30) { nodes { team { id } } } }'), 1 + 30 * 2)
    assert.equal(cost('{ hosts { nodes { team { id } } } }'), 1 + 50 * 2, 'no slicing argument: assumedSize')
    assert.equal(cost(doc, {}), 1 + 50 * 2, 'a variable left out: assumedSize')
  })

  it('multiplies only the sized fields of a connection (edges, nodes), not totalCount or pageInfo', () => {
    assert.equal(cost('{ hosts(first: 100) { totalCount pageInfo { hasNextPage } } }'), 2)
    assert.equal(cost('{ hosts(first: 100) { edges { node { id } } nodes { id } } }'), 1 + 100 * 2 + 100)
    // Through a fragment on the connection, too.
    assert.equal(cost('{ hosts(first: 100) { ...Page } } fragment Page on HostConnection { totalCount nodes { team { id } } }'), 1 + 100 * 2)
  })

  it('prices plain lists by UNSIZED_LIST_SIZE, @cost weights as declared, and introspection as free', () => {
    assert.equal(cost('{ hostList { id team { id } } }'), UNSIZED_LIST_SIZE * 2)
    assert.equal(cost('{ expensive { id } }'), 40)
    assert.equal(cost(getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true })), 0)
    assert.equal(cost('{ me { id } __typename }'), 1)
  })

  it('leaves out what @skip/@include leave out', () => {
    const doc = 'query($all: Boolean!) { hosts(first: 500) { nodes @include(if: $all) { team { id } } totalCount } }'
    assert.equal(cost(doc, { all: false }), 1)
    assert.equal(cost(doc, { all: true }), 1 + 500 * 2)
  })

  it('prices each fragment once: fan-out (N=40) is priced in linear time, and refused', () => {
    const started = performance.now()
    assert.ok(cost(fanOut(40)) > 2 ** 39)
    assert.ok(performance.now() - started < 200)
    assert.ok(codes(fanOut(40)).includes('COST_LIMIT_EXCEEDED'))
  })

  it('prices a fragment cycle without looping (graphql-js\u2019s NoFragmentCycles then refuses it)', () => {
    assert.equal(cost('{ ...A } fragment A on Query { me { id } ...B } fragment B on Query { ...A }'), 1)
  })

  it('prices the most expensive operation of a document', () => {
    assert.equal(cost('query A { me { id } } query B { hosts(first: 20) { nodes { id } } }'), 21)
  })

  it('prices with the variables of the request the runtime validates (its context carries the GraphQL params)', () => {
    const plugin = useOperationLimits(limits, directives)
    const documentAST = parse('query($n: Int) { hosts(first: $n) { nodes { id team { id } } } }')
    const refused = (variables: Record<string, unknown>) => {
      let result: readonly GraphQLError[] | undefined
      plugin.onValidate({ params: { schema, documentAST }, context: { params: { variables } }, setResult: (r: readonly GraphQLError[]) => { result = r } })
      return result?.map((e) => e.extensions.code) ?? []
    }
    assert.deepEqual(refused({ n: 100 }), [])
    assert.deepEqual(refused({ n: 100_000 }), ['COST_LIMIT_EXCEEDED'])
    // The same parsed document again (the runtime caches documents): priced anew for its variables.
    assert.deepEqual(refused({ n: 100 }), [])
  })
})
