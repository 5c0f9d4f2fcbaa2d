// Kibana's conventions on its Fleet and Osquery APIs (`/api/fleet/…` other than FleetDM's
// `/api/fleet/orbit/…`, and `/api/osquery/…`), and the Boom 404 of the other Kibana APIs a partner
// may call (seed 003). Reference: shared docs kibana-fleet.md §2; choices in docs/compat.md "Kibana".
// - Errors are Boom payloads `{statusCode, error, message}` (errors.ts renders them for this style).
// - `elastic-api-version`: absent or 2023-10-31, echoed on every answer; anything else a 400.
// - Destructive methods need `kbn-xsrf` (or `kbn-version`), checked after authentication.
// - Fleet roles map to Kibana privileges: observer → read; maintainer and admin → all.
import type { Context, Next } from 'koa'
import { RestError } from '../errors.js'
import { operation, run, type GraphQLExecutor } from '../executor.js'
import { KibanaViewerDocument } from '../generated/graphql.js'

export const KIBANA_API_VERSION = '2023-10-31'

/** Kibana's answer to a request it routes nowhere. */
export const KIBANA_NOT_FOUND = 'Not Found'

/** Kibana API families other than Fleet and Osquery named in seed 003: answered with a Boom 404. */
const OTHER_KIBANA_APIS = ['alerting', 'alerts', 'apm', 'cases', 'actions', 'data_views', 'security', 'security_ai_assistant', 'observability_ai_assistant', 'detection_engine', 'endpoint', 'saved_objects', 'spaces', 'status', 'features', 'lists', 'synthetics', 'streams']

const FLEETDM_UNDER_API_FLEET = /^\/api\/fleet\/orbit(\/|$)/
/** A Kibana space's prefix (`/s/<space id>`): only the default space exists here (ADR 0013). */
const SPACE_PREFIX = /^\/s\/([^/]+)(?=\/api\/)/
const DEFAULT_SPACE = 'default'
/**
 * Kibana's API paths, in the default space or under a space prefix: its Fleet and Osquery APIs and the
 * other families above (FleetDM's orbit routes excepted by isKibanaPath).
 */
export const KIBANA_PATH = new RegExp(`^(?:/s/[^/]+)?/api/(fleet|osquery|${OTHER_KIBANA_APIS.join('|')})(/|$)`)

/** A path of the Kibana surface (its errors are Boom payloads). */
export const isKibanaPath = (path: string): boolean => KIBANA_PATH.test(path) && !FLEETDM_UNDER_API_FLEET.test(path.replace(SPACE_PREFIX, ''))


/**
 * Mounted before the router: marks Kibana paths for Boom errors and settles the API version
 * (the answer carries it, errors included).
 */
export function kibanaConventions() {
  return async function kibana(ctx: Context, next: Next) {
    if (!isKibanaPath(ctx.path)) return next()
    ctx.state.errorStyle = 'kibana'
    // `/s/default/api/…` is `/api/…`; any other space does not exist here.
    const space = SPACE_PREFIX.exec(ctx.path)
    if (space) {
      if (space[1] !== DEFAULT_SPACE) throw new RestError('NOT_FOUND', KIBANA_NOT_FOUND)
      ctx.path = ctx.path.slice(space[0].length)
    }
    const version = ctx.get('elastic-api-version')
    if (version && version !== KIBANA_API_VERSION) {
      const message = /^\d{4}-\d{2}-\d{2}$/.test(version) && !Number.isNaN(Date.parse(version))
        ? `No version "${version}" available for [${ctx.method.toLowerCase()}] [${ctx.path}]. Available versions are: [${KIBANA_API_VERSION}]`
        : `Invalid version. Received "${version}", expected a valid date string formatted as YYYY-MM-DD.`
      throw new RestError('BAD_REQUEST', message)
    }
    ctx.set('elastic-api-version', KIBANA_API_VERSION)
    return next()
  }
}

/** Kibana's privilege levels over Fleet's roles: `read` (observer and up) and `all` (maintainer and admin). */
export type KibanaPrivilege = 'read' | 'all'

const KIBANA_VIEWER = operation(KibanaViewerDocument)
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * Authenticates the caller (401 when the credentials are missing or wrong), then checks `kbn-xsrf` on
 * destructive methods (Kibana checks it after authentication), then the privilege (403). A team role
 * counts as the privilege it gives on that team's objects; a global role on everything.
 */
export async function requireKibanaPrivilege(execute: GraphQLExecutor, ctx: Context, privilege: KibanaPrivilege): Promise<void> {
  // No or wrong credentials: the operation's UNAUTHENTICATED, a Boom 401.
  const { me } = await run(execute, KIBANA_VIEWER, ctx.get('authorization') || undefined)
  if (!SAFE_METHODS.has(ctx.method) && !ctx.get('kbn-xsrf') && !ctx.get('kbn-version')) {
    throw new RestError('BAD_REQUEST', 'Request must contain a kbn-xsrf header.')
  }
  if (privilege === 'read') return
  const roles = [me.globalRole, ...me.teams.map((t) => t.role)]
  if (!roles.some((r) => r === 'ADMIN' || r === 'MAINTAINER')) {
    throw new RestError('FORBIDDEN', `Forbidden: this user's Fleet role gives Kibana's read privilege only (observer); this route needs all (maintainer or admin)`)
  }
}
