// Fleet REST API: "Authentication" — log in, log out, me.
import { z } from 'zod'
import { endpoint } from '../endpoint.js'
import { USER_FIELDS, toFleetUser } from '../mappers/user.js'

export const login = endpoint({
  body: z.object({ email: z.string(), password: z.string() }),
  document: `mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) { token user { ...FleetUser } }
  } ${USER_FIELDS}`,
  variables: ({ body }) => ({ email: body.email, password: body.password }),
  respond: ({ login: l }) => ({ user: toFleetUser(l.user), available_teams: l.user.teams.map((t: any) => ({ id: Number(t.team.id), name: t.team.name, description: t.team.description })), token: l.token }),
})

export const logout = endpoint({
  document: `mutation Logout { logout }`,
  respond: () => ({}),
})

export const me = endpoint({
  document: `query Me { me { ...FleetUser } teams { id name description } } ${USER_FIELDS}`,
  respond: ({ me: u, teams }) => ({
    user: toFleetUser(u),
    available_teams: teams.map((t: any) => ({ id: Number(t.id), name: t.name, description: t.description })),
  }),
})
