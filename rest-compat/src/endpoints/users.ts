// Fleet REST API: "Users" — list users, create a user as an admin (with the token of an API-only
// user), create an API-only user (newer Fleet's POST /users/api_only).
import { z } from 'zod'
import { endpoint, int32, listOptions, queryInt } from '../endpoint.js'
import { RestError } from '../errors.js'
import { operation } from '../executor.js'
import { CreateApiOnlyUserDocument, CreateUserDocument, UsersDocument } from '../generated/graphql.js'
import { fleetUser, toFleetUser } from '../mappers/user.js'

const USERS = operation(UsersDocument)
const CREATE_USER = operation(CreateUserDocument)
const CREATE_API_ONLY_USER = operation(CreateApiOnlyUserDocument)

/**
 * Fleet refuses `api_endpoints` where it does not apply, at the endpoint, before the service runs;
 * Fleet Premium's per-endpoint restriction of API-only users is not implemented here, so a list is
 * refused rather than ignored (a token the caller believes restricted would have full access).
 */
function refuseApiEndpoints(value: unknown, reason: string) {
  if (value != null) throw new RestError('VALIDATION_FAILED', `api_endpoints: ${reason}`, [{ name: 'api_endpoints', reason }])
}

/** Fleet's `token` is omitted (Go omitempty) unless the new user is API-only and not SSO. */
const withToken = (token: string | null | undefined) => (token ? { token } : {})

export const listUsers = endpoint({
  query: z.object({ ...listOptions, team_id: queryInt(1) }),
  document: USERS,
  variables: ({ query: q }) => ({
    filter: {
      query: q.query ?? null, orderKey: q.order_key ?? null, orderDirection: q.order_direction ?? null,
      page: q.page ?? null, perPage: q.per_page ?? null, teamId: q.team_id != null ? String(q.team_id) : null,
    },
  }),
  response: z.object({ users: z.array(fleetUser) }),
  respond: ({ userList }) => ({ users: userList.map(toFleetUser) }),
})

export const createUser = endpoint({
  body: z.object({
    name: z.string(),
    email: z.string(),
    password: z.string().optional(),
    global_role: z.string().nullish(),
    teams: z.array(z.object({ id: z.number().int(), role: z.string() })).max(1000).nullish(),
    api_only: z.boolean().optional(),
    sso_enabled: z.boolean().optional(),
    admin_forced_password_reset: z.boolean().optional(),
    position: z.string().optional(),
    api_endpoints: z.unknown().optional(),
  }),
  document: CREATE_USER,
  variables: ({ body: b }) => {
    refuseApiEndpoints(b.api_endpoints, 'This endpoint does not accept API endpoint values')
    return { input: {
      name: b.name, email: b.email, password: b.password ?? null, globalRole: b.global_role ?? null,
      teams: b.teams?.map((t) => ({ teamId: String(t.id), role: t.role })) ?? null,
      apiOnly: b.api_only ?? null, ssoEnabled: b.sso_enabled ?? null,
      forcePasswordReset: b.admin_forced_password_reset ?? null, position: b.position ?? null,
    } }
  },
  response: z.object({ user: fleetUser, token: z.string().optional().meta({ description: 'The new user\'s API token: API-only users (not SSO) only.' }) }),
  respond: ({ createUser: c }) => ({ user: toFleetUser(c.user), ...withToken(c.token) }),
})

// Fleet's request: {name, global_role, fleets: [{id, role}], api_endpoints}; the email and password
// are generated. A missing name is the service's 422, as in Fleet.
export const createApiOnlyUser = endpoint({
  body: z.object({
    name: z.string().optional(),
    global_role: z.string().nullish(),
    fleets: z.array(z.object({ id: int32(), role: z.string() })).max(1000).nullish(),
    api_endpoints: z.unknown().optional(),
  }),
  document: CREATE_API_ONLY_USER,
  variables: ({ body: b }) => {
    refuseApiEndpoints(b.api_endpoints, 'restricting an API-only user to some endpoints is not supported; omit api_endpoints (or send null) for access by role')
    return { input: { name: b.name ?? '', globalRole: b.global_role ?? null, teams: b.fleets?.map((t) => ({ teamId: String(t.id), role: t.role })) ?? null } }
  },
  response: z.object({ user: fleetUser, token: z.string() }),
  respond: ({ createApiOnlyUser: c }) => ({ user: toFleetUser(c.user), token: c.token }),
})
