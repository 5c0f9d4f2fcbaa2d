// REST API: "Hosts > Transfer hosts to a team" and "Hosts > Delete host" (FleetDM's rest-api.md; not in
// the seeds). Kibana's reassign and agent delete (kibana/agents.ts) run the same services, with the same
// authorization.
import { z } from 'zod'
import { endpoint, int32 } from '../endpoint.js'
import { operation } from '../executor.js'
import { DeleteHostDocument, TransferHostsDocument } from '../generated/graphql.js'

const TRANSFER_HOSTS = operation(TransferHostsDocument)
const DELETE_HOST = operation(DeleteHostDocument)

/** POST /hosts/transfer {team_id (null: no team), hosts: [ids]} → {} */
export const transferHosts = endpoint({
  body: z.object({ team_id: int32().positive().nullable(), hosts: z.array(int32().positive()).max(1_000) }),
  document: TRANSFER_HOSTS,
  variables: ({ body }) => ({ teamId: body.team_id == null ? null : String(body.team_id), hostIds: body.hosts.map(String) }),
  response: z.object({}),
  respond: () => ({}),
})

/** DELETE /hosts/{id} → {} */
export const deleteHost = endpoint({
  params: z.object({ id: z.string() }),
  document: DELETE_HOST,
  variables: ({ params }) => ({ id: params.id }),
  response: z.object({}),
  respond: () => ({}),
})
