// Fleet REST API: "Authentication" — log in, log out, me.
import { z } from 'zod'
import { endpoint } from '../endpoint.js'
import { operation } from '../executor.js'
import { LoginDocument, LogoutDocument, MeDocument } from '../generated/graphql.js'
import { toFleetUser } from '../mappers/user.js'

const LOGIN = operation(LoginDocument)
const LOGOUT = operation(LogoutDocument)
const ME = operation(MeDocument)

export const login = endpoint({
  body: z.object({ email: z.string(), password: z.string() }),
  document: LOGIN,
  variables: ({ body }) => ({ email: body.email, password: body.password }),
  respond: ({ login: l }) => ({ user: toFleetUser(l.user), available_teams: l.user.teams.map((t) => ({ id: Number(t.team.id), name: t.team.name, description: t.team.description })), token: l.token }),
})

export const logout = endpoint({
  document: LOGOUT,
  respond: () => ({}),
})

export const me = endpoint({
  document: ME,
  respond: ({ me: u, teamList: teams }) => ({
    user: toFleetUser(u),
    available_teams: teams.map((t) => ({ id: Number(t.id), name: t.name, description: t.description })),
  }),
})
