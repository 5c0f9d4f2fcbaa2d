// Spec: "Device-authenticated routes" — Fleet Desktop's API under
// /api/<v>/fleet/device/{token}… (fleet-behaviour §2.10). The token in the
// path is the credential: each route forwards it as `Authorization: Device
// <token>` (replacing any header the client sent) to one GraphQL operation
// on the calling device. Failed device authentications are rate-limited per
// client address, as Fleet's errorLimiter does (see deviceRoute).
import type { Context } from 'koa'
import { z } from 'zod'
import { endpoint, reads, runOperation, type Endpoint, type EndpointSpec } from '../endpoint.js'
import {
  DEVICE_HOST_FIELDS, toFleetDesktop, toFleetDeviceHost, toFleetDeviceMapping, toFleetDevicePolicies, toFleetMacadmins,
} from '../mappers/device.js'

const tokenParams = z.object({ token: z.string() })

/**
 * Runs a device route: the path token becomes the request's credential. The
 * failure budget per client address is kept where the token is checked (the
 * subgraphs' device authentication, the inventory subgraph's device/device-throttle.ts), so
 * it holds for GraphQL callers and across replicas too; a client over it gets
 * 429 with Retry-After from the error middleware.
 */
function deviceRoute(inner: Endpoint): Endpoint {
  return reads({ ...inner.request, params: tokenParams }, (deps) => {
    const handle = inner(deps)
    return async (ctx: Context) => {
      // The device token is the only credential of these routes: a user's bearer token must not ride along.
      ctx.request.headers.authorization = `Device ${String(ctx.params.token ?? '')}`
      await handle(ctx)
    }
  })
}
const deviceEndpoint = <Q = undefined>(spec: Omit<EndpointSpec<{ token: string }, Q, undefined>, 'params'>) =>
  deviceRoute(endpoint({ params: tokenParams, ...spec }))

export const getDeviceHost = deviceEndpoint({
  document: `query DeviceHost { device { ...FleetDeviceHost } } ${DEVICE_HOST_FIELDS}`,
  respond: ({ device }) => toFleetDeviceHost(device),
})

export const refetchDevice = deviceEndpoint({
  document: `mutation RefetchDevice { refetchDevice }`,
  respond: () => ({}),
})

export const getDeviceMapping = deviceEndpoint({
  document: `query DeviceMapping { device { id deviceMapping { email source } } }`,
  respond: ({ device }) => toFleetDeviceMapping(device),
})

export const getDeviceMacadmins = deviceEndpoint({
  document: `query DeviceMacadmins { device { macadmins { munkiVersion munkiIssues { name type } mdm { enrollmentStatus serverUrl name } } } }`,
  respond: ({ device }) => toFleetMacadmins(device.macadmins),
})

export const getDeviceDesktop = deviceEndpoint({
  document: `query DeviceDesktop { device {
    desktop { notifications { needsMdmMigration renewEnrollmentProfile } macosMigrationMode }
    org { orgName orgLogoUrl orgLogoUrlLightBackground contactUrl }
    host { failingPolicyCount }
  } }`,
  respond: ({ device }) => toFleetDesktop(device),
})

export const listDevicePolicies = deviceEndpoint({
  document: `query DevicePolicies { device { host { policies { id name query description resolution platform critical response } } } }`,
  respond: ({ device }) => toFleetDevicePolicies(device),
})

export const getDeviceApiFeatures = deviceEndpoint({
  document: `query DeviceApiFeatures { device { apiFeatures } }`,
  respond: ({ device }) => ({ features: device.apiFeatures }),
})

/** 307 to the transparency URL (Fleet's hijackRender: a Location header, no JSON). */
export const getDeviceTransparency = deviceRoute((deps) => async (ctx) => {
  const data = await runOperation(deps, ctx, `query DeviceTransparency { device { transparencyUrl } }`)
  ctx.status = 307
  ctx.set('Location', data.device.transparencyUrl)
  ctx.body = ''
})

/** The .mobileconfig as an attachment macOS opens with its profile installer. */
export const getDeviceManualEnrollmentProfile = deviceRoute((deps) => async (ctx) => {
  const data = await runOperation(deps, ctx, `query DeviceEnrollmentProfile { deviceAppleEnrollmentProfile }`)
  const profile = Buffer.from(data.deviceAppleEnrollmentProfile, 'base64')
  ctx.status = 200
  ctx.set('Content-Disposition', 'attachment; filename="fleet-mdm-enrollment-profile.mobileconfig"')
  ctx.set('X-Content-Type-Options', 'nosniff')
  ctx.type = 'application/x-apple-aspen-config'
  ctx.body = profile
})

/** 204 once the migration webhook was delivered. */
export const migrateDeviceMdm = deviceRoute((deps) => async (ctx) => {
  await runOperation(deps, ctx, `mutation MigrateDeviceMdm { migrateDeviceMdm }`)
  ctx.status = 204
})
