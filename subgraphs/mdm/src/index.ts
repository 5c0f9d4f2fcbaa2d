// The mdm subgraph: Apple MDM: keys, certificates, profiles, SSO.
import 'reflect-metadata'
import { defineSubgraph } from '@fleetgraph/subgraph-kit'
import { buildMdmSchema } from './schema.js'
import { contextFactory } from './context.js'

// Root fields answered without an authorization decision (ADR 0009): the end user has no Fleet account yet.
const publicFields = [
  'Mutation.startMdmSso', // DEP enrollment's SAML login starts anonymous
  'Mutation.completeMdmSso', // the identity provider's signed SAML response is the proof
]

export const mdm = defineSubgraph({ name: 'mdm', buildSchema: buildMdmSchema, contextFactory, publicFields })
