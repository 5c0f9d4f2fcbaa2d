// Spec: "Setup" — POST /api/v1/setup. Works once; afterwards the route is
// gone (404), as in Fleet.
import { z } from 'zod'
import { endpoint } from '../endpoint.js'
import { operation } from '../executor.js'
import { SetupDocument } from '../generated/graphql.js'
import { fleetUser, toFleetUser } from '../mappers/user.js'

const SETUP = operation(SetupDocument)

export const setup = endpoint({
  auth: 'none',
  body: z.object({
    admin: z.object({
      admin: z.boolean().optional(),
      email: z.string(),
      name: z.string(),
      password: z.string(),
      password_confirmation: z.string().optional(),
    }),
    org_info: z.object({ org_name: z.string(), org_logo_url: z.string().optional() }),
    server_url: z.string(),
    osquery_enroll_secret: z.string().nullish(),
  }),
  document: SETUP,
  response: z.object({
    admin: fleetUser,
    org_info: z.object({ org_name: z.string(), org_logo_url: z.string() }),
    server_url: z.string(),
    osquery_enroll_secret: z.null().meta({ description: 'Never echoed' }),
    token: z.string().meta({ description: "The admin's session token" }),
  }),
  variables: ({ body }) => ({
    input: {
      admin: { name: body.admin.name, email: body.admin.email, password: body.admin.password, passwordConfirmation: body.admin.password_confirmation ?? null },
      orgInfo: { orgName: body.org_info.org_name, orgLogoUrl: body.org_info.org_logo_url ?? null },
      serverUrl: body.server_url,
      osqueryEnrollSecret: body.osquery_enroll_secret ?? null,
    },
  }),
  respond: ({ setup: s }) => ({
    admin: toFleetUser(s.admin),
    org_info: { org_name: s.orgInfo.orgName, org_logo_url: s.orgInfo.orgLogoUrl },
    server_url: s.serverUrl,
    osquery_enroll_secret: null,
    token: s.token,
  }),
})
