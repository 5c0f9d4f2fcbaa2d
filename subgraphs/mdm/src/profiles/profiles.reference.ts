// Profile references (node refetch through the gateway): batched through the
// request's loader, null where appleProfiles(teamId:) would refuse the caller.
import { entityReference } from '@fleetgraph/subgraph-kit'
import type { MdmContext } from '../context.js'
import { profilesService } from './profiles.service.js'

export const appleProfileReference = entityReference((ctx: MdmContext, id) => profilesService.visible(ctx, id), (p) => p, 'AppleProfile')
