// Declares a subgraph once: how to build its schema and its request context.
// The same definition starts it (alone or in the single-process stack) and
// prints its committed schema.graphql at build time.
import { writeFileSync } from 'node:fs'
import type { GraphQLSchema } from 'graphql'
import { printFederatedSchema } from './federation.js'
import { createLogger } from './log.js'
import type { BusPubSub } from './pubsub.js'
import { startSubgraphServer, type HttpHandler, type RunningSubgraph } from './server.js'
import type { Deps } from './context.js'

export interface SubgraphDefinition<C extends object> {
  name: string
  buildSchema(pubSub?: BusPubSub): Promise<GraphQLSchema>
  contextFactory(deps: Deps): (authorization: string | undefined) => Promise<C>
  /** Plain HTTP routes the subgraph serves next to /graphql (the osquery agent API). */
  httpHandler?(deps: Deps): HttpHandler
  /**
   * Root fields (`Type.field`) that need no authorization decision: public operations (ADR 0009).
   * Prefer skipAuthorization(ctx) in the service, next to the reason.
   */
  publicFields?: readonly string[]
}

export interface Subgraph {
  readonly name: string
  start(deps: Deps, listen: { host: string; port: number }): Promise<RunningSubgraph>
  /** Writes the federated SDL (build step; committed and diff-checked in CI). */
  writeSchema(file: string): Promise<void>
}

/**
 * @example
 *   export const inventory = defineSubgraph({ name: 'inventory', buildSchema, contextFactory })
 *   const running = await inventory.start({ db, bus }, { host: '127.0.0.1', port: 0 })
 */
export function defineSubgraph<C extends object>(def: SubgraphDefinition<C>): Subgraph {
  return {
    name: def.name,
    async start(deps, listen) {
      return startSubgraphServer({
        name: def.name, ...listen,
        schema: await def.buildSchema(deps.bus.pubSub),
        log: createLogger(def.name),
        context: def.contextFactory(deps),
        // Ready means the database answers. Redis only carries signals and caches (ADR 0005): while it
        // is down the service still serves everything, so a load balancer must not take it out.
        ready: () => deps.db.ping(),
        handler: def.httpHandler?.(deps),
        publicFields: def.publicFields,
      })
    },
    async writeSchema(file) {
      writeFileSync(file, await printFederatedSchema(await def.buildSchema()))
    },
  }
}
