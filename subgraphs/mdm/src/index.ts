// The mdm subgraph: Apple MDM: keys, certificates, profiles, SSO.
import 'reflect-metadata'
import { defineSubgraph } from '@fleetgraph/subgraph-kit'
import { buildMdmSchema } from './schema.js'
import { contextFactory } from './context.js'

export const mdm = defineSubgraph({ name: 'mdm', buildSchema: buildMdmSchema, contextFactory })
