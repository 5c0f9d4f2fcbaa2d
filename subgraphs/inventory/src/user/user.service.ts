// User rules: admins create users; any global user may list them (Fleet's
// authz lets observers read users); everyone may read themselves. An API-only
// user (not SSO) gets its token when it is created, as in Fleet: it has no UI
// to log in from.
import { randomBytes } from 'node:crypto'
import {
  ADMINS, ROLES, badRequest, emptyPage, hashPassword, pageWindow, parseId, requireReader, requireRole, requireViewer, toPage, unauthenticated,
  validationFailed, type FieldError, type PageWindow, searchText,
} from '@fleetgraph/subgraph-kit'
import type { InventoryContext, UserPageSpec } from '../context.js'
import { checkCursorKeys } from '../paging/cursor-keys.js'
import { User, type CreateApiOnlyUserInput, type CreateApiOnlyUserPayload, type CreateUserInput, type CreateUserPayload, type UserListInput } from './user.type.js'
import { UserConnection } from './user.connection.js'
import { UserOrderField, type UserFilter, type UsersArgs } from './user.args.js'
import type { UserFilterSpec } from './user.repository.js'
import { userFieldProblems } from './user-rules.js'

function windowOf(args: UsersArgs): { window: PageWindow; field: UserOrderField; desc: boolean } {
  const field = args.orderBy?.field ?? UserOrderField.NAME
  const desc = args.orderBy?.direction === 'DESC'
  const window = pageWindow(args, `User.${field}_${desc ? 'DESC' : 'ASC'}`, 2)
  checkCursorKeys(window, [field === UserOrderField.CREATED_AT ? 'timestamp' : 'text'])
  return { window, field, desc }
}

function filterSpec(f: UserFilter | null | undefined): UserFilterSpec {
  const spec: UserFilterSpec = {}
  const search = searchText(f?.search)
  if (search) spec.search = search
  if (f?.teamId != null) {
    const id = parseId(f.teamId, 'Team')
    if (!id) throw badRequest('filter.teamId: not a Team id')
    spec.teamId = id
  }
  if (f?.globalRole) spec.globalRole = f.globalRole
  return spec
}

const ORDER_KEYS = new Set(['id', 'name', 'email', 'created_at', 'updated_at'])

export class UserService {
  async me(ctx: InventoryContext): Promise<User> {
    const v = requireViewer(ctx)
    const row = await ctx.repos.users.byId(v.userId)
    if (!row) throw unauthenticated()
    return new User(row)
  }

  async list(ctx: InventoryContext, f: UserListInput = {}): Promise<User[]> {
    const v = requireReader(ctx)
    const errs: FieldError[] = []
    const orderKey = f.orderKey ?? 'name'
    // Fleet decodes list options before the service runs: a bad order is a 400, not a 422.
    if (!ORDER_KEYS.has(orderKey)) throw badRequest(`unknown order_key: ${orderKey}`)
    const dir = f.orderDirection ?? 'asc'
    if (dir !== 'asc' && dir !== 'desc') throw badRequest(`unknown order_direction: ${dir}`)
    if (f.page != null && f.page < 0) errs.push({ name: 'page', reason: 'must be 0 or more' })
    if (f.perPage != null && (f.perPage < 1 || f.perPage > 10_000)) errs.push({ name: 'per_page', reason: 'must be between 1 and 10000' })
    const teamId = f.teamId != null ? parseId(f.teamId, 'Team') : undefined
    if (teamId === null) errs.push({ name: 'team_id', reason: 'invalid team id' })
    if (errs.length) throw validationFailed(errs)
    // Team-only users see the users of their teams.
    if (!v.globalRole && (!teamId || !v.teams.some((t) => t.teamId === teamId))) requireRole(ctx, ROLES)
    const perPage = f.perPage ?? undefined
    const rows = await ctx.repos.users.list({
      query: f.query?.trim() || undefined, orderKey, desc: dir === 'desc', teamId: teamId ?? undefined,
      take: perPage, skip: perPage ? (f.page ?? 0) * perPage : undefined,
    })
    return rows.map((r) => new User(r))
  }

  /**
   * The `users` connection. Global users see every user; users with team roles only must filter
   * by one of their teams (FORBIDDEN otherwise), as in the REST list.
   */
  async page(ctx: InventoryContext, args: UsersArgs): Promise<UserConnection> {
    const v = requireReader(ctx)
    const { window, field, desc } = windowOf(args)
    const filter = filterSpec(args.filter)
    if (!v.globalRole && (filter.teamId == null || !v.teams.some((t) => t.teamId === filter.teamId))) requireRole(ctx, ROLES)
    const rows = await ctx.repos.users.page(filter, field, { forward: window.forward, desc, size: window.size, cursor: window.cursor })
    return new UserConnection(toPage(rows, window, (r) => [r.key, r.row.id], (r) => new User(r.row), () => ctx.repos.users.countMatching(filter)))
  }

