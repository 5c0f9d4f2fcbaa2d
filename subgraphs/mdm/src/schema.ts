import 'reflect-metadata'
import { buildFederatedSchema, type BusPubSub } from '@fleetgraph/subgraph-kit'
import { MdmStatusResolver } from './mdm-status/mdm-status.resolver.js'

export const buildMdmSchema = (pubSub?: BusPubSub) => buildFederatedSchema({ resolvers: [MdmStatusResolver], pubSub })
