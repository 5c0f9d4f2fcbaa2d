// Fleet REST API: "Users" — list users, create a user as an admin.
import { z } from 'zod'
import { endpoint, listOptions, queryInt } from '../endpoint.js'
import { operation } from '../executor.js'
import { CreateUserDocument, UsersDocument } from '../generated/graphql.js'
import { fleetUser, toFleetUser } from '../mappers/user.js'

const USERS = operation(UsersDocument)
const CREATE_USER = operation(CreateUserDocument)

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
  }),
  document: CREATE_USER,
  variables: ({ body: b }) => ({
    input: {
      name: b.name, email: b.email, password: b.password ?? null, globalRole: b.global_role ?? null,
      teams: b.teams?.map((t) => ({ teamId: String(t.id), role: t.role })) ?? null,
      apiOnly: b.api_only ?? null, ssoEnabled: b.sso_enabled ?? null,
      forcePasswordReset: b.admin_forced_password_reset ?? null, position: b.position ?? null,
    },
  }),
  response: z.object({ user: fleetUser }),
  respond: ({ createUser: u }) => ({ user: toFleetUser(u) }),
})
