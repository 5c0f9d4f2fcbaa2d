// Canned GraphQL results, typed by the generated fragments: what the gateway
// would answer for the fields REST selects.
import type {
  FleetCampaignFragment, FleetHostFragment, FleetPackFragment, FleetScheduledFragment, FleetUserFragment,
} from '../../src/generated/graphql.js'

export const T0 = '2024-01-02T03:04:05.678Z'
export const T1 = '2024-02-03T04:05:06.789Z'

export const user = (over: Partial<FleetUserFragment> = {}): FleetUserFragment => ({
  id: '1', name: 'Admin', email: 'admin@example.com', globalRole: 'ADMIN', apiOnly: false, ssoEnabled: false,
  forcePasswordReset: false, gravatarUrl: '', position: 'SRE', createdAt: T0, updatedAt: T1,
  teams: [{ role: 'MAINTAINER', team: { id: '7', name: 'Workstations', description: 'laptops' } }],
  ...over,
})

/** Fleet's user JSON for `user()`. */
export const fleetUser = {
  created_at: T0, updated_at: T1, id: 1, name: 'Admin', email: 'admin@example.com', force_password_reset: false,
  gravatar_url: '', sso_enabled: false, global_role: 'admin', api_only: false, position: 'SRE',
  teams: [{ id: 7, name: 'Workstations', description: 'laptops', role: 'maintainer' }],
}

export const host = (over: Partial<FleetHostFragment> = {}): FleetHostFragment => ({
  id: '12', createdAt: T0, updatedAt: T1, detailUpdatedAt: T1, labelUpdatedAt: null, lastEnrolledAt: T0, seenTime: T1,
  refetchRequested: false, hostname: 'mac-01.local', uuid: 'UUID-1', platform: 'darwin', osqueryVersion: '5.12.1',
  osVersion: 'macOS 14.5', build: '23F79', platformLike: 'darwin', codeName: '', uptime: 3600, memory: 17179869184,
  cpuType: 'arm64e', cpuSubtype: 'ARM64E', cpuBrand: 'Apple M2', cpuPhysicalCores: 8, cpuLogicalCores: 8,
  hardwareVendor: 'Apple Inc.', hardwareModel: 'Mac14,2', hardwareVersion: '', hardwareSerial: 'C02XYZ',
  computerName: 'mac-01', displayName: 'mac-01', publicIp: '203.0.113.5', primaryIp: '10.0.0.5', primaryMac: 'aa:bb:cc:dd:ee:ff',
  distributedInterval: 10, configTlsRefresh: 60, loggerTlsPeriod: 10, teamId: null, additional: {}, status: 'ONLINE',
  ...over,
})

/** Fleet's host JSON for `host()`. */
export const fleetHost = {
  created_at: T0, updated_at: T1, id: 12, detail_updated_at: T1, label_updated_at: null, last_enrolled_at: T0, seen_time: T1,
  refetch_requested: false, hostname: 'mac-01.local', uuid: 'UUID-1', platform: 'darwin', osquery_version: '5.12.1',
  os_version: 'macOS 14.5', build: '23F79', platform_like: 'darwin', code_name: '', uptime: 3600, memory: 17179869184,
  cpu_type: 'arm64e', cpu_subtype: 'ARM64E', cpu_brand: 'Apple M2', cpu_physical_cores: 8, cpu_logical_cores: 8,
  hardware_vendor: 'Apple Inc.', hardware_model: 'Mac14,2', hardware_version: '', hardware_serial: 'C02XYZ',
  computer_name: 'mac-01', display_name: 'mac-01', public_ip: '203.0.113.5', primary_ip: '10.0.0.5', primary_mac: 'aa:bb:cc:dd:ee:ff',
  distributed_interval: 10, config_tls_refresh: 60, logger_tls_period: 10, team_id: null, additional: {}, status: 'online',
  display_text: 'mac-01.local',
}

export const pack = (over: Partial<FleetPackFragment> = {}): FleetPackFragment => ({
  id: '3', name: 'baseline', description: '', platform: '', disabled: false, type: null, createdAt: T0, updatedAt: T1,
  queryCount: 2, totalHostsCount: 5, hostIds: ['12'], labelIds: ['4', '6'], teamIds: [],
  ...over,
})

export const scheduled = (over: Partial<FleetScheduledFragment> = {}): FleetScheduledFragment => ({
  id: '31', packId: '3', name: 'processes', queryId: '8', queryName: 'processes', query: 'SELECT * FROM processes',
  description: '', interval: 60, snapshot: true, removed: null, platform: '', version: '', shard: null, denylist: null,
  createdAt: T0, updatedAt: T1,
  ...over,
})

export const campaign = (over: Partial<FleetCampaignFragment> = {}): FleetCampaignFragment => ({
  id: '55', status: 'WAITING', queryId: '9', userId: '1', createdAt: T0, updatedAt: T0,
  metrics: { totalHosts: 3, onlineHosts: 2, offlineHosts: 1, missingInActionHosts: 0, newHosts: 1 },
  ...over,
})
