// Fleet's orbit agent API (server/service/orbit.go), the part orbit and Fleet
// Desktop need: POST /api/fleet/orbit/enroll, /config and /device_token, and the
// unauthenticated ping. Authentication failures leave in osquery's {error,
// node_invalid} shape, which makes orbit re-enroll; other errors (400, 409) in
// Fleet's REST shape. Every successful answer carries the server's capabilities
// (X-Fleet-Capabilities), which orbit reads from any of them.
import type { Context } from 'koa'
import { z } from 'zod'
import { emptyAnswer, endpoint, reads, type Endpoint } from '../endpoint.js'
import { GraphQLCallError } from '../errors.js'
import { operation } from '../executor.js'
import { EnrollOrbitDocument, OrbitConfigDocument, SetDeviceAuthTokenDocument } from '../generated/graphql.js'
import { CAPABILITIES_HEADER, ORBIT_CAPABILITIES, writeCapabilities } from '../capabilities.js'
import { fleetOrbitConfig, toFleetOrbitConfig } from '../mappers/orbit.js'

const ENROLL_ORBIT = operation(EnrollOrbitDocument)
const SET_DEVICE_AUTH_TOKEN = operation(SetDeviceAuthTokenDocument)
const ORBIT_CONFIG = operation(OrbitConfigDocument)

const capabilitiesHeader = z.object({
  [CAPABILITIES_HEADER]: z.string().meta({ description: `The server's orbit capabilities, comma-separated: ${ORBIT_CAPABILITIES.join(',')}` }),
})

/** A successful orbit answer carries the orbit capabilities (Fleet's orbit endpointer sets them after success). */
function withOrbitCapabilities(inner: Endpoint): Endpoint {
  return reads({ ...inner.request, responseHeaders: capabilitiesHeader }, (deps) => {
    const handle = inner(deps)
    return async (ctx) => {
      await handle(ctx)
      writeCapabilities(ctx, ORBIT_CAPABILITIES)
    }
  })
}

/** Orbit-node-key routes: a missing or unknown key is osquery's 401 node_invalid (orbit re-enrolls); other errors stay REST. */
function orbitAuthenticated(inner: Endpoint): Endpoint {
  return reads({ ...inner.request, errorShapes: { ...inner.request?.errorShapes, 401: 'osquery' } }, (deps) => {
    const handle = inner(deps)
    return async (ctx) => {
      try {
        await handle(ctx)
      } catch (e) {
        if (e instanceof GraphQLCallError && e.errors[0]?.extensions?.code === 'UNAUTHENTICATED') ctx.state.errorStyle = 'osquery'
        throw e
      }
    }
  })
}

// Go decodes a missing string as "": the service answers those (401 for the secret, 400 for the uuid).
const str = z.string().max(255).optional()

/** Errors use the osquery shape (declared in routes.ts), as Fleet's orbitError does. */
export const enrollOrbit = withOrbitCapabilities(endpoint({
  auth: 'none', // the enroll secret in the body is the credential
  body: z.object({
    enroll_secret: str, hardware_uuid: str, hardware_serial: str, hostname: str, platform: str,
    computer_name: str, hardware_model: str, osquery_identifier: str,
  }),
  document: ENROLL_ORBIT,
  variables: ({ body: b }) => ({
    input: {
      enrollSecret: b.enroll_secret ?? '', hardwareUuid: b.hardware_uuid ?? '', hardwareSerial: b.hardware_serial ?? null,
      hostname: b.hostname ?? null, platform: b.platform ?? null, computerName: b.computer_name ?? null,
      hardwareModel: b.hardware_model ?? null, osqueryIdentifier: b.osquery_identifier ?? null,
    },
  }),
  response: z.object({ orbit_node_key: z.string() }),
  respond: ({ enrollOrbit: e }) => ({ orbit_node_key: e.orbitNodeKey }),
}))

/** An unknown orbit node key is osquery's 401 node_invalid; token problems are REST 400/409. */
export const setDeviceToken = withOrbitCapabilities(orbitAuthenticated(endpoint({
  auth: 'none', // the orbit node key in the body is the credential
  body: z.object({
    orbit_node_key: z.string().max(1024).optional(),
    // the service checks the token's own rules (empty, over 255, characters); this only bounds the input
    device_auth_token: z.string().max(64 * 1024).optional(),
  }),
  document: SET_DEVICE_AUTH_TOKEN,
  variables: ({ body }) => ({ key: body.orbit_node_key ?? '', token: body.device_auth_token ?? '' }),
  response: emptyAnswer,
  respond: () => ({}),
})))

/** Orbit's configuration for its host: agent options and notifications (mappers/orbit.ts). */
export const getOrbitConfig = withOrbitCapabilities(orbitAuthenticated(endpoint({
  auth: 'none', // the orbit node key in the body is the credential
  body: z.object({ orbit_node_key: z.string().max(1024).optional() }),
  document: ORBIT_CONFIG,
  variables: ({ body }) => ({ key: body.orbit_node_key ?? '' }),
  response: fleetOrbitConfig,
  respond: ({ orbitConfig }) => toFleetOrbitConfig(orbitConfig),
})))

/**
 * The ping: 200 with the capabilities, for anyone (Fleet's orbitPingEndpoint; orbit asks it before
 * enrolling). Fleet serves HEAD only; GET and POST answer the same here, with an empty JSON object,
 * for probes and proxies that cannot send HEAD. The body of a POST is not read.
 */
const ping = () => async (ctx: Context) => {
  writeCapabilities(ctx, ORBIT_CAPABILITIES)
  ctx.status = 200
  if (ctx.method === 'HEAD') return // headers only, as Fleet (Koa sends no body for HEAD)
  ctx.type = 'application/json; charset=utf-8'
  ctx.body = '{}'
}
// (each its own function: reads() attaches the shape to the function it is given)
export const headOrbitPing: Endpoint = reads({ auth: 'none', status: 200, responseHeaders: capabilitiesHeader }, () => ping())
export const orbitPing: Endpoint = reads({ auth: 'none', response: emptyAnswer, responseHeaders: capabilitiesHeader }, () => ping())
