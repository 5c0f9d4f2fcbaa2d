import type { Database } from '@fleetgraph/prisma'
import type { AppConfigRow } from './app-config.type.js'

const COLUMNS = { org_name: true, server_url: true, license_tier: true, transparency_url: true, mdm_migration_webhook_url: true, failing_policies_webhook_url: true } as const

export class AppConfigRepository {
  constructor(private readonly db: Database) {}

  get(): Promise<AppConfigRow> {
    return this.db.prisma.appConfig.findUniqueOrThrow({ where: { id: 1 }, select: COLUMNS })
  }

  update(fields: Partial<AppConfigRow>): Promise<AppConfigRow> {
    return this.db.prisma.appConfig.update({ where: { id: 1 }, data: fields, select: COLUMNS })
  }
}
