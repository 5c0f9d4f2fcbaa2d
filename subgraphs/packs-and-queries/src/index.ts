// The packs-and-queries subgraph: packs, scheduled queries, saved queries and policies.
import 'reflect-metadata'
import { defineSubgraph } from '@fleetgraph/subgraph-kit'
import { buildPacksSchema } from './schema.js'
import { contextFactory } from './context.js'

export const packsAndQueries = defineSubgraph({ name: 'packs-and-queries', buildSchema: buildPacksSchema, contextFactory })
export { policyAutomationJobs } from './policy/policy-automation.js'
