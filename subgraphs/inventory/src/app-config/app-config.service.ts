// Instance settings (Fleet's app config: GET/PATCH /config). Reading: any
// signed-in user, with Fleet's obfuscated view for non-admins (no agent
// options unless global admin, no SMTP/SSO settings unless an admin);
// changing: global admins. A change merges the given settings over the stored
// ones; dryRun validates only, force skips the agent-options checks.
import { ADMINS, FleetError, loadLicenseConfig, requireReader, requireRole, validationFailed, type Viewer } from '@fleetgraph/subgraph-kit'
import type { InventoryContext } from '../context.js'
import type { License } from '../device/device.type.js'
import { normalizeFeatures } from '../team-spec/team-spec-rules.js'
import { AppConfig, type AppConfigInput, type AppConfigRow, type AppConfigView } from './app-config.type.js'
import { SMTP_UNSET, SSO_UNSET, appConfigChange, licenseOf, publicMdm } from './app-config-rules.js'

const viewOf = (v: Viewer): AppConfigView => ({
  agentOptions: v.globalRole === 'admin',
  credentials: v.globalRole === 'admin' || v.teams.some((t) => t.role === 'admin'),
})

export class AppConfigService {
  /** The license as every surface reports it (GET /config, GraphQL, Fleet Desktop). */
  license(ctx: InventoryContext, row: Pick<AppConfigRow, 'license_tier' | 'created_at'>): License {
    return licenseOf(row.license_tier, row.created_at, ctx.license.licenseExpiration)
  }

  async get(ctx: InventoryContext): Promise<AppConfig> {
    const v = requireReader(ctx)
    return this.present(ctx, await ctx.repos.appConfig.get(), viewOf(v))
  }

  async update(ctx: InventoryContext, input: AppConfigInput, opts: { dryRun?: boolean; force?: boolean } = {}): Promise<AppConfig> {
    const v = requireRole(ctx, ADMINS)
    const stored = await ctx.repos.appConfig.get()
    const { fields, problems, badRequest } = appConfigChange(stored, input, !!opts.force)
    if (badRequest.length) throw new FleetError('BAD_REQUEST', badRequest.join('; '), { fieldErrors: badRequest.map((reason) => ({ name: 'base', reason })) })
    if (problems.length) throw validationFailed(problems)
    const row = opts.dryRun || !Object.keys(fields).length ? stored : await ctx.repos.appConfig.update(fields)
    return this.present(ctx, row, viewOf(v))
  }

  private present(ctx: InventoryContext, row: AppConfigRow, view: AppConfigView): AppConfig {
    const features = normalizeFeatures(row.features as Record<string, unknown> | null).features
    const mdm = publicMdm(row.mdm, row.mdm_migration_webhook_url)
    return new AppConfig(row, view, this.license(ctx, row), { features, mdm, smtpSettings: SMTP_UNSET, ssoSettings: SSO_UNSET })
  }
}
export const appConfigService = new AppConfigService()
