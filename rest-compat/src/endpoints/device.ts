// Spec: "Device-authenticated routes" — Fleet Desktop's API under
// /api/<v>/fleet/device/{token}… (fleet-behaviour §2.10). The token in the
// path is the credential: each route forwards it as `Authorization: Device
// <token>` (replacing any header the client sent) to one GraphQL operation
// on the calling device. Failed device authentications are rate-limited per
// client address, as Fleet's errorLimiter does.
import type { Context } from 'koa'
import { z } from 'zod'
import { endpoint, reads, runOperation, type Endpoint, type EndpointSpec } from '../endpoint.js'
import { GraphQLCallError, RestError } from '../errors.js'
import {
  DEVICE_HOST_FIELDS, toFleetDesktop, toFleetDeviceHost, toFleetDeviceMapping, toFleetDevicePolicies, toFleetMacadmins,
} from '../mappers/device.js'

/**
 * Failed device authentications per client address, as a token bucket with
 * Fleet's numbers (errorLimiter: 720 an hour, burst 100): 101 failures pass,
 * the next is refused until the bucket refills by one every 5 seconds.
 * Successful requests cost nothing. In memory, per process (like Fleet
 * without a shared store): N replicas allow N times the burst.
 */
export class DeviceAuthFailureLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>()

  constructor(
    private readonly capacity = 101,
    private readonly refillMs = 5000,
    // bounded memory under address spraying: full buckets are dropped first, then the oldest
    private readonly maxAddresses = 100_000,
  ) {}

  /** Seconds to wait before `address` may try again; 0 when it may try now. */
  retryAfter(address: string, now = Date.now()): number {
    const tokens = this.tokens(address, now)
    return tokens >= 1 ? 0 : Math.max(1, Math.ceil(((1 - tokens) * this.refillMs) / 1000))
  }

  /** Records one failed authentication from `address`. */
  fail(address: string, now = Date.now()): void {
    const tokens = this.tokens(address, now) - 1
    this.buckets.delete(address) // re-insert: Map order is then least recently failed first
    if (this.buckets.size >= this.maxAddresses) this.prune(now)
    this.buckets.set(address, { tokens, at: now })
  }

  private tokens(address: string, now: number): number {
    const b = this.buckets.get(address)
    return b ? Math.min(this.capacity, b.tokens + (now - b.at) / this.refillMs) : this.capacity
  }

  private prune(now: number): void {
    for (const [k, b] of this.buckets) if (b.tokens + (now - b.at) / this.refillMs >= this.capacity) this.buckets.delete(k)
    for (const k of this.buckets.keys()) {
      if (this.buckets.size < this.maxAddresses) break
      this.buckets.delete(k)
    }
  }
}

const failures = new DeviceAuthFailureLimiter()
const tokenParams = z.object({ token: z.string() })

const isAuthFailure = (e: unknown) => e instanceof GraphQLCallError && e.errors.some((x) => x.extensions?.code === 'UNAUTHENTICATED')

/**
 * Runs a device route: refused with 429 while the client address is over its
 * failure budget; otherwise the path token becomes the request's credential,
 * and a failed authentication is charged to the address.
 */
function deviceRoute(inner: Endpoint): Endpoint {
  return reads({ ...inner.request, params: tokenParams }, (deps) => {
    const handle = inner(deps)
    return async (ctx: Context) => {
      const address = ctx.ip
      const wait = failures.retryAfter(address)
      if (wait > 0) {
        ctx.set('Retry-After', String(wait))
        throw new RestError('TOO_MANY_REQUESTS', `limit exceeded, retry after: ${wait}s`)
      }
      // The device token is the only credential of these routes: a user's bearer token must not ride along.
      ctx.request.headers.authorization = `Device ${String(ctx.params.token ?? '')}`
      try {
        await handle(ctx)
      } catch (e) {
        if (isAuthFailure(e)) failures.fail(address)
        throw e
      }
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
