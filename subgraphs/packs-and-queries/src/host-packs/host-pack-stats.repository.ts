// The only host-packs file that touches the database: the scheduled queries of the packs reaching
// hosts, each with what the host reported of it (scheduled_query_stats; zeros before any report).
import type { Database } from '@fleetgraph/prisma'

export interface HostScheduledStatsRow {
  host_id: number; pack_id: number; scheduled_query_id: number; scheduled_query_name: string; query_name: string
  description: string; interval: number; platform: string
  executions: number; system_time: number; user_time: number; wall_time: number; last_executed: Date | null
}

/** One host and the packs reaching it (pack.repository's packIdsForHosts). */
export interface HostPacks { hostId: number; packIds: readonly number[] }

export class HostPackStatsRepository {
  constructor(private readonly db: Database) {}

  /** The scheduled queries of each host's packs with the host's stats, in one statement, by host, pack and schedule order. */
  async scheduledStats(hosts: readonly HostPacks[]): Promise<HostScheduledStatsRow[]> {
    const hostIds = hosts.flatMap((h) => h.packIds.map(() => h.hostId))
    const packIds = hosts.flatMap((h) => h.packIds)
    if (!packIds.length) return []
    // float8: osquery's counters are 64-bit; a JSON number carries them (as Fleet's Go ints do)
    return this.db.sql.query<HostScheduledStatsRow>(`
      SELECT t.host_id, s.pack_id, s.id AS scheduled_query_id, s.name AS scheduled_query_name, s.query_name,
        q.description, s.interval, s.platform,
        COALESCE(st.executions, 0)::float8 AS executions, COALESCE(st.system_time, 0)::float8 AS system_time,
        COALESCE(st.user_time, 0)::float8 AS user_time, COALESCE(st.wall_time, 0)::float8 AS wall_time, st.last_executed
      FROM unnest($1::int[], $2::int[]) AS t(host_id, pack_id)
      JOIN scheduled_queries s ON s.pack_id = t.pack_id
      JOIN queries q ON q.id = s.query_id
      LEFT JOIN scheduled_query_stats st ON st.scheduled_query_id = s.id AND st.host_id = t.host_id
      ORDER BY t.host_id, s.pack_id, s.id`, [hostIds, packIds])
  }
}
