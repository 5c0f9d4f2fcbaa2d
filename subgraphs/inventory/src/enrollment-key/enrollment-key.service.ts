// Enrollment API keys = enroll secrets (ADR 0013). A key lets any machine join its policy's team, so
// keys are for writers: global maintainers and admins see and make every key, a team's maintainers and
// admins those of their team; observers none (Kibana: fleet-agents-all). A new key gets Kibana's stored
// name "<name> (<id>)" and a random secret; a policy holds at most 50 usable keys (FleetDM's limit).
// Revoking keeps the key, inactive: it no longer enrolls (agent-api's enroll, orbit's enroll).
import { FleetError, WRITERS, forbidden, invalidArgument, parseKql, requireReader, requireRole, type Viewer } from '@fleetgraph/subgraph-kit'
import type { InventoryContext } from '../context.js'
import { MAX_ENROLL_SECRETS } from '../enroll-secret/enroll-secret-rules.js'
import { agentPolicyService, listWindow, newEnrollmentKey } from '../agent-policy/agent-policy.service.js'
import type { KibanaListArgs } from '../agent-policy/kibana-list.args.js'
import { EnrollmentApiKey, EnrollmentApiKeyPage, type EnrollmentKeyRow } from './enrollment-key.type.js'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const MAX_KEY_NAME = 200
/** Elasticsearch's time units Kibana's expiration takes ("7d", "24h", "30m"), in milliseconds. */
const UNITS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 }
const MAX_EXPIRATION_MS = 100 * 365 * 86_400_000

export const enrollmentKeyNotFound = (id: string) => new FleetError('NOT_FOUND', `EnrollmentAPIKey ${id} not found`)

/** The teams whose keys the caller manages (null: all, the global ones included); FORBIDDEN for none. */
function managedTeams(v: Viewer): number[] | null {
  if (v.globalRole && WRITERS.includes(v.globalRole)) return null
  const teams = v.teams.filter((t) => WRITERS.includes(t.role)).map((t) => t.teamId)
  if (!teams.length) throw forbidden('enrollment API keys are for maintainers and admins')
  return teams
}

const manages = (teams: number[] | null, row: Pick<EnrollmentKeyRow, 'team_id'>) => teams == null || (row.team_id != null && teams.includes(row.team_id))

/** "7d" → the time 7 days from now; a validation error for anything else. */
export function expiryOf(expiration: string, now = Date.now()): Date {
  const m = /^(\d{1,12})(ms|s|m|h|d)$/.exec(expiration.trim())
  const ms = m ? Number(m[1]) * UNITS[m[2]!]! : NaN
  if (!(ms > 0 && ms <= MAX_EXPIRATION_MS)) throw invalidArgument('expiration', 'expiration must be a positive duration such as 7d, 24h or 30m (at most 100 years)')
  return new Date(now + ms)
}

export class EnrollmentKeyService {
  async page(ctx: InventoryContext, args: Pick<KibanaListArgs, 'page' | 'perPage' | 'kuery'>): Promise<EnrollmentApiKeyPage> {
    const teams = managedTeams(requireReader(ctx))
    const { page, perPage, offset } = listWindow(args)
    const { rows, total } = await ctx.repos.enrollmentKeys.page({ teamIds: teams, withDefault: teams == null, kuery: parseKql(args.kuery), offset, limit: perPage })
    return new EnrollmentApiKeyPage(rows.map((r) => new EnrollmentApiKey(r)), total, page, perPage)
  }

  async get(ctx: InventoryContext, id: string): Promise<EnrollmentApiKey> {
    return new EnrollmentApiKey(await this.managedRow(ctx, id))
  }

  async create(ctx: InventoryContext, policyId: string, name?: string | null, expiration?: string | null): Promise<EnrollmentApiKey> {
    const v = requireReader(ctx)
    const policy = await agentPolicyService.visibleRow(ctx, v, policyId).catch((e: unknown) => {
      throw (e as FleetError).code === 'NOT_FOUND' ? new FleetError('NOT_FOUND', `Agent policy "${policyId}" not found`) : e
    })
    requireRole(ctx, WRITERS, policy.team_id ?? undefined)
    const given = name?.trim() ? name : null
    if (given && given.length > MAX_KEY_NAME) throw invalidArgument('name', `name must be at most ${MAX_KEY_NAME} characters`)
    const expireAt = expiration != null ? expiryOf(expiration) : null
    const key = newEnrollmentKey(given)
    // Kibana's rule: a name is taken when a key's stored name is that name and a UUID in parentheses.
    const taken = (stored: string) => !!given && stored.startsWith(`${given} (`) && UUID.test(stored.slice(given.length + 2, -1)) && stored.endsWith(')')
    const r = await ctx.repos.enrollmentKeys.create({ teamId: policy.team_id, ...key, expireAt }, taken, MAX_ENROLL_SECRETS)
    if (r === 'taken') throw new FleetError('CONFLICT', `An enrollment key named ${given} already exists for agent policy ${policy.id}`)
    if (r === 'full') throw new FleetError('BAD_REQUEST', `Agent policy ${policy.id} already has ${MAX_ENROLL_SECRETS} usable enrollment keys (FleetDM's limit): revoke one first`)
    const row = await ctx.repos.enrollmentKeys.byId(r)
    if (!row) throw enrollmentKeyNotFound(r)
    return new EnrollmentApiKey(row)
  }

  /** Revokes the key (Kibana's DELETE): it stays, inactive, and no longer enrolls. */
  async revoke(ctx: InventoryContext, id: string): Promise<EnrollmentApiKey> {
    const row = await this.managedRow(ctx, id)
    await ctx.repos.enrollmentKeys.revoke(row.id)
    return new EnrollmentApiKey({ ...row, active: false })
  }

  private async managedRow(ctx: InventoryContext, id: string): Promise<EnrollmentKeyRow> {
    const teams = managedTeams(requireReader(ctx))
    const row = UUID.test(id) ? await ctx.repos.enrollmentKeys.byId(id.toLowerCase()) : null
    if (!row || !manages(teams, row)) throw enrollmentKeyNotFound(id)
    return row
  }
}
export const enrollmentKeyService = new EnrollmentKeyService()
