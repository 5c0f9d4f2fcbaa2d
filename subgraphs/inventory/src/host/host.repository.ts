// The only host file that touches the database.
import type { Database, Models } from '@fleetgraph/prisma'

/** Every host column the GraphQL Host shows (node keys and other secrets are never selected). */
const columns = {
  id: true, hostname: true, computer_name: true, uuid: true, platform: true, platform_like: true, os_version: true, build: true,
  code_name: true, osquery_version: true, uptime: true, memory: true, cpu_type: true, cpu_subtype: true, cpu_brand: true,
  cpu_physical_cores: true, cpu_logical_cores: true, hardware_vendor: true, hardware_model: true, hardware_version: true,
  hardware_serial: true, public_ip: true, primary_ip: true, primary_mac: true, distributed_interval: true, config_tls_refresh: true,
  logger_tls_period: true, refetch_requested: true, additional: true, team_id: true, detail_updated_at: true,
  label_updated_at: true, last_enrolled_at: true, created_at: true, updated_at: true,
  seen: { select: { seen_time: true } },
} as const

type Selected = Models.HostGetPayload<{ select: typeof columns }>
/** A host as the Host type shows it: its columns and its last-seen time (kept in host_seen_times). */
export type HostRow = Omit<Selected, 'seen'> & { seen_time: Date | null }

function toRow({ seen, ...host }: Selected): HostRow {
  return { ...host, seen_time: seen?.seen_time ?? null }
}

export class HostRepository {
  // Host references are resolved once per subscription event per subscriber (a live query with
  // 10,000 results watched by 50 clients is 500,000 lookups); rows cached for a second turn most
  // of those into memory reads. A host's fields may lag a change by at most that second.
  private cache = new Map<number, { row: HostRow; at: number }>()
  private static readonly TTL_MS = 1000

  constructor(private readonly db: Database) {}

  /** byIds through the short-lived row cache (entity references, loaders). */
  async byIdsCached(ids: number[]): Promise<HostRow[]> {
    const now = Date.now()
    const hit: HostRow[] = []
    const miss: number[] = []
    for (const id of ids) {
      const c = this.cache.get(id)
      if (c && now - c.at < HostRepository.TTL_MS) hit.push(c.row)
      else miss.push(id)
    }
    if (!miss.length) return hit
    const rows = await this.byIds(miss)
    if (this.cache.size > 50_000) this.cache.clear()
    for (const r of rows) this.cache.set(r.id, { row: r, at: now })
    return hit.concat(rows)
  }

  async list(opts: { teamIds?: number[] | null }): Promise<HostRow[]> {
    const rows = await this.db.prisma.host.findMany({
      select: columns,
      where: opts.teamIds ? { team_id: { in: opts.teamIds } } : undefined,
      orderBy: { id: 'asc' },
    })
    return rows.map(toRow)
  }

  /**
   * Fleet's host search: hostname, uuid, serial or IP containing the text, newest first, at most 10,
   * limited to the caller's teams.
   */
  async search(text: string, excluded: number[], teamIds: number[] | null): Promise<HostRow[]> {
    const like = { contains: text, mode: 'insensitive' as const }
    const rows = await this.db.prisma.host.findMany({
      select: columns,
      where: {
        ...(text ? { OR: [{ hostname: like }, { uuid: like }, { hardware_serial: like }, { primary_ip: like }, { computer_name: like }] } : {}),
        ...(excluded.length ? { id: { notIn: excluded } } : {}),
        ...(teamIds ? { team_id: { in: teamIds } } : {}),
      },
      orderBy: { id: 'desc' },
      take: 10,
    })
    return rows.map(toRow)
  }

  /** One statement for any number of ids (entity references, loaders). */
  async byIds(ids: number[]): Promise<HostRow[]> {
    return (await this.db.prisma.host.findMany({ select: columns, where: { id: { in: ids } } })).map(toRow)
  }
}
