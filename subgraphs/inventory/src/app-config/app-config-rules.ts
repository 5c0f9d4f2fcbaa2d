// Pure rules of the instance settings: the license as reported, Fleet's
// placeholders for settings this server does not model, and the checks a
// change must pass (Fleet's ModifyAppConfig messages where it has one).
import type { FieldError } from '@fleetgraph/subgraph-kit'
import type { License } from '../device/device.type.js'
import { agentOptionsProblems, normalizeFeatures } from '../team-spec/team-spec-rules.js'
import type { AppConfigInput, AppConfigRow } from './app-config.type.js'

type Json = Record<string, unknown>

/** Go's zero time: Fleet's expiration on Free (no license key). */
export const NO_EXPIRATION = new Date('0001-01-01T00:00:00Z')
const YEAR_MS = 365 * 24 * 3600 * 1000
export const DEFAULT_CONTACT_URL = 'https://fleetdm.com/company/contact'
const DEFAULT_TRANSPARENCY_URL = 'https://fleetdm.com/transparency'

/**
 * Premium expires at LICENSE_EXPIRATION, else a year after the instance was set up (its settings row's
 * creation: stable across restarts). Free shows the zero time, as Fleet does without a key.
 */
export function licenseOf(tier: string, setUpAt: Date, configured: Date | undefined): License {
  if (tier !== 'premium') return { tier, expiration: NO_EXPIRATION }
  // Whole seconds, as a license key's expiry (clients compare dates, and the answer stays the same).
  return { tier, expiration: configured ?? new Date(Math.floor((setUpAt.getTime() + YEAR_MS) / 1000) * 1000) }
}

/** Fleet's SMTP settings on a new install (this server sends no email). */
export const SMTP_UNSET: Json = {
  enable_smtp: false, configured: false, sender_address: '', server: '', port: 587,
  authentication_type: 'authtype_username_password', user_name: '', password: '', enable_ssl_tls: true,
  authentication_method: 'authmethod_plain', domain: '', verify_ssl_certs: true, enable_start_tls: true,
}

/** Fleet's empty SSO settings (this server has no SSO login for users). */
export const SSO_UNSET: Json = {
  entity_id: '', issuer_uri: '', metadata: '', metadata_url: '', idp_name: '', idp_image_url: '',
  enable_sso: false, enable_sso_idp_login: false, enable_jit_provisioning: false, enable_jit_role_sync: false,
}

export function httpUrl(value: string): boolean {
  try { const u = new URL(value); return (u.protocol === 'http:' || u.protocol === 'https:') && !!u.host } catch { return false }
}

/** Optional URL inputs → column (also the field name in errors, as Fleet's JSON keys). */
const URL_FIELDS = {
  orgLogoUrl: 'org_logo_url', orgLogoUrlLightBackground: 'org_logo_url_light_background', contactUrl: 'contact_url',
  transparencyUrl: 'transparency_url', mdmMigrationWebhookUrl: 'mdm_migration_webhook_url', failingPoliciesWebhookUrl: 'failing_policies_webhook_url',
} as const
const MAX_URL = 2048

export interface AppConfigChange {
  fields: Partial<AppConfigRow>
  /** 422s (Fleet's InvalidArgumentError). */
  problems: FieldError[]
  /** 400s: agent options or features of the wrong shape (Fleet's strict decoding), unless forced. */
  badRequest: string[]
}

