// Fleet REST API: "Authentication" — log in, log out, me.
import { z } from 'zod'
import { emptyAnswer, endpoint } from '../endpoint.js'
import { operation } from '../executor.js'
import { LoginDocument, LogoutDocument, MeDocument } from '../generated/graphql.js'
import { fleetTeamSummary, fleetUser, toFleetUser } from '../mappers/user.js'

const LOGIN = operation(LoginDocument)
const LOGOUT = operation(LogoutDocument)
const ME = operation(MeDocument)

const session = z.object({ user: fleetUser, available_teams: z.array(fleetTeamSummary) })

export const login = endpoint({
  auth: 'none',
  body: z.object({ email: z.string(), password: z.string() }),
  response: session.extend({ token: z.string().meta({ description: 'The session token: Authorization: Bearer <token>' }) }),
  document: LOGIN,
  variables: ({ body }) => ({ email: body.email, password: body.password }),
  respond: ({ login: l }) => ({ user: toFleetUser(l.user), available_teams: l.user.teams.map((t) => ({ id: Number(t.team.id), name: t.team.name, description: t.team.description })), token: l.token }),
})

export const logout = endpoint({
  document: LOGOUT,
  response: emptyAnswer,
  respond: () => ({}),
})

export const me = endpoint({
  document: ME,
  response: session,
  respond: ({ me: u, teamList: teams }) => ({
    user: toFleetUser(u),
    available_teams: teams.map((t) => ({ id: Number(t.id), name: t.name, description: t.description })),
  }),
})
