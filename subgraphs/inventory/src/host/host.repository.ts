// The only host file that touches the database.
import type { Database, Models } from '@fleetgraph/prisma'

/** Every host column the GraphQL Host shows (node keys and other secrets are never selected). */
const columns = {
  id: true, hostname: true, computer_name: true, uuid: true, platform: true, platform_like: true, os_version: true, build: true,
  code_name: true, osquery_version: true, uptime: true, memory: true, cpu_type: true, cpu_subtype: true, cpu_brand: true,
  cpu_physical_cores: true, cpu_logical_cores: true, hardware_vendor: true, hardware_model: true, hardware_version: true,
  hardware_serial: true, public_ip: true, primary_ip: true, primary_mac: true, distributed_interval: true, config_tls_refresh: true,
  logger_tls_period: true, refetch_requested: true, additional: true, team_id: true, seen_time: true, detail_updated_at: true,
  label_updated_at: true, last_enrolled_at: true, created_at: true, updated_at: true,
} as const

export type HostRow = Models.HostGetPayload<{ select: typeof columns }>

export class HostRepository {
  constructor(private readonly db: Database) {}

  list(opts: { teamIds?: number[] | null }): Promise<HostRow[]> {
    return this.db.prisma.host.findMany({
      select: columns,
      where: opts.teamIds ? { team_id: { in: opts.teamIds } } : undefined,
      orderBy: { id: 'asc' },
    })
  }

  /**
   * Fleet's host search: hostname, uuid, serial or IP containing the text, newest first, at most 10,
   * limited to the caller's teams.
   */
  search(text: string, excluded: number[], teamIds: number[] | null): Promise<HostRow[]> {
    const like = { contains: text, mode: 'insensitive' as const }
    return this.db.prisma.host.findMany({
      select: columns,
      where: {
        ...(text ? { OR: [{ hostname: like }, { uuid: like }, { hardware_serial: like }, { primary_ip: like }, { computer_name: like }] } : {}),
        ...(excluded.length ? { id: { notIn: excluded } } : {}),
        ...(teamIds ? { team_id: { in: teamIds } } : {}),
      },
      orderBy: { id: 'desc' },
      take: 10,
    })
  }

  /** One statement for any number of ids (entity references, loaders). */
  byIds(ids: number[]): Promise<HostRow[]> {
    return this.db.prisma.host.findMany({ select: columns, where: { id: { in: ids } } })
  }
}
