// The packs osquery's config carries for an agent policy (ADR 0013: an osquery_manager integration's
// packs are the packs targeting its policy): for a team, the packs targeting it; for the default policy,
// the enabled packs targeting the All Hosts label. Each scheduled query with its pack's name and platform,
// in pack then schedule order, as the agent API builds a host's config (agent-api/src/agent.repository.ts).
import { Prisma, type Database } from '@fleetgraph/prisma'

const { sql } = Prisma.Prisma

export interface PackQueryRow {
  team_id: number; pack: string; platform: string; name: string; query: string; interval: number
  snapshot: boolean | null; removed: boolean | null; sq_platform: string; version: string; shard: number | null; denylist: boolean | null
}

const COLUMNS = sql`p.name AS pack, p.platform, s.name, q.query, s.interval, s.snapshot, s.removed, s.platform AS sq_platform, s.version, s.shard, s.denylist`

export class OsqueryPacksRepository {
  constructor(private readonly db: Database) {}

  /** The scheduled queries of the packs targeting each team (enabled or not, as the agent API sends them), one statement. */
  forTeams(teamIds: number[]): Promise<PackQueryRow[]> {
    return this.db.prisma.$queryRaw<PackQueryRow[]>(sql`SELECT pt.team_id, ${COLUMNS}
      FROM pack_teams pt JOIN packs p ON p.id = pt.pack_id JOIN scheduled_queries s ON s.pack_id = p.id JOIN queries q ON q.id = s.query_id
      WHERE pt.team_id = ANY(${teamIds}::int[]) ORDER BY pt.team_id, p.id, s.id`)
  }

  /** The scheduled queries of the enabled packs targeting All Hosts (team_id 0). */
  forAllHosts(): Promise<PackQueryRow[]> {
    return this.db.prisma.$queryRaw<PackQueryRow[]>(sql`SELECT 0 AS team_id, ${COLUMNS}
      FROM pack_labels pl JOIN labels l ON l.id = pl.label_id AND l.label_type = 'builtin' AND l.name = 'All Hosts'
      JOIN packs p ON p.id = pl.pack_id AND NOT p.disabled JOIN scheduled_queries s ON s.pack_id = p.id JOIN queries q ON q.id = s.query_id
      ORDER BY p.id, s.id`)
  }
}
