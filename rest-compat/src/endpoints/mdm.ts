// Spec: "Mobile device management (MDM)" — Apple setup (DEP key pair, CSR),
// custom settings batch, and end-user SSO during DEP enrollment.
import type { Context } from 'koa'
import { z } from 'zod'
import { readFormBody, readJsonBody } from '../body.js'
import { endpoint, queryInt, reads, runOperation, type Endpoint } from '../endpoint.js'
import { RestError } from '../errors.js'
import { operation } from '../executor.js'
import {
  BatchProfilesDocument, CompleteSsoDocument, DepKeyPairDocument, MatchDocument, PreassignDocument, RequestCsrDocument, StartSsoDocument,
} from '../generated/graphql.js'

const DEP_KEY_PAIR = operation(DepKeyPairDocument)
const REQUEST_CSR = operation(RequestCsrDocument)
const BATCH_PROFILES = operation(BatchProfilesDocument)
const PREASSIGN = operation(PreassignDocument)
const MATCH = operation(MatchDocument)
const START_SSO = operation(StartSsoDocument)
const COMPLETE_SSO = operation(CompleteSsoDocument)

export const depKeyPair = endpoint({
  document: DEP_KEY_PAIR,
  response: z.object({ public_key: z.string(), private_key: z.string() }).meta({ description: 'PEM, base64-encoded, as Fleet' }),
  respond: ({ generateDepKeyPair: k }) => ({ public_key: k.publicKey, private_key: k.privateKey }),
})

export const requestCsr = endpoint({
  // presence and format are checked by the service, with Fleet's field names and reasons
  body: z.object({ email_address: z.string().max(320).nullish(), organization: z.string().max(255).nullish() }),
  document: REQUEST_CSR,
  variables: ({ body }) => ({ e: body.email_address ?? null, o: body.organization ?? null }),
  response: z.object({ apns_key: z.string(), scep_cert: z.string(), scep_key: z.string() }),
  respond: ({ requestAppleMdmCsr: r }) => ({ apns_key: r.apnsKey, scep_cert: r.scepCert, scep_key: r.scepKey }),
})

const batchQuery = z.object({
  team_id: queryInt(0), // 0: hosts in no team
  team_name: z.string().max(255).optional(),
  dry_run: z.enum(['true', 'false', '1', '0']).optional(),
})

/** 204 on success, as Fleet; every profile is validated before anything is stored. */
export const batchProfiles = endpoint({
  query: batchQuery,
  body: z.object({ profiles: z.array(z.string()).max(10_000).nullish() }),
  document: BATCH_PROFILES,
  variables: ({ query, body }) => ({ p: body.profiles ?? [], t: query.team_id != null ? String(query.team_id) : null, n: query.team_name ?? null, d: query.dry_run === 'true' || query.dry_run === '1' }),
})

export const preassignProfile = endpoint({
  body: z.object({
    external_host_identifier: z.string().max(255), host_uuid: z.string().max(255), profile: z.string(),
    group: z.string().max(255).nullish(), exclude: z.boolean().nullish(),
  }),
  document: PREASSIGN,
  variables: ({ body }) => ({ i: { externalHostIdentifier: body.external_host_identifier, hostUuid: body.host_uuid, profile: body.profile, group: body.group ?? null, exclude: body.exclude ?? null } }),
})

export const matchProfiles = endpoint({
  body: z.object({ external_host_identifier: z.string().min(1).max(255) }),
  document: MATCH,
  variables: ({ body }) => ({ id: body.external_host_identifier }),
})

export const startSso = endpoint({
  auth: 'none', // the end user is not a Fleet user yet (DEP enrollment)
  document: START_SSO,
  response: z.object({ url: z.string().meta({ description: "The identity provider's sign-in URL" }) }),
  respond: ({ startMdmSso }) => ({ url: startMdmSso.url }),
})

/** The IdP posts a form (HTTP-POST binding); the spec's example is JSON: both are read. Answers 303, as Fleet. */
export const ssoCallback: Endpoint = reads({ body: z.object({ SAMLResponse: z.string() }), status: 303, auth: 'none' }, (deps) => async (ctx: Context) => {
  const body = ctx.is('application/x-www-form-urlencoded') ? await readFormBody(ctx, deps.bodyLimitBytes) : await readJsonBody(ctx, deps.bodyLimitBytes, true)
  const saml = (body as Record<string, unknown> | undefined)?.SAMLResponse
  if (typeof saml !== 'string' || !saml) throw new RestError('BAD_REQUEST', 'missing SAMLResponse', [{ name: 'SAMLResponse', reason: 'is required' }])
  const data = await runOperation(deps, ctx, COMPLETE_SSO, { r: saml })
  ctx.redirect(data.completeMdmSso.redirectUrl)
  ctx.status = 303 // after redirect(), which sets 302
})
