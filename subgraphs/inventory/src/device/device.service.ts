// Fleet Desktop's rules (server/service/devices.go and its Premium half):
// a device sees only its own host and a few instance settings; the tray
// summary and the migration webhook are Premium; the MDM routes need Apple MDM
// set up (one check, isAppleMdmConfigured). Every method starts from the
// device the token names, never from an id the caller passes.
import { badRequest, mdmNotConfigured, notFound, paymentRequired, requireDevice, type Bus, type DeviceViewer, type LicenseConfig } from '@fleetgraph/subgraph-kit'
import { licenseOf } from '../app-config/app-config-rules.js'
import type { HostRow } from '../host/host.repository.js'
import type { DeviceAppConfig, DeviceHostExtras, DeviceRepository } from './device.repository.js'
import type {
  DesktopSummary, DeviceBattery, DeviceDisk, DeviceLabel, DeviceMapping, DeviceMdm, DeviceOrgInfo, DeviceSoftware, DeviceUser, License, Macadmins,
} from './device.type.js'
import { migrationPayload, postMigrationWebhook } from './migration-webhook.js'

/** Where "Transparency" points unless a Premium instance sets its own (fleet.DefaultTransparencyURL). */
export const DEFAULT_TRANSPARENCY_URL = 'https://fleetdm.com/transparency'

export interface DeviceContext {
  device: DeviceViewer | null
  bus: Bus
  repos: { device: Pick<DeviceRepository, keyof DeviceRepository> }
  loaders: { host: { load(id: number): Promise<HostRow | null> } }
  /** LICENSE_EXPIRATION (kit config); unset: a year after setup on Premium. */
  license?: LicenseConfig
}

/** The device of one request (the GraphQL Device): its host id and rows its fields share. */
export interface DeviceHandle { hostId: number; memos: Map<string, Promise<unknown>> }

type Json = Record<string, unknown>

/** Fleet's HostMDM.EnrollmentStatus. */
function enrollmentStatus(m: { enrolled: boolean; installed_from_dep: boolean }): string {
  if (m.enrolled) return m.installed_from_dep ? 'On (automatic)' : 'On (manual)'
  return m.installed_from_dep ? 'Pending' : 'Off'
}
const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {})

export class DeviceService {
  // Per-request memos: several fields of one `device { … }` read the same rows.
  private memo<T>(d: DeviceHandle, key: string, load: () => Promise<T>): Promise<T> {
    if (!d.memos.has(key)) d.memos.set(key, load())
    return d.memos.get(key) as Promise<T>
  }
  private config(ctx: DeviceContext, d: DeviceHandle): Promise<DeviceAppConfig> { return this.memo(d, 'config', () => ctx.repos.device.appConfig()) }
  private mdmConfigured(ctx: DeviceContext, d: DeviceHandle): Promise<boolean> { return this.memo(d, 'mdm', () => ctx.repos.device.appleMdmConfigured()) }
  private async extras(ctx: DeviceContext, d: DeviceHandle): Promise<DeviceHostExtras> {
    const e = await this.memo(d, 'extras', () => ctx.repos.device.hostExtras(d.hostId))
    if (!e) throw notFound('Host', d.hostId)
    return e
  }
  private async premium(ctx: DeviceContext, d: DeviceHandle): Promise<boolean> { return (await this.config(ctx, d)).license_tier === 'premium' }

  /** The host id of the device the token names. */
  authenticate(ctx: DeviceContext): number {
    return requireDevice(ctx).hostId
  }

  async host(ctx: DeviceContext, d: DeviceHandle): Promise<HostRow> {
    const row = await ctx.loaders.host.load(d.hostId)
    if (!row) throw notFound('Host', d.hostId)
    return row
  }

  async software(ctx: DeviceContext, d: DeviceHandle): Promise<DeviceSoftware[]> {
    return (await ctx.repos.device.software(d.hostId)).map((s) => ({
      id: String(s.id), name: s.name, version: s.version, source: s.source, bundleIdentifier: s.bundle_identifier,
      generatedCpe: s.generated_cpe, lastOpenedAt: s.last_opened_at,
    }))
  }

  async users(ctx: DeviceContext, d: DeviceHandle): Promise<DeviceUser[]> {
    return (await ctx.repos.device.users(d.hostId)).map((u) => ({ uid: Number(u.uid), username: u.username, type: u.type, groupname: u.groupname, shell: u.shell }))
  }

  async labels(ctx: DeviceContext, d: DeviceHandle): Promise<DeviceLabel[]> {
    return (await ctx.repos.device.labels(d.hostId)).map((l) => ({
      id: String(l.id), name: l.name, description: l.description, query: l.query, platform: l.platform, labelType: l.label_type,
      labelMembershipType: l.label_membership_type, createdAt: l.created_at, updatedAt: l.updated_at,
    }))
  }

  async batteries(ctx: DeviceContext, d: DeviceHandle): Promise<DeviceBattery[]> {
    return (await ctx.repos.device.batteries(d.hostId)).map((b) => ({ cycleCount: b.cycle_count, health: b.health }))
  }

  async mdm(ctx: DeviceContext, d: DeviceHandle): Promise<DeviceMdm> {
    const m = await this.memo(d, 'hostMdm', () => ctx.repos.device.mdm(d.hostId))
    return {
      enrollmentStatus: m ? enrollmentStatus(m) : null,
      serverUrl: m ? m.server_url : null, name: m?.name ?? '', encryptionKeyAvailable: false,
    }
  }

