// SSO during DEP enrollment: pending AuthnRequests (to match InResponseTo),
// the accounts the IdP vouched for, and the EULA, if one was uploaded.
import { randomUUID } from 'node:crypto'
import type { Database } from '@fleetgraph/prisma'

export class SsoRepository {
  constructor(private readonly db: Database) {}

  async saveRequest(requestId: string, ttlMs: number): Promise<void> {
    await this.db.prisma.mdmSsoSession.create({ data: { session_id: randomUUID(), request_id: requestId, expires_at: new Date(Date.now() + ttlMs) } })
  }

  /** Consumes a pending request: true when it existed and had not expired (each is usable once). */
  async takeRequest(requestId: string): Promise<boolean> {
    const rows = await this.db.sql.query<{ ok: boolean }>(
      `DELETE FROM mdm_sso_sessions WHERE request_id = $1 RETURNING expires_at > now() AS ok`, [requestId])
    return rows[0]?.ok === true
  }

  async saveAccount(reference: string, email: string, fullname: string): Promise<void> {
    await this.db.prisma.mdmEnrollmentReference.create({ data: { reference, email, fullname } })
  }

  eulaToken(): Promise<string | null> {
    return this.db.prisma.mdmEula.findFirst({ orderBy: { created_at: 'desc' }, select: { token: true } }).then((e) => e?.token ?? null)
  }
}
