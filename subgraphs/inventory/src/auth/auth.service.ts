// Setup, login and logout. Setup works exactly once: it runs under a database
// lock and re-checks that no user exists inside the transaction, so concurrent
// calls leave one admin. After setup the route is gone (404, as in Fleet).
import {
  badRequest, hashPassword, notFound, requireViewer, tooManyRequests, unauthenticated, validationFailed,
} from '@fleetgraph/subgraph-kit'
import { forgetToken } from './identity.js'
import { checkPassword } from './password-check.js'
import type { InventoryContext } from '../context.js'
import { User } from '../user/user.type.js'
import { userFieldProblems } from '../user/user-rules.js'
import type { LoginPayload, SetupInput, SetupPayload } from './auth.type.js'

export class AuthService {
  async setupRequired(ctx: InventoryContext): Promise<boolean> {
    return !(await ctx.repos.auth.usersExist())
  }

  async setup(ctx: InventoryContext, input: SetupInput): Promise<SetupPayload> {
    const a = input.admin
    const errs = userFieldProblems({ ...a, globalRole: 'admin' }, { passwordRequired: true })
    if (a.passwordConfirmation != null && a.passwordConfirmation !== a.password) errs.push({ name: 'password_confirmation', reason: 'does not match password' })
    if (!input.orgInfo.orgName?.trim()) errs.push({ name: 'org_name', reason: 'cannot be empty' })
    if (!/^https?:\/\/\S+$/.test(input.serverUrl ?? '')) errs.push({ name: 'server_url', reason: 'must be an http(s) URL' })
    if (input.osqueryEnrollSecret != null && (!input.osqueryEnrollSecret.trim() || input.osqueryEnrollSecret.length > 255)) errs.push({ name: 'osquery_enroll_secret', reason: 'must be 1 to 255 characters' })
    if (errs.length) throw validationFailed(errs)
    if (!(await this.setupRequired(ctx))) throw notFound('Setup', '(already completed)')
    const password_hash = await hashPassword(a.password)
    const orgInfo = { orgName: input.orgInfo.orgName.trim(), orgLogoUrl: input.orgInfo.orgLogoUrl ?? '' }
    const { row, token } = await ctx.repos.auth.inSetupTransaction(async (tx) => {
      if (await ctx.repos.users.count(tx)) throw notFound('Setup', '(already completed)')
      await ctx.repos.auth.saveOrgInfo(tx, { org_name: orgInfo.orgName, org_logo_url: orgInfo.orgLogoUrl, server_url: input.serverUrl })
      if (input.osqueryEnrollSecret) await ctx.repos.auth.addGlobalEnrollSecret(tx, input.osqueryEnrollSecret)
      const row = await ctx.repos.users.create({
        name: a.name.trim(), email: a.email.trim(), password_hash, global_role: 'admin', api_only: false,
        sso_enabled: false, force_password_reset: false, position: '', teams: [],
      }, tx)
      return { row, token: await ctx.repos.auth.createSession(row.id, tx) }
    })
    return { admin: new User(row), orgInfo, serverUrl: input.serverUrl, token }
  }

  async login(ctx: InventoryContext, email: string, password: string): Promise<LoginPayload> {
    const errs = []
    if (!email?.trim()) errs.push({ name: 'email', reason: 'cannot be empty' })
    if (!password) errs.push({ name: 'password', reason: 'cannot be empty' })
    if (errs.length) throw validationFailed(errs)
    // Over its failure budget, an account (or client) is refused before any password is hashed.
    // API-only users authenticate with their token (or Basic), never a password login (Fleet rule).
    const r = await checkPassword(ctx.loginThrottle, ctx.clientAddress, email, password,
      (e) => ctx.repos.users.byEmailWithHash(e), (u) => !u.api_only && !u.sso_enabled)
    if (r.retryAfter) throw tooManyRequests(r.retryAfter)
    if (!r.user) throw unauthenticated('Authentication failed')
    const { password_hash: _, ...row } = r.user
    return { user: new User(row), token: await ctx.repos.auth.createSession(row.id) }
  }

  async logout(ctx: InventoryContext): Promise<boolean> {
    requireViewer(ctx)
    // Basic authentication opens no session: there is nothing to end, and its credentials stay valid.
    if (!ctx.token) throw badRequest('no session to end: Basic authentication has none')
    await ctx.repos.auth.deleteSession(ctx.token)
    forgetToken(ctx.token)
    return true
  }
}
export const authService = new AuthService()
