// The inventory subgraph: hosts, teams, labels, users and sessions.
import 'reflect-metadata'
import { defineSubgraph } from '@fleetgraph/subgraph-kit'
import { buildInventorySchema } from './schema.js'
import { contextFactory } from './context.js'

// Root fields answered without an authorization decision (ADR 0009): each carries its own proof or none is due.
const publicFields = [
  'Query.setupRequired', // the first-run screen asks before anyone exists
  'Mutation.setup', // creates the first admin; refused (404) once one exists
  'Mutation.login', // the password is the proof
  'Mutation.enrollAgent', // osquery's enroll secret is the proof
  'Mutation.enrollOrbit', // orbit's enroll secret is the proof
  'Mutation.setDeviceAuthToken', // orbit's node key is the proof
  'Query.orbitConfig', // orbit's node key is the proof
]

export const inventory = defineSubgraph({ name: 'inventory', buildSchema: buildInventorySchema, contextFactory, publicFields })
export { deviceTokenCleanupJobs } from './orbit/device-token.cleanup.js'
export { hostExpiryJobs } from './host/host-expiry.cleanup.js'
