// Fleet-level fixtures: set the instance up, make users, enroll hosts, all
// through the public routes.
import { randomBytes } from 'node:crypto'
import { doJSON } from './client.js'

export const PASSWORD = 'correct horse 1!'
export const ENROLL_SECRET = 'test-enroll-secret'

export async function setupInstance(base: string): Promise<{ token: string; adminId: number }> {
  const r = await doJSON(base, 'POST', '/api/v1/setup', {
    admin: { admin: true, email: 'admin@example.com', name: 'Admin', password: PASSWORD, password_confirmation: PASSWORD },
    org_info: { org_name: 'Acme' }, server_url: 'https://fleet.example.com', osquery_enroll_secret: ENROLL_SECRET,
  }, 200)
  return { token: r.body.token, adminId: r.body.admin.id }
}

export async function createUser(base: string, adminToken: string, role: 'admin' | 'maintainer' | 'observer'): Promise<{ id: number; email: string; token: string }> {
  const email = `${role}-${randomBytes(4).toString('hex')}@example.com`
  const u = await doJSON(base, 'POST', '/api/latest/fleet/users/admin', { name: role, email, password: PASSWORD, global_role: role }, 200, adminToken)
  const l = await doJSON(base, 'POST', '/api/v1/fleet/login', { email, password: PASSWORD }, 200)
  return { id: u.body.user.id, email, token: l.body.token }
}

/** A user with one team role and no global role, logged in: its token. */
export async function createTeamUser(base: string, adminToken: string, teamId: number, role: 'admin' | 'maintainer' | 'observer'): Promise<string> {
  const email = `team-${role}-${randomBytes(4).toString('hex')}@example.com`
  await doJSON(base, 'POST', '/api/latest/fleet/users/admin', { name: `team ${role}`, email, password: PASSWORD, global_role: null, teams: [{ id: teamId, role }] }, 200, adminToken)
  return (await doJSON(base, 'POST', '/api/v1/fleet/login', { email, password: PASSWORD }, 200)).body.token
}

export async function enrollHost(base: string, hostname: string, platform = 'ubuntu'): Promise<string> {
  const r = await doJSON(base, 'POST', '/api/v1/osquery/enroll', {
    enroll_secret: ENROLL_SECRET, host_identifier: `id-${hostname}`, platform_type: 'linux',
    host_details: {
      system_info: { hostname, uuid: `uuid-${hostname}`, hardware_serial: `serial-${hostname}`, cpu_brand: 'Test CPU' },
      os_version: { name: 'Ubuntu', version: '22.04', platform },
      osquery_info: { version: '5.10.2' },
    },
  }, 200)
  return r.body.node_key
}

/** As osquery does it: the host's next distributed/read must carry the campaign's query; then it answers with `rows`. */
export async function answerLiveQuery(base: string, nodeKey: string, campaignId: number, rows: unknown[]): Promise<void> {
  const name = `fleet_distributed_query_${campaignId}`
  const read = await doJSON(base, 'POST', '/api/v1/osquery/distributed/read', { node_key: nodeKey }, 200)
  if (!read.body.queries?.[name]) throw new Error(`campaign ${campaignId} was not asked of the host: ${JSON.stringify(read.body)}`)
  await doJSON(base, 'POST', '/api/v1/osquery/distributed/write', { node_key: nodeKey, queries: { [name]: rows }, statuses: { [name]: 0 }, messages: {} }, 200)
}
