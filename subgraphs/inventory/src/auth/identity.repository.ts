// The lookups behind every request's caller: a session by its token's hash (with
// its user and team roles), a user by email with the password hash (Basic), and a
// device token by its hash. Only hashes are stored.
import type { Database } from '@fleetgraph/prisma'
import type { StoredDeviceToken } from '../device/device-auth.js'

export class IdentityRepository {
  constructor(private readonly db: Database) {}

  session(tokenHash: string) {
    return this.db.prisma.session.findUnique({
      relationLoadStrategy: 'join', // one statement per lookup instead of three
      where: { token_hash: tokenHash },
      include: { user: { include: { teams: true } } },
    })
  }

  /** Pushes a session's expiry out; false when it is gone (deleted concurrently: logout). */
  async slideSession(id: number, now: Date, expiresAt: Date): Promise<boolean> {
    return this.db.prisma.session.update({ where: { id }, data: { accessed_at: now, expires_at: expiresAt } })
      .then(() => true, () => false)
  }

  /** A user with team roles and password hash, for Basic authentication. */
  userWithPassword(email: string) {
    return this.db.prisma.user.findUnique({ relationLoadStrategy: 'join', where: { email }, include: { teams: true } })
  }

  deviceToken(tokenHash: string): Promise<StoredDeviceToken | null> {
    return this.db.prisma.deviceAuthToken.findUnique({ where: { token: tokenHash }, select: { host_id: true, updated_at: true } })
  }
}
