// Spec: "Packs" — create, modify, get, list, delete by name, delete by id.
import { z } from 'zod'
import { emptyAnswer, endpoint, listOptions } from '../endpoint.js'
import { operation } from '../executor.js'
import {
  CreatePackDocument, DeletePackByIdDocument, DeletePackDocument, GetPackDocument, ListPacksDocument, ModifyPackDocument,
} from '../generated/graphql.js'
import { fleetPack, toFleetPack } from '../mappers/pack.js'

const CREATE_PACK = operation(CreatePackDocument)
const MODIFY_PACK = operation(ModifyPackDocument)
const GET_PACK = operation(GetPackDocument)
const LIST_PACKS = operation(ListPacksDocument)
const DELETE_PACK = operation(DeletePackDocument)
const DELETE_PACK_BY_ID = operation(DeletePackByIdDocument)

const idParam = z.object({ id: z.string() })
const packAnswer = z.object({ pack: fleetPack })
const ids = z.array(z.number().int().positive()).max(10_000)
const packBody = {
  description: z.string().max(65_535).optional(),
  platform: z.string().max(255).optional(),
  disabled: z.boolean().optional(),
  host_ids: ids.nullish(),
  label_ids: ids.nullish(),
  team_ids: ids.nullish(),
}
const targets = (b: { host_ids?: number[] | null; label_ids?: number[] | null; team_ids?: number[] | null }) => ({
  hostIds: b.host_ids?.map(String) ?? null, labelIds: b.label_ids?.map(String) ?? null, teamIds: b.team_ids?.map(String) ?? null,
})

export const createPack = endpoint({
  body: z.object({ name: z.string().max(255), ...packBody }),
  document: CREATE_PACK,
  variables: ({ body: b }) => ({ input: { name: b.name, description: b.description ?? null, platform: b.platform ?? null, disabled: b.disabled ?? null, ...targets(b) } }),
  response: packAnswer,
  respond: ({ createPack: p }) => ({ pack: toFleetPack(p) }),
})

export const modifyPack = endpoint({
  params: idParam,
  body: z.object({ name: z.string().max(255).optional(), ...packBody }),
  document: MODIFY_PACK,
  variables: ({ params, body: b }) => ({ id: params.id, input: { name: b.name ?? null, description: b.description ?? null, platform: b.platform ?? null, disabled: b.disabled ?? null, ...targets(b) } }),
  response: packAnswer,
  respond: ({ updatePack: p }) => ({ pack: toFleetPack(p) }),
})

export const getPack = endpoint({
  params: idParam,
  document: GET_PACK,
  variables: ({ params }) => ({ id: params.id }),
  response: packAnswer,
  respond: ({ pack }) => ({ pack: toFleetPack(pack) }),
})

export const listPacks = endpoint({
  query: z.object(listOptions),
  document: LIST_PACKS,
  variables: ({ query: q }) => ({
    filter: { search: q.query ?? null, orderKey: q.order_key ?? null, orderDirection: q.order_direction ?? null, page: q.page ?? null, perPage: q.per_page ?? null },
  }),
  response: z.object({ packs: z.array(fleetPack) }),
  respond: ({ packList }) => ({ packs: packList.map(toFleetPack) }),
})

export const deletePack = endpoint({
  params: z.object({ name: z.string() }),
  document: DELETE_PACK,
  variables: ({ params }) => ({ name: params.name }),
  response: emptyAnswer,
  respond: () => ({}),
})

export const deletePackById = endpoint({
  params: idParam,
  document: DELETE_PACK_BY_ID,
  variables: ({ params }) => ({ id: params.id }),
  response: emptyAnswer,
  respond: () => ({}),
})
