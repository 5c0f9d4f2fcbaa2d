// Sessions and the app-config row, plus the setup transaction.
import type { Database, PrismaClient } from '@fleetgraph/prisma'
import { hashToken, newToken } from '@fleetgraph/subgraph-kit'
import { SESSION_DURATION_MS } from './identity.js'

type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0]
const SETUP_LOCK = 724_110_319 // advisory lock id serialising concurrent setup calls

export class AuthRepository {
  constructor(private readonly db: Database) {}

  /** Creates a session; returns the bearer token (only its hash is stored). */
  async createSession(userId: number, tx: Pick<PrismaClient, 'session'> = this.db.prisma): Promise<string> {
    const token = newToken()
    await tx.session.create({ data: { user_id: userId, token_hash: hashToken(token), expires_at: new Date(Date.now() + SESSION_DURATION_MS) } })
    return token
  }

  async deleteSession(token: string): Promise<void> {
    await this.db.prisma.session.deleteMany({ where: { token_hash: hashToken(token) } })
  }

  /** Runs `fn` in one transaction that holds the setup lock: concurrent setups run one after another. */
  inSetupTransaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.db.prisma.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SETUP_LOCK})`
      return fn(tx)
    }, { timeout: 30_000 })
  }

  async saveOrgInfo(tx: Tx, o: { org_name: string; org_logo_url: string; server_url: string }) {
    await tx.appConfig.upsert({ where: { id: 1 }, create: { id: 1, ...o }, update: o })
  }

  async addGlobalEnrollSecret(tx: Tx, secret: string) {
    await tx.enrollSecret.upsert({ where: { secret }, create: { secret }, update: {} })
  }

  usersExist(): Promise<boolean> { return this.db.prisma.user.count({ take: 1 }).then((n) => n > 0) }
}
