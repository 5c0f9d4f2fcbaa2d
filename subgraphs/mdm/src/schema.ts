import 'reflect-metadata'
import { buildFederatedSchema, type BusPubSub } from '@fleetgraph/subgraph-kit'
import { MdmStatusResolver } from './mdm-status/mdm-status.resolver.js'
import { AppleSetupResolver } from './apple-setup/apple-setup.resolver.js'
import { ProfilesResolver } from './profiles/profiles.resolver.js'
import { SsoResolver } from './sso/sso.resolver.js'
import { PreassignResolver } from './preassign/preassign.resolver.js'
import { appleProfileReference } from './profiles/profiles.reference.js'

export const buildMdmSchema = (pubSub?: BusPubSub) =>
  buildFederatedSchema({
    resolvers: [MdmStatusResolver, AppleSetupResolver, ProfilesResolver, SsoResolver, PreassignResolver],
    references: { AppleProfile: appleProfileReference },
    pubSub,
  })
