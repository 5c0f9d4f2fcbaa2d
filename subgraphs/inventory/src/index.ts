// The inventory subgraph: hosts, teams, labels, users and sessions.
import 'reflect-metadata'
import { defineSubgraph } from '@fleetgraph/subgraph-kit'
import { buildInventorySchema } from './schema.js'
import { contextFactory } from './context.js'

export const inventory = defineSubgraph({ name: 'inventory', buildSchema: buildInventorySchema, contextFactory })
export { deviceTokenCleanupJobs } from './orbit/device-token.cleanup.js'