  /** Fleet's MacadminsData: null when the device reported neither Munki nor MDM facts. */
  async macadmins(ctx: DeviceContext, d: DeviceHandle): Promise<Macadmins | null> {
    const [munki, hostMdm] = await Promise.all([ctx.repos.device.munki(d.hostId), this.memo(d, 'hostMdm', () => ctx.repos.device.mdm(d.hostId))])
    const issues = (list: unknown, type: string) => (Array.isArray(list) ? list : []).filter((x) => typeof x === 'string').map((name) => ({ name: name as string, type }))
    const munkiIssues = munki ? [...issues(munki.errors, 'error'), ...issues(munki.warnings, 'warning')] : []
    if (!munki && !hostMdm) return null
    // Fleet hides the MDM facts of servers (HostMDM.IsServer)
    return { munkiVersion: munki ? munki.version : null, munkiIssues, mdm: hostMdm && !hostMdm.is_server ? await this.mdm(ctx, d) : null }
  }

  async deviceMapping(ctx: DeviceContext, d: DeviceHandle): Promise<DeviceMapping[]> {
    return (await ctx.repos.device.deviceMapping(d.hostId)).map((m) => ({ email: m.email, source: m.source }))
  }

  async disk(ctx: DeviceContext, d: DeviceHandle): Promise<DeviceDisk> {
    const e = await this.extras(ctx, d)
    return { gigsAvailable: e.gigs_disk_space_available, percentAvailable: e.percent_disk_space_available, encryptionEnabled: e.disk_encryption_enabled }
  }

  /** Fleet answers false unless Apple MDM is set up on a Premium instance. */
  async depAssignedToFleet(ctx: DeviceContext, d: DeviceHandle): Promise<boolean> {
    if (!(await this.premium(ctx, d)) || !(await this.mdmConfigured(ctx, d))) return false
    return (await this.extras(ctx, d)).dep_assigned_to_fleet
  }

  async license(ctx: DeviceContext, d: DeviceHandle): Promise<License> {
    const c = await this.config(ctx, d)
    return licenseOf(c.license_tier, c.created_at, ctx.license?.licenseExpiration)
  }

  async org(ctx: DeviceContext, d: DeviceHandle): Promise<DeviceOrgInfo> {
    const c = await this.config(ctx, d)
    return { orgName: c.org_name, orgLogoUrl: c.org_logo_url, orgLogoUrlLightBackground: c.org_logo_url_light_background, contactUrl: c.contact_url }
  }

  appleMdmEnabledAndConfigured(ctx: DeviceContext, d: DeviceHandle): Promise<boolean> { return this.mdmConfigured(ctx, d) }

  /** Fleet Desktop's tray summary: Premium only (402 on Free, as Fleet's Free service answers). */
  async desktop(ctx: DeviceContext, d: DeviceHandle): Promise<DesktopSummary> {
    if (!(await this.premium(ctx, d))) throw paymentRequired()
    const c = await this.config(ctx, d)
    const migration = obj(obj(c.mdm).macos_migration)
    const notifications = { needsMdmMigration: false, renewEnrollmentProfile: false }
    if (migration.enable === true && (await this.mdmConfigured(ctx, d))) {
      const [hostMdm, e] = await Promise.all([this.memo(d, 'hostMdm', () => ctx.repos.device.mdm(d.hostId)), this.extras(ctx, d)])
      // Fleet's rules: an unmanaged Mac assigned to Fleet in ABM should re-enroll; a Mac managed by
      // another MDM and assigned to Fleet may migrate.
      notifications.renewEnrollmentProfile = !!hostMdm && !hostMdm.enrolled && e.dep_assigned_to_fleet
      notifications.needsMdmMigration = e.platform === 'darwin' && !!hostMdm?.enrolled && !/fleet/i.test(hostMdm.name) && e.dep_assigned_to_fleet
    }
    // no software installers here, so nothing to self-serve (Fleet: self_service is false without any)
    return { notifications, macosMigrationMode: typeof migration.mode === 'string' ? migration.mode : '', selfService: false }
  }

  /** The "Transparency" link: the instance's own URL on Premium when set, else Fleet's page. */
  async transparencyUrl(ctx: DeviceContext, d: DeviceHandle): Promise<string> {
    const c = await this.config(ctx, d)
    return c.license_tier === 'premium' && c.transparency_url ? c.transparency_url : DEFAULT_TRANSPARENCY_URL
  }

  /** Device API features this server offers beyond the documented routes: none yet. */
  apiFeatures(): Record<string, unknown> { return {} }

  /** The MDM routes' precondition (Fleet's VerifyAppleMDM middleware): 400 until Apple MDM is set up. */
  private async requireAppleMdm(ctx: DeviceContext, d: DeviceHandle): Promise<void> {
    if (!(await this.mdmConfigured(ctx, d))) throw mdmNotConfigured()
  }

  /** Fleet's refetch: details are asked again at the device's next check-in. */
  async refetch(ctx: DeviceContext): Promise<boolean> {
    const { hostId } = requireDevice(ctx)
    await ctx.repos.device.requestRefetch(hostId)
    // the agent API caches host rows (refetch_requested among them) between check-ins
    return true
  }

  /**
   * Premium: posts the migration webhook so the organisation's tooling releases
   * the device from its current MDM. Order as in Fleet: MDM set up (400), then
   * the license (402), then the webhook URL (400).
   */
  async migrateMdm(ctx: DeviceContext, now = new Date()): Promise<boolean> {
    const d: DeviceHandle = { hostId: this.authenticate(ctx), memos: new Map() }
    await this.requireAppleMdm(ctx, d)
    if (!(await this.premium(ctx, d))) throw paymentRequired()
    const url = (await this.config(ctx, d)).mdm_migration_webhook_url
    if (!url) throw badRequest('macOS migration webhook URL not configured')
    await postMigrationWebhook(url, migrationPayload(await this.extras(ctx, d), now))
    return true
  }
}
export const deviceService = new DeviceService()
