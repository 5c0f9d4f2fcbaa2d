// GraphQL Host → Fleet's host JSON (HostResponse), as the spec's examples show it.
// The fields read are the FleetHost fragment (host.graphql). The status is a GraphQL enum
// (ONLINE); Fleet's JSON shows it lowercase ("online"). The zod schema below describes the JSON
// (an OpenAPI component) and types the mapper.
import { z } from 'zod'
import type { FleetHostFragment, HostStatus } from '../generated/graphql.js'

const int = () => z.number().int()
const time = () => z.string().nullable().meta({ description: 'null until it happened' })

const fleetHostShape = {
  created_at: z.string(), updated_at: z.string(), id: int(),
  detail_updated_at: time(), label_updated_at: time(), last_enrolled_at: time(), seen_time: time(),
  refetch_requested: z.boolean(), hostname: z.string(), uuid: z.string(), platform: z.string(), osquery_version: z.string(),
  os_version: z.string(), build: z.string(), platform_like: z.string(), code_name: z.string(), uptime: z.number(), memory: z.number(),
  cpu_type: z.string(), cpu_subtype: z.string(), cpu_brand: z.string(), cpu_physical_cores: int(),
  cpu_logical_cores: int(), hardware_vendor: z.string(), hardware_model: z.string(),
  hardware_version: z.string(), hardware_serial: z.string(), computer_name: z.string(), display_name: z.string(),
  public_ip: z.string(), primary_ip: z.string(), primary_mac: z.string(), distributed_interval: int(),
  config_tls_refresh: int(), logger_tls_period: int(), team_id: int().nullable(), additional: z.record(z.string(), z.unknown()),
  status: z.enum(['online', 'offline', 'mia', 'new']),
  display_text: z.string(),
}

export const fleetHost = z.object(fleetHostShape).meta({ id: 'FleetHost', description: "Fleet's host (HostResponse)" })
export type FleetHost = z.infer<typeof fleetHost>

export function toFleetHost(h: FleetHostFragment): FleetHost {
  return {
    created_at: h.createdAt, updated_at: h.updatedAt, id: Number(h.id),
    detail_updated_at: h.detailUpdatedAt, label_updated_at: h.labelUpdatedAt, last_enrolled_at: h.lastEnrolledAt, seen_time: h.seenTime,
    refetch_requested: h.refetchRequested, hostname: h.hostname, uuid: h.uuid, platform: h.platform, osquery_version: h.osqueryVersion,
    os_version: h.osVersion, build: h.build, platform_like: h.platformLike, code_name: h.codeName, uptime: h.uptime, memory: h.memory,
    cpu_type: h.cpuType, cpu_subtype: h.cpuSubtype, cpu_brand: h.cpuBrand, cpu_physical_cores: h.cpuPhysicalCores,
    cpu_logical_cores: h.cpuLogicalCores, hardware_vendor: h.hardwareVendor, hardware_model: h.hardwareModel,
    hardware_version: h.hardwareVersion, hardware_serial: h.hardwareSerial, computer_name: h.computerName, display_name: h.displayName,
    public_ip: h.publicIp, primary_ip: h.primaryIp, primary_mac: h.primaryMac, distributed_interval: h.distributedInterval,
    config_tls_refresh: h.configTlsRefresh, logger_tls_period: h.loggerTlsPeriod, team_id: h.teamId, additional: h.additional,
    status: h.status.toLowerCase() as Lowercase<HostStatus>, display_text: h.hostname,
  }
}
