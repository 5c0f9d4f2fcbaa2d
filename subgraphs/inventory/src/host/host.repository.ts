// The only host file that touches the database.
import type { Database } from '@fleetgraph/prisma'

export interface HostRow {
  id: number
  hostname: string
  computer_name: string
  uuid: string
  platform: string
  os_version: string
  osquery_version: string
  hardware_serial: string
  primary_ip: string
  team_id: number | null
  seen_time: Date | null
  created_at: Date
  distributed_interval: number
  config_tls_refresh: number
}

const columns = {
  id: true, hostname: true, computer_name: true, uuid: true, platform: true, os_version: true, osquery_version: true,
  hardware_serial: true, primary_ip: true, team_id: true, seen_time: true, created_at: true,
  distributed_interval: true, config_tls_refresh: true,
} as const

export class HostRepository {
  constructor(private readonly db: Database) {}

  list(opts: { teamIds?: number[] | null }): Promise<HostRow[]> {
    return this.db.prisma.host.findMany({
      select: columns,
      where: opts.teamIds ? { team_id: { in: opts.teamIds } } : undefined,
      orderBy: { id: 'asc' },
    })
  }

  /** One statement for any number of ids (entity references, loaders). */
  byIds(ids: number[]): Promise<HostRow[]> {
    return this.db.prisma.host.findMany({ select: columns, where: { id: { in: ids } } })
  }
}