  /** `Team.users`: for global users and the team's members (an empty page for others); one statement for every team of a request. */
  async pageOfTeam(ctx: InventoryContext, teamId: number, args: UsersArgs): Promise<UserConnection> {
    const v = requireReader(ctx)
    const { window, field, desc } = windowOf(args)
    const filter = filterSpec(args.filter)
    if (!v.globalRole && !v.teams.some((t) => t.teamId === teamId)) return new UserConnection(emptyPage())
    const spec: UserPageSpec = { filter, order: field, window: { forward: window.forward, desc, size: window.size, cursor: window.cursor } }
    const rows = await ctx.loaders.teamUsers.load({ id: teamId, spec, group: JSON.stringify(spec) })
    return new UserConnection(toPage([...rows], window, (r) => [r.key, r.row.id], (r) => new User(r.row),
      () => ctx.loaders.teamUserCounts.load({ id: teamId, spec: filter, group: JSON.stringify(filter) })))
  }

  async create(ctx: InventoryContext, input: CreateUserInput): Promise<CreateUserPayload> {
    requireRole(ctx, ADMINS)
    const errs = userFieldProblems(input, { passwordRequired: !input.ssoEnabled })
    const teams = (input.teams ?? []).map((t, i) => {
      const id = parseId(t.teamId, 'Team')
      if (!id) errs.push({ name: `teams[${i}].id`, reason: 'invalid team id' })
      if (!(ROLES as readonly string[]).includes(t.role)) errs.push({ name: `teams[${i}].role`, reason: `invalid team role: ${t.role}` })
      return { team_id: id ?? 0, role: t.role }
    })
    if (input.globalRole && teams.length) errs.push({ name: 'teams', reason: 'Cannot specify both Global Role and Team Roles' })
    if (!input.globalRole && !teams.length) errs.push({ name: 'global_role', reason: 'either global role or team roles must be set' })
    if (teams.length) {
      const known = new Set(await ctx.repos.users.existingTeamIds(teams.map((t) => t.team_id)))
      teams.forEach((t, i) => { if (t.team_id && !known.has(t.team_id)) errs.push({ name: `teams[${i}].id`, reason: `team ${t.team_id} does not exist` }) })
    }
    if (errs.length) throw validationFailed(errs)
    const user = {
      name: input.name.trim(), email: input.email.trim(),
      // SSO users never log in with a password: store an unusable random one.
      password_hash: await hashPassword(input.password || crypto.randomUUID() + crypto.randomUUID()),
      global_role: input.globalRole ?? null, api_only: !!input.apiOnly, sso_enabled: !!input.ssoEnabled,
      force_password_reset: !!input.forcePasswordReset, position: input.position ?? '', teams,
    }
    // Fleet logs a new API-only user (not SSO) in at once and returns the token (users.go CreateUser). The
    // user and its session are written together: an API-only user without its token could not get one.
    const issuesToken = user.api_only && !user.sso_enabled
    const { row, token } = await ctx.repos.users.inTransaction(async (tx) => {
      const row = await ctx.repos.users.create(user, tx)
      return { row, token: issuesToken ? await ctx.repos.auth.createSession(row.id, tx) : null }
    })
    return { user: new User(row), token }
  }

  /**
   * Fleet's POST /users/api_only: an API-only user whose email and password the server makes up (the
   * email on the creating admin's domain, as Fleet derives it from the admin's), and its token.
   */
  async createApiOnly(ctx: InventoryContext, input: CreateApiOnlyUserInput): Promise<CreateApiOnlyUserPayload> {
    const admin = requireRole(ctx, ADMINS)
    const domain = admin.email.slice(admin.email.lastIndexOf('@') + 1) || 'example.com'
    const { user, token } = await this.create(ctx, {
      name: input.name, email: `api-only-${randomBytes(6).toString('hex')}@${domain}`,
      // Never shown: the account authenticates with its token. The suffix meets the password rules.
      password: `${randomBytes(24).toString('base64url')}!1`,
      globalRole: input.globalRole, teams: input.teams, apiOnly: true, ssoEnabled: false, forcePasswordReset: false,
    })
    return { user, token: token! }
  }
}
export const userService = new UserService()
