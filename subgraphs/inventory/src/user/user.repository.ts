import type { Database, PrismaClient } from '@fleetgraph/prisma'
import { mapPrismaErrors } from '@fleetgraph/subgraph-kit'
import {
  keysetCount, keysetCountsOf, keysetPage, keysetPagesOf, likeContains, raw, sql, type KeyedRow, type KeysetTable, type KeysetWindow, type Sql,
} from '../paging/paging.repository.js'
import type { UserRow } from './user.type.js'

export type UserOrderKey = 'NAME' | 'EMAIL' | 'CREATED_AT'

/** Filters of a user connection (user.service.ts parses them). */
export interface UserFilterSpec { search?: string; teamId?: number; globalRole?: string }

const KEYS: Record<UserOrderKey, string> = { NAME: 'u.name', EMAIL: 'u.email', CREATED_AT: 'u.created_at' }
const table = (order: UserOrderKey): KeysetTable => ({
  // The same columns as `select` below, the team roles aggregated in the row (one statement per page).
  select: raw(`u.id, u.name, u.email, u.global_role, u.api_only, u.sso_enabled, u.force_password_reset, u.gravatar_url, u.position,
    u.created_at, u.updated_at, COALESCE((SELECT json_agg(json_build_object('team_id', ut.team_id, 'role', ut.role) ORDER BY ut.team_id)
    FROM user_teams ut WHERE ut.user_id = u.id), '[]'::json) AS teams`),
  from: raw('users u'),
  key: raw(KEYS[order]),
  cast: order === 'CREATED_AT' ? 'timestamp' : 'text',
  id: raw('u.id'),
})

function conds(f: UserFilterSpec): Sql[] {
  const c: Sql[] = []
  if (f.search) {
    const like = likeContains(f.search)
    c.push(sql`(u.name ILIKE ${like} OR u.email ILIKE ${like})`)
  }
  if (f.teamId != null) c.push(sql`EXISTS (SELECT 1 FROM user_teams tf WHERE tf.team_id = ${f.teamId} AND tf.user_id = u.id)`)
  if (f.globalRole) c.push(sql`u.global_role = ${f.globalRole}`)
  return c
}
const ofTeam = (f: UserFilterSpec) => (team: Sql): Sql[] => [sql`EXISTS (SELECT 1 FROM user_teams tp WHERE tp.team_id = ${team} AND tp.user_id = u.id)`, ...conds(f)]

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

  /** One statement for any number of ids (User references). */
  byIds(ids: number[]): Promise<UserRow[]> {
    return this.db.prisma.user.findMany({ relationLoadStrategy: 'join', where: { id: { in: ids } }, select })
  }

  /** One keyset page of users. */
  page(f: UserFilterSpec, order: UserOrderKey, w: KeysetWindow): Promise<KeyedRow<UserRow>[]> {
    return keysetPage<UserRow>(this.db, table(order), conds(f), w)
  }

  countMatching(f: UserFilterSpec): Promise<number> { return keysetCount(this.db, table('NAME'), conds(f)) }

  /** The same page of members for many teams, in one statement (Team.users). */
  pagesOfTeams(teamIds: number[], f: UserFilterSpec, order: UserOrderKey, w: KeysetWindow): Promise<Map<number, KeyedRow<UserRow>[]>> {
    return keysetPagesOf<UserRow>(this.db, table(order), teamIds, ofTeam(f), w)
  }

  countsOfTeams(teamIds: number[], f: UserFilterSpec): Promise<Map<number, number>> {
    return keysetCountsOf(this.db, table('NAME'), teamIds, ofTeam(f))
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

  /** Runs `fn` in one transaction (a user and its first session are written together or not at all). */
  inTransaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> { return this.db.prisma.$transaction((tx) => fn(tx)) }

  count(tx: Tx = this.db.prisma): Promise<number> { return tx.user.count() }

  existingTeamIds(ids: number[]): Promise<number[]> {
    return this.db.prisma.team.findMany({ where: { id: { in: ids } }, select: { id: true } }).then((r) => r.map((t) => t.id))
  }
}
