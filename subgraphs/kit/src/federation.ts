// The one federation helper: turns type-graphql resolver classes into an
// Apollo Federation 2 subgraph schema. type-graphql prints the schema with its
// @key directives; @apollo/subgraph then adds _entities/_service and wires the
// reference resolvers.
import 'reflect-metadata'
import { buildSubgraphSchema } from '@apollo/subgraph'
import { printSchemaWithDirectives } from '@graphql-tools/utils'
import { graphql, type GraphQLSchema } from 'graphql'
import gql from 'graphql-tag'
import { buildSchema, createResolversMap, type NonEmptyArray } from 'type-graphql'
import type { PubSub } from '@graphql-yoga/subscription'
import type { Topics } from './pubsub.js'

/** `__resolveReference` functions keyed by entity type name. */
// `never` parameters: each entity's resolver declares its own reference and context types, and only
// @apollo/subgraph calls it.
export type ReferenceResolvers = Record<string, { __resolveReference: (ref: never, ctx: never, info: never) => unknown }>

// @apollo/subgraph's resolver map, named through its entry point (the type itself is not exported there).
type GraphQLResolverMap = NonNullable<Extract<Parameters<typeof buildSubgraphSchema>[0], { resolvers?: unknown }>['resolvers']>

const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@interfaceObject", "@cost", "@listSize"])`

const ROOT_DESCRIPTIONS: ReadonlyArray<readonly ['Query' | 'Mutation' | 'Subscription', string]> = [
  ['Query', 'Reads: the fleet\'s hosts, labels, teams, users, packs, queries, policies, campaigns and settings. Lists are cursor connections; any entity can be refetched with node(id:).'],
  ['Mutation', 'Writes: each one checks the caller\'s role and answers with the changed entity or a coded error.'],
  ['Subscription', 'Live results over graphql-ws: a campaign\'s totals, stored results, then results as hosts answer.'],
]

/**
 * Builds a federated subgraph schema.
 * @example
 *   const schema = await buildFederatedSchema({ resolvers: [HostResolver], references: { Host: hostReference }, pubSub: bus.pubSub })
 *   await startSubgraph({ name: 'inventory', schema, ... })
 */
export async function buildFederatedSchema(opts: {
  resolvers: NonEmptyArray<Function>
  references?: ReferenceResolvers
  pubSub?: PubSub<Topics>
  orphanedTypes?: Function[]
}): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: opts.resolvers,
    orphanedTypes: opts.orphanedTypes,
    // federation adds Query._entities after type-graphql's check would run
    skipCheck: true,
    // input rules live in services (they need Fleet's error shapes), not in class-validator
    validate: false,
    // a placeholder keeps schema printing (no bus at build time) possible for subscriptions
    pubSub: opts.pubSub ?? { publish: () => {}, subscribe: () => { throw new Error('no pub/sub') } },
  })
  // Root types get a description of their own (type-graphql has no place for one), identical in every subgraph.
  for (const [root, text] of ROOT_DESCRIPTIONS) {
    const type = root === 'Query' ? schema.getQueryType() : root === 'Mutation' ? schema.getMutationType() : schema.getSubscriptionType()
    if (type) type.description = text
  }
  const resolvers = createResolversMap(schema) as GraphQLResolverMap
  for (const [typeName, ref] of Object.entries(opts.references ?? {})) resolvers[typeName] = { ...resolvers[typeName], ...ref } as GraphQLResolverMap[string]
  return buildSubgraphSchema({
    typeDefs: gql`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`,
    resolvers,
  })
}

/**
 * The SDL committed as the subgraph's schema.graphql and composed into the
 * supergraph: exactly what the running subgraph answers to `_service { sdl }`.
 */
export async function printFederatedSchema(schema: GraphQLSchema): Promise<string> {
  const r = await graphql({ schema, source: '{ _service { sdl } }' })
  const sdl = (r.data as { _service?: { sdl?: string } } | null)?._service?.sdl
  if (!sdl) throw new Error(`cannot print the subgraph schema: ${JSON.stringify(r.errors)}`)
  return sdl.endsWith('\n') ? sdl : sdl + '\n'
}
