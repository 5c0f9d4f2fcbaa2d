import type { Database, PrismaClient } from '@fleetgraph/prisma'
import { mapPrismaErrors } from '@fleetgraph/subgraph-kit'
import type { UserRow } from './user.type.js'

type Tx = Pick<PrismaClient, 'user' | 'session'>

const select = {
  id: true, name: true, email: true, global_role: true, api_only: true, sso_enabled: true, force_password_reset: true,
  gravatar_url: true, position: true, created_at: true, updated_at: true, teams: { select: { team_id: true, role: true } },
} as const

export interface NewUser {
  name: string; email: string; password_hash: string; global_role: string | null; api_only: boolean
  sso_enabled: boolean; force_password_reset: boolean; position: string; teams: { team_id: number; role: string }[]
}

export class UserRepository {
  constructor(private readonly db: Database) {}

  byId(id: number): Promise<UserRow | null> {
    return this.db.prisma.user.findUnique({ relationLoadStrategy: 'join', where: { id }, select })
  }

  /** Many users with their team memberships in one statement (node refetch). */
  byIds(ids: number[]): Promise<UserRow[]> {
    return this.db.prisma.user.findMany({ relationLoadStrategy: 'join', where: { id: { in: ids } }, select })
  }

  byEmailWithHash(email: string) {
    return this.db.prisma.user.findUnique({ relationLoadStrategy: 'join', where: { email }, select: { ...select, password_hash: true } })
  }

  list(o: { query?: string; orderKey: string; desc: boolean; skip?: number; take?: number; teamId?: number }): Promise<UserRow[]> {
    return this.db.prisma.user.findMany({
      relationLoadStrategy: 'join',
      select,
      where: {
        ...(o.query ? { OR: [{ name: { contains: o.query, mode: 'insensitive' } }, { email: { contains: o.query, mode: 'insensitive' } }] } : {}),
        ...(o.teamId ? { teams: { some: { team_id: o.teamId } } } : {}),
      },
      orderBy: [{ [o.orderKey]: o.desc ? 'desc' : 'asc' }, { id: 'asc' }],
      skip: o.skip,
      take: o.take,
    })
  }

  create(u: NewUser, tx: Tx = this.db.prisma): Promise<UserRow> {
    const { teams, ...fields } = u
    return mapPrismaErrors('user', () => tx.user.create({
      data: { ...fields, teams: teams.length ? { createMany: { data: teams } } : undefined },
      select,
    }))
  }

  count(tx: Tx = this.db.prisma): Promise<number> { return tx.user.count() }

  existingTeamIds(ids: number[]): Promise<number[]> {
    return this.db.prisma.team.findMany({ where: { id: { in: ids } }, select: { id: true } }).then((r) => r.map((t) => t.id))
  }
}
