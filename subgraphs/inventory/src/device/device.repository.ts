// The only device file that touches the database: the device's own host data
// and the instance settings Fleet Desktop may see.
import type { Database } from '@fleetgraph/prisma'
import { isAppleMdmConfigured } from './apple-mdm.repository.js'

export interface DeviceHostExtras {
  id: number; uuid: string; hardware_serial: string; platform: string
  gigs_disk_space_available: number; percent_disk_space_available: number
  disk_encryption_enabled: boolean | null; dep_assigned_to_fleet: boolean
}

export interface DeviceAppConfig {
  org_name: string; org_logo_url: string; org_logo_url_light_background: string; contact_url: string
  license_tier: string; transparency_url: string; mdm_migration_webhook_url: string; mdm: Record<string, unknown>
  /** When the instance was set up (the default license expiry counts from it). */
  created_at: Date
}

export interface DeviceMdmRow { enrolled: boolean; installed_from_dep: boolean; is_server: boolean; server_url: string; name: string }
export interface DeviceMunkiRow { version: string; errors: unknown; warnings: unknown }

export class DeviceRepository {
  constructor(private readonly db: Database) {}

  hostExtras(hostId: number): Promise<DeviceHostExtras | null> {
    return this.db.prisma.host.findUnique({
      where: { id: hostId },
      select: {
        id: true, uuid: true, hardware_serial: true, platform: true, gigs_disk_space_available: true,
        percent_disk_space_available: true, disk_encryption_enabled: true, dep_assigned_to_fleet: true,
      },
    })
  }

  async appConfig(): Promise<DeviceAppConfig> {
    const c = await this.db.prisma.appConfig.findUnique({
      where: { id: 1 },
      select: {
        org_name: true, org_logo_url: true, org_logo_url_light_background: true, contact_url: true, license_tier: true,
        transparency_url: true, mdm_migration_webhook_url: true, mdm: true, created_at: true,
      },
    })
    return {
      org_name: c?.org_name ?? '', org_logo_url: c?.org_logo_url ?? '', org_logo_url_light_background: c?.org_logo_url_light_background ?? '',
      contact_url: c?.contact_url ?? '', license_tier: c?.license_tier ?? 'free', transparency_url: c?.transparency_url ?? '',
      mdm_migration_webhook_url: c?.mdm_migration_webhook_url ?? '', mdm: (c?.mdm as Record<string, unknown> | null) ?? {}, created_at: c?.created_at ?? new Date(),
    }
  }

  appleMdmConfigured(): Promise<boolean> { return isAppleMdmConfigured(this.db) }

  async software(hostId: number) {
    const rows = await this.db.prisma.hostSoftware.findMany({
      where: { host_id: hostId }, include: { software: true }, orderBy: { software_id: 'asc' },
    })
    return rows.map((r) => ({ ...r.software, last_opened_at: r.last_opened_at }))
  }

  users(hostId: number) {
    return this.db.prisma.hostUser.findMany({ where: { host_id: hostId }, orderBy: [{ uid: 'asc' }, { username: 'asc' }] })
  }

  async labels(hostId: number) {
    const rows = await this.db.prisma.labelMembership.findMany({ where: { host_id: hostId }, include: { label: true }, orderBy: { label_id: 'asc' } })
    return rows.map((r) => r.label)
  }

  batteries(hostId: number) {
    return this.db.prisma.hostBattery.findMany({ where: { host_id: hostId }, orderBy: { serial_number: 'asc' } })
  }

  mdm(hostId: number): Promise<DeviceMdmRow | null> {
    return this.db.prisma.hostMdm.findUnique({ where: { host_id: hostId }, select: { enrolled: true, installed_from_dep: true, is_server: true, server_url: true, name: true } })
  }

  munki(hostId: number): Promise<DeviceMunkiRow | null> {
    return this.db.prisma.hostMunkiInfo.findUnique({ where: { host_id: hostId }, select: { version: true, errors: true, warnings: true } })
  }

  deviceMapping(hostId: number) {
    return this.db.prisma.hostDeviceMapping.findMany({ where: { host_id: hostId }, orderBy: [{ email: 'asc' }, { source: 'asc' }] })
  }

  /** Fleet's refetch: the next distributed/read asks the host for its details again. */
  async requestRefetch(hostId: number): Promise<void> {
    await this.db.prisma.host.update({ where: { id: hostId }, data: { refetch_requested: true } })
  }
}
