// Instance settings that other features read (webhook destinations, the
// transparency link, the server URL). Reading: any signed-in user, as Fleet's
// GET /config; changing: admins.
import { ADMINS, requireReader, requireRole, validationFailed, type FieldError } from '@fleetgraph/subgraph-kit'
import type { InventoryContext } from '../context.js'
import { AppConfig, type AppConfigInput, type AppConfigRow } from './app-config.type.js'

/** Input field → column (also the field name in errors, as Fleet's JSON keys). */
const URL_FIELDS = {
  serverUrl: 'server_url', transparencyUrl: 'transparency_url',
  mdmMigrationWebhookUrl: 'mdm_migration_webhook_url', failingPoliciesWebhookUrl: 'failing_policies_webhook_url',
} as const

function httpUrl(value: string): boolean {
  try { const u = new URL(value); return u.protocol === 'http:' || u.protocol === 'https:' } catch { return false }
}

export class AppConfigService {
  async get(ctx: InventoryContext): Promise<AppConfig> {
    requireReader(ctx)
    return new AppConfig(await ctx.repos.appConfig.get())
  }

  async update(ctx: InventoryContext, input: AppConfigInput): Promise<AppConfig> {
    requireRole(ctx, ADMINS)
    const fields: Partial<AppConfigRow> = {}
    const problems: FieldError[] = []
    if (input.orgName != null) {
      if (!input.orgName.trim() || input.orgName.length > 255) problems.push({ name: 'org_name', reason: 'must be 1 to 255 characters' })
      else fields.org_name = input.orgName.trim()
    }
    for (const [key, name] of Object.entries(URL_FIELDS) as [keyof typeof URL_FIELDS, (typeof URL_FIELDS)[keyof typeof URL_FIELDS]][]) {
      const v = input[key]
      if (v == null) continue
      const trimmed = v.trim()
      if (trimmed && (!httpUrl(trimmed) || trimmed.length > 2048)) problems.push({ name, reason: 'must be an http(s) URL' })
      else if (!trimmed && key === 'serverUrl') problems.push({ name, reason: 'must not be empty' })
      else fields[name] = trimmed
    }
    if (problems.length) throw validationFailed(problems)
    return new AppConfig(await ctx.repos.appConfig.update(fields))
  }
}
export const appConfigService = new AppConfigService()
