// Policy references (node refetch through the gateway): batched through the
// request's loader, and null where the policy list would hide the policy.
import { entityReference } from '@fleetgraph/subgraph-kit'
import type { PacksContext } from '../context.js'
import { policyService } from './policy.service.js'

export const policyReference = entityReference((ctx: PacksContext, id) => policyService.visible(ctx, id), (p) => p, 'Policy')