/** The columns `input` changes over `stored`, and what is wrong with the result. */
export function appConfigChange(stored: AppConfigRow, input: AppConfigInput, force: boolean): AppConfigChange {
  const fields: Partial<AppConfigRow> = {}
  const problems: FieldError[] = []
  const badRequest: string[] = []
  if (input.orgName != null) {
    if (input.orgName.length > 255) problems.push({ name: 'org_name', reason: 'organization name must be at most 255 characters' })
    else fields.org_name = input.orgName.trim()
  }
  if (input.serverUrl != null) fields.server_url = input.serverUrl.trim()
  for (const [key, name] of Object.entries(URL_FIELDS) as [keyof typeof URL_FIELDS, (typeof URL_FIELDS)[keyof typeof URL_FIELDS]][]) {
    const v = input[key]
    if (v == null) continue
    const trimmed = v.trim()
    if (trimmed && (!httpUrl(trimmed) || trimmed.length > MAX_URL)) problems.push({ name, reason: `${trimmed.slice(0, 100)} is not a valid URL` })
    else fields[name] = trimmed
  }
  if (fields.contact_url === '') fields.contact_url = DEFAULT_CONTACT_URL
  // Fleet's default page counts as unset (GET shows it when none is set, so it applies back on Free).
  if (fields.transparency_url === DEFAULT_TRANSPARENCY_URL) fields.transparency_url = ''
  if (fields.transparency_url && stored.license_tier !== 'premium') problems.push({ name: 'transparency_url', reason: 'Requires Fleet Premium license' })
  if (input.liveQueryDisabled != null) fields.live_query_disabled = input.liveQueryDisabled
  if (input.hostExpiryEnabled != null) fields.host_expiry_enabled = input.hostExpiryEnabled
  if (input.hostExpiryWindow != null) fields.host_expiry_window = input.hostExpiryWindow
  if (input.features != null) {
    const merged = normalizeFeatures({ ...(normalizeFeatures(stored.features as Json | null).features), ...input.features })
    badRequest.push(...merged.invalid)
    fields.features = merged.features
    fields.enable_host_users = merged.features.enable_host_users as boolean
  }
  if (input.agentOptions != null) {
    if (!force) {
      const p = agentOptionsProblems(input.agentOptions)
      badRequest.push(...p.invalid, ...p.unknown.map((k) => `unsupported key provided: "${k}"`))
    }
    fields.agent_options = input.agentOptions
  }

  // Required settings must survive the change (Fleet checks the merged config).
  const next = { ...stored, ...fields }
  if (!next.org_name.trim()) problems.push({ name: 'org_name', reason: 'organization name must be present' })
  if (!next.server_url) problems.push({ name: 'server_url', reason: 'Fleet server URL must be present' })
  else if (fields.server_url !== undefined && (!httpUrl(next.server_url) || next.server_url.length > MAX_URL)) {
    problems.push({ name: 'server_url', reason: `Couldn't update settings: ${next.server_url.slice(0, 100)} is not a valid http(s) URL` })
  }
  if (next.host_expiry_enabled && next.host_expiry_window <= 0) {
    problems.push({ name: 'host_expiry_settings.host_expiry_window', reason: 'When enabling host expiry, host expiry window must be a positive number.' })
  }
  if (next.host_expiry_window < 0) problems.push({ name: 'host_expiry_settings.host_expiry_window', reason: 'host expiry window must not be negative' })
  return { fields, problems, badRequest }
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * Fleet's MDM block as GET /config shows it: Fleet's defaults, the stored status (enabled_and_configured,
 * the SSO entity id) and the migration webhook. The stored block also holds credentials (the SCEP
 * challenge, the enrollment-profile token): never shown.
 */
export function publicMdm(stored: unknown, migrationWebhookUrl: string): Json {
  const m = isObject(stored) ? stored : {}
  const eua = isObject(m.end_user_authentication) ? m.end_user_authentication : {}
  const str = (v: unknown) => (typeof v === 'string' ? v : '')
  return {
    apple_bm_default_team: str(m.apple_bm_default_team),
    apple_bm_enabled_and_configured: m.apple_bm_enabled_and_configured === true,
    apple_bm_terms_expired: false,
    enabled_and_configured: m.enabled_and_configured === true,
    windows_enabled_and_configured: false,
    macos_updates: { minimum_version: null, deadline: null },
    macos_settings: { custom_settings: null, enable_disk_encryption: false },
    macos_setup: { bootstrap_package: null, enable_end_user_authentication: false, macos_setup_assistant: null },
    macos_migration: { enable: !!migrationWebhookUrl, mode: migrationWebhookUrl ? 'voluntary' : '', webhook_url: migrationWebhookUrl },
    end_user_authentication: { entity_id: str(eua.entity_id), issuer_uri: '', metadata: '', metadata_url: '', idp_name: '' },
  }
}
