// GraphQL Host → Fleet's host JSON (HostResponse), as the spec's examples show it.
// The fields read are the FleetHost fragment (host.graphql). The status is a GraphQL enum
// (ONLINE); Fleet's JSON shows it lowercase ("online").
import type { FleetHostFragment } from '../generated/graphql.js'

export function toFleetHost(h: FleetHostFragment) {
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
    status: h.status.toLowerCase(), display_text: h.hostname,
  }
}
