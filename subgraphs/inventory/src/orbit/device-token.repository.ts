// Device tokens' housekeeping (the cron job in device-token.cleanup.ts); orbit.repository.ts stores them.
import type { Database } from '@fleetgraph/prisma'

export class DeviceTokenRepository {
  constructor(private readonly db: Database) {}

  /** Deletes the tokens last stored before `cutoff`. */
  async deleteStoredBefore(cutoff: Date): Promise<void> {
    await this.db.prisma.deviceAuthToken.deleteMany({ where: { updated_at: { lt: cutoff } } })
  }
}
