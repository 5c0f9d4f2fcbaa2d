import type { Database, Prisma } from '@fleetgraph/prisma'
import type { AppConfigRow } from './app-config.type.js'

const COLUMNS = {
  org_name: true, org_logo_url: true, org_logo_url_light_background: true, contact_url: true, server_url: true, license_tier: true,
  live_query_disabled: true, enable_host_users: true, transparency_url: true, mdm_migration_webhook_url: true, failing_policies_webhook_url: true,
  host_expiry_enabled: true, host_expiry_window: true, agent_options: true, features: true, mdm: true, created_at: true,
} as const

type Json = Prisma.Prisma.InputJsonObject

export class AppConfigRepository {
  constructor(private readonly db: Database) {}

  get(): Promise<AppConfigRow> {
    return this.db.prisma.appConfig.findUniqueOrThrow({ where: { id: 1 }, select: COLUMNS })
  }

  /**
   * Saves the changed columns. New agent options are a new revision of the default agent policy
   * (hosts on no team pick them up on their next config fetch; ADR 0013).
   */
  update(fields: Partial<AppConfigRow>): Promise<AppConfigRow> {
    const { agent_options, features, mdm: _mdm, created_at: _created, ...plain } = fields
    return this.db.prisma.appConfig.update({
      where: { id: 1 },
      data: {
        ...plain,
        ...(features !== undefined ? { features: features as Json } : {}),
        ...(agent_options !== undefined ? { agent_options: agent_options as Json, policy_revision: { increment: 1 } } : {}),
      },
      select: COLUMNS,
    })
  }
}
