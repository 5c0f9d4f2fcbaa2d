import 'reflect-metadata'
import { buildFederatedSchema, type BusPubSub } from '@fleetgraph/subgraph-kit'
import { PackResolver } from './pack/pack.resolver.js'
import { packReference } from './pack/pack.reference.js'

export const buildPacksSchema = (pubSub?: BusPubSub) => buildFederatedSchema({
  resolvers: [PackResolver],
  references: { Pack: packReference },
  pubSub,
})
