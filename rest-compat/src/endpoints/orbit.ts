// Fleet's orbit agent API (server/service/orbit.go), the part Fleet Desktop
// needs: POST /api/fleet/orbit/enroll and POST /api/fleet/orbit/device_token.
// Authentication failures leave in osquery's {error, node_invalid} shape, which
// makes orbit re-enroll; other errors (400, 409) in Fleet's REST shape.
import { z } from 'zod'
import { emptyAnswer, endpoint, reads, type Endpoint } from '../endpoint.js'
import { GraphQLCallError } from '../errors.js'
import { operation } from '../executor.js'
import { EnrollOrbitDocument, SetDeviceAuthTokenDocument } from '../generated/graphql.js'

const ENROLL_ORBIT = operation(EnrollOrbitDocument)
const SET_DEVICE_AUTH_TOKEN = operation(SetDeviceAuthTokenDocument)

// Go decodes a missing string as "": the service answers those (401 for the secret, 400 for the uuid).
const str = z.string().max(255).optional()

/** Errors use the osquery shape (declared in routes.ts), as Fleet's orbitError does. */
export const enrollOrbit = endpoint({
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
})

const storeDeviceToken = endpoint({
  auth: 'none', // the orbit node key in the body is the credential
  errorShapes: { 401: 'osquery' },
  body: z.object({
    orbit_node_key: z.string().max(1024).optional(),
    // the service checks the token's own rules (empty, over 255, characters); this only bounds the input
    device_auth_token: z.string().max(64 * 1024).optional(),
  }),
  document: SET_DEVICE_AUTH_TOKEN,
  variables: ({ body }) => ({ key: body.orbit_node_key ?? '', token: body.device_auth_token ?? '' }),
  response: emptyAnswer,
  respond: () => ({}),
})

/** An unknown orbit node key is osquery's 401 node_invalid; token problems are REST 400/409. */
export const setDeviceToken: Endpoint = reads(storeDeviceToken.request!, (deps) => {
  const handle = storeDeviceToken(deps)
  return async (ctx) => {
    try {
      await handle(ctx)
    } catch (e) {
      if (e instanceof GraphQLCallError && e.errors[0]?.extensions?.code === 'UNAUTHENTICATED') ctx.state.errorStyle = 'osquery'
      throw e
    }
  }
})
