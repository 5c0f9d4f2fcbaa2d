// Spec: "Device-authenticated routes" — Fleet Desktop's API under
// /api/<v>/fleet/device/{token}… (fleet-behaviour §2.10). The token in the
// path is the credential: each route forwards it as `Authorization: Device
// <token>` (replacing any header the client sent) to one GraphQL operation
// on the calling device. Failed device authentications are rate-limited per
// client address, as Fleet's errorLimiter does (see deviceRoute).
import type { Context } from 'koa'
import { z } from 'zod'
import { emptyAnswer, endpoint, reads, runOperation, type Endpoint, type EndpointDeps } from '../endpoint.js'
import { operation, type Operation } from '../executor.js'
import {
  DeviceApiFeaturesDocument, DeviceDesktopDocument, DeviceEnrollmentProfileDocument, DeviceHostDocument, DeviceMacadminsDocument,
  DeviceMappingDocument, DevicePingDocument, DevicePoliciesDocument, DeviceTransparencyDocument, MigrateDeviceMdmDocument, RefetchDeviceDocument,
} from '../generated/graphql.js'
import { DEVICE_CAPABILITIES, writeCapabilities } from '../capabilities.js'
import {
  fleetDesktop, fleetDeviceHost, fleetDeviceMapping, fleetDevicePolicies, fleetMacadmins,
  toFleetDesktop, toFleetDeviceHost, toFleetDeviceMapping, toFleetDevicePolicies, toFleetMacadmins,
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
  // auth 'none': no bearer token; the device token in the path is the credential.
  return reads({ ...inner.request, params: tokenParams, auth: 'none' }, (deps) => {
    const handle = inner(deps)
    return async (ctx: Context) => {
      // The device token is the only credential of these routes: a user's bearer token must not ride along.
      ctx.request.headers.authorization = `Device ${String(ctx.params.token ?? '')}`
      await handle(ctx)
    }
  })
}
/** A device route answering JSON: one operation without variables (the device is the caller), one mapper typed by its schema. */
const deviceEndpoint = <TData, R extends z.ZodType>(document: Operation<TData, Record<string, never>>, response: R, respond: (data: TData) => z.output<R>) =>
  deviceRoute(endpoint({ params: tokenParams, document, response, respond }))

export const getDeviceHost = deviceEndpoint(operation(DeviceHostDocument), fleetDeviceHost, ({ device }) => toFleetDeviceHost(device))

export const refetchDevice = deviceEndpoint(operation(RefetchDeviceDocument), emptyAnswer, () => ({}))

export const getDeviceMapping = deviceEndpoint(operation(DeviceMappingDocument), fleetDeviceMapping, ({ device }) => toFleetDeviceMapping(device))

export const getDeviceMacadmins = deviceEndpoint(operation(DeviceMacadminsDocument), fleetMacadmins, ({ device }) => toFleetMacadmins(device.macadmins))

export const getDeviceDesktop = deviceEndpoint(operation(DeviceDesktopDocument), fleetDesktop, ({ device }) => toFleetDesktop(device))

export const listDevicePolicies = deviceEndpoint(operation(DevicePoliciesDocument), fleetDevicePolicies, ({ device }) => toFleetDevicePolicies(device))

const apiFeatures = z.object({ features: z.record(z.string(), z.unknown()).meta({ description: 'Feature flags the device API supports' }) })
export const getDeviceApiFeatures = deviceEndpoint(operation(DeviceApiFeaturesDocument), apiFeatures, ({ device }) => ({ features: device.apiFeatures }))

const DEVICE_TRANSPARENCY = operation(DeviceTransparencyDocument)
const DEVICE_ENROLLMENT_PROFILE = operation(DeviceEnrollmentProfileDocument)
const MIGRATE_DEVICE_MDM = operation(MigrateDeviceMdmDocument)

/** 307 to the transparency URL (Fleet's hijackRender: a Location header, no JSON). */
export const getDeviceTransparency = deviceRoute(reads({ status: 307 }, (deps) => async (ctx) => {
  const data = await runOperation(deps, ctx, DEVICE_TRANSPARENCY)
  ctx.status = 307
  ctx.set('Location', data.device.transparencyUrl)
  ctx.body = ''
}))

const MOBILECONFIG = 'application/x-apple-aspen-config'

/** The .mobileconfig as an attachment macOS opens with its profile installer. */
export const getDeviceManualEnrollmentProfile = deviceRoute(reads({ responseType: MOBILECONFIG }, (deps) => async (ctx) => {
  const data = await runOperation(deps, ctx, DEVICE_ENROLLMENT_PROFILE)
  const profile = Buffer.from(data.deviceAppleEnrollmentProfile, 'base64')
  ctx.status = 200
  ctx.set('Content-Disposition', 'attachment; filename="fleet-mdm-enrollment-profile.mobileconfig"')
  ctx.set('X-Content-Type-Options', 'nosniff')
  ctx.type = MOBILECONFIG
  ctx.body = profile
}))

/** 204 once the migration webhook was delivered. */
export const migrateDeviceMdm = deviceRoute(reads({ status: 204 }, (deps) => async (ctx) => {
  await runOperation(deps, ctx, MIGRATE_DEVICE_MDM)
  ctx.status = 204
}))

const DEVICE_PING = operation(DevicePingDocument)

/** The device pings' answer: 200 with the device capabilities (none by default: no header, as Fleet). */
function pong(ctx: Context) {
  writeCapabilities(ctx, DEVICE_CAPABILITIES)
  ctx.status = 200
  if (ctx.method === 'HEAD') return // headers only, as Fleet
  ctx.type = 'application/json; charset=utf-8'
  ctx.body = '{}'
}
const tokenPing = (deps: EndpointDeps) => async (ctx: Context) => {
  await runOperation(deps, ctx, DEVICE_PING) // the token must name a device: 401 otherwise, as Fleet's device-authenticated ping
  pong(ctx)
}
/**
 * Fleet Desktop's token check (DeviceClient.CheckToken): 200 while the token is valid, 401 once it is
 * not (then orbit rotates it). Fleet serves HEAD only; GET answers the same here (an empty JSON object).
 */
export const headDeviceTokenPing = deviceRoute(reads({ status: 200 }, (deps) => tokenPing(deps)))
export const getDeviceTokenPing = deviceRoute(reads({ response: emptyAnswer }, (deps) => tokenPing(deps)))

/** Fleet Desktop's unauthenticated ping (DeviceClient.Ping), for the device capabilities. */
export const headDevicePing: Endpoint = reads({ auth: 'none', status: 200 }, () => async (ctx) => pong(ctx))
export const getDevicePing: Endpoint = reads({ auth: 'none', response: emptyAnswer }, () => async (ctx) => pong(ctx))
