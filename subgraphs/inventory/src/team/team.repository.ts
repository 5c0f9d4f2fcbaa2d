import type { Database } from '@fleetgraph/prisma'
import { keysetCount, keysetPage, likeContains, raw, sql, type KeyedRow, type KeysetTable, type KeysetWindow, type Sql } from '../paging/paging.repository.js'
import type { TeamRow } from './team.type.js'

const columns = { id: true, name: true, description: true, created_at: true, agent_policy_id: true, policy_revision: true } as const

/** Filters of the teams connection; visibleTeamIds null = every team. */
export interface TeamFilterSpec { visibleTeamIds: number[] | null; search?: string }

const table = (order: 'NAME' | 'CREATED_AT'): KeysetTable => ({
  select: raw('t.id, t.name, t.description, t.created_at, t.agent_policy_id, t.policy_revision'),
  from: raw('teams t'),
  key: raw(order === 'NAME' ? 't.name' : 't.created_at'),
  cast: order === 'NAME' ? 'text' : 'timestamp',
  id: raw('t.id'),
})

function conds(f: TeamFilterSpec): Sql[] {
  const c: Sql[] = []
  if (f.visibleTeamIds) c.push(sql`t.id = ANY(${f.visibleTeamIds}::int[])`)
  if (f.search) c.push(sql`t.name ILIKE ${likeContains(f.search)}`)
  return c
}

export class TeamRepository {
  constructor(private readonly db: Database) {}
  list(ids?: number[] | null): Promise<TeamRow[]> {
    return this.db.prisma.team.findMany({ select: columns, where: ids ? { id: { in: ids } } : undefined, orderBy: { name: 'asc' } })
  }
  byIds(ids: number[]): Promise<TeamRow[]> {
    return this.db.prisma.team.findMany({ select: columns, where: { id: { in: ids } } })
  }
  byAgentPolicyIds(agentPolicyIds: string[]): Promise<TeamRow[]> {
    return this.db.prisma.team.findMany({ select: columns, where: { agent_policy_id: { in: agentPolicyIds } } })
  }

  /** One keyset page of teams. */
  page(f: TeamFilterSpec, order: 'NAME' | 'CREATED_AT', w: KeysetWindow): Promise<KeyedRow<TeamRow>[]> {
    return keysetPage<TeamRow>(this.db, table(order), conds(f), w)
  }

  count(f: TeamFilterSpec): Promise<number> { return keysetCount(this.db, table('NAME'), conds(f)) }
}
