// Trivial references for the owned-elsewhere entities this subgraph adds fields to: the id is all
// these fields need (what the caller may see is decided by the fields themselves).
import { entityReference } from '@fleetgraph/subgraph-kit'
import type { CampaignsContext } from '../context.js'
import { HostRef, SavedQueryRef } from './entity-refs.js'

export const hostReference = entityReference(async (_ctx: CampaignsContext, id) => id, (id) => new HostRef(id), 'Host')
export const savedQueryReference = entityReference(async (_ctx: CampaignsContext, id) => id, (id) => new SavedQueryRef(id), 'SavedQuery')
