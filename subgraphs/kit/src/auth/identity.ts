// How a request's Authorization header becomes its caller. Kit parses the
// header (authorization.ts), states the contract and builds the context from it;
// the workspace that owns the sessions, users and device-token tables (inventory)
// implements it, and each subgraph hands that implementation to createBaseContext.
// Kit imports no subgraph: the lookups stay with the tables they read.
import type { Deps } from '../context.js'
import type { RequestOrigin } from '../client-address.js'
import type { Viewer } from './viewer.js'
import type { DeviceViewer } from './device.js'
import type { UserCredentials } from './authorization.js'

export interface Identity {
  /**
   * The user behind the credentials: a session token (Bearer, ApiKey) or an email and password
   * (Basic). `viewer` is null for an unknown or expired session or wrong credentials; `retryAfter`
   * (seconds) is set instead when the account or client failed password checks too often for the
   * password to be checked at all (requireViewer answers 429). `origin` is the request's client,
   * when the public origin runs in this process.
   */
  viewer(deps: Deps, credentials: UserCredentials, origin: RequestOrigin | undefined): Promise<{ viewer: Viewer | null; retryAfter?: number }>
  /**
   * The device behind `Authorization: Device <token>`, or null. `retryAfter` (seconds) is set instead
   * when the client failed device authentication too often to be looked up at all (requireDevice
   * answers 429). `origin` is the request's client, when the public origin runs in this process.
   */
  device(deps: Deps, authorization: string | undefined, origin: RequestOrigin | undefined): Promise<{ device: DeviceViewer | null; retryAfter?: number }>
}
