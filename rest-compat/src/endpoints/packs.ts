// Spec: "Packs" — create, modify, get, list, delete by name, delete by id.
import { z } from 'zod'
import { endpoint, listOptions } from '../endpoint.js'
import { PACK_FIELDS, toFleetPack } from '../mappers/pack.js'

const idParam = z.object({ id: z.string() })
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
  document: `mutation CreatePack($input: CreatePackInput!) { createPack(input: $input) { ...FleetPack } } ${PACK_FIELDS}`,
  variables: ({ body: b }) => ({ input: { name: b.name, description: b.description ?? null, platform: b.platform ?? null, disabled: b.disabled ?? null, ...targets(b) } }),
  respond: ({ createPack: p }) => ({ pack: toFleetPack(p) }),
})

export const modifyPack = endpoint({
  params: idParam,
  body: z.object({ name: z.string().max(255).optional(), ...packBody }),
  document: `mutation ModifyPack($id: ID!, $input: UpdatePackInput!) { updatePack(id: $id, input: $input) { ...FleetPack } } ${PACK_FIELDS}`,
  variables: ({ params, body: b }) => ({ id: params.id, input: { name: b.name ?? null, description: b.description ?? null, platform: b.platform ?? null, disabled: b.disabled ?? null, ...targets(b) } }),
  respond: ({ updatePack: p }) => ({ pack: toFleetPack(p) }),
})

export const getPack = endpoint({
  params: idParam,
  document: `query GetPack($id: ID!) { pack(id: $id) { ...FleetPack } } ${PACK_FIELDS}`,
  variables: ({ params }) => ({ id: params.id }),
  respond: ({ pack }) => ({ pack: toFleetPack(pack) }),
})

export const listPacks = endpoint({
  query: z.object(listOptions),
  document: `query ListPacks($filter: PackListInput) { packs(filter: $filter) { ...FleetPack } } ${PACK_FIELDS}`,
  variables: ({ query: q }) => ({ filter: { orderKey: q.order_key ?? null, orderDirection: q.order_direction ?? null, page: q.page ?? null, perPage: q.per_page ?? null } }),
  respond: ({ packs }) => ({ packs: packs.map(toFleetPack) }),
})

export const deletePack = endpoint({
  params: z.object({ name: z.string() }),
  document: `mutation DeletePack($name: String!) { deletePack(name: $name) }`,
  variables: ({ params }) => ({ name: params.name }),
  respond: () => ({}),
})

export const deletePackById = endpoint({
  params: idParam,
  document: `mutation DeletePackById($id: ID!) { deletePackById(id: $id) }`,
  variables: ({ params }) => ({ id: params.id }),
  respond: () => ({}),
})
