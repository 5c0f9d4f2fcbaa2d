// GraphQL AppConfig ↔ Fleet's app config JSON (GET/PATCH /config, Fleet's
// EnrichedAppConfig). Settings this server does not model are shown as Fleet
// shows them unset (docs/compat.md); the read-only parts (license, logging,
// update_interval, vulnerabilities) describe this server.
import { z } from 'zod'
import type { AppConfigInput, FleetAppConfigFragment } from '../generated/graphql.js'
import { toFleetTime } from './enroll-secret.js'

const DEFAULT_TRANSPARENCY_URL = 'https://fleetdm.com/transparency'
/** Go's time.Duration in JSON: nanoseconds. */
const HOUR_NS = 3_600_000_000_000

const json = z.record(z.string(), z.unknown())
const int = () => z.number().int()
const unmodeled = (what: string) => json.meta({ description: `${what}: not modeled here, shown as Fleet shows it unset` })

export const fleetAppConfig = z.object({
  org_info: z.object({ org_name: z.string(), org_logo_url: z.string(), org_logo_url_light_background: z.string(), contact_url: z.string() }),
  server_settings: z.object({
    server_url: z.string(), live_query_disabled: z.boolean(), query_reports_disabled: z.boolean(), scripts_disabled: z.boolean(),
    deferred_save_host: z.boolean(), enable_analytics: z.boolean(),
  }),
  smtp_settings: json.optional().meta({ description: 'Admins only (global or of a team); this server sends no email' }),
  sso_settings: json.optional().meta({ description: 'Admins only (global or of a team); this server has no SSO login' }),
  host_expiry_settings: z.object({ host_expiry_enabled: z.boolean(), host_expiry_window: int() }),
  activity_expiry_settings: unmodeled('activity expiry'),
  features: json,
  agent_options: json.optional().meta({ description: 'Global admins only' }),
  fleet_desktop: z.object({ transparency_url: z.string() }),
  vulnerability_settings: unmodeled('vulnerability scanning'),
  webhook_settings: z.object({
    host_status_webhook: unmodeled('host status webhook'),
    failing_policies_webhook: z.object({ enable_failing_policies_webhook: z.boolean(), destination_url: z.string(), policy_ids: z.null(), host_batch_size: int() }),
    vulnerabilities_webhook: unmodeled('vulnerabilities webhook'),
    interval: z.string(),
  }),
  integrations: unmodeled('Jira, Zendesk and Google Calendar integrations'),
  mdm: json,
  update_interval: z.object({ osquery_detail: int(), osquery_policy: int() }),
  vulnerabilities: unmodeled('vulnerability processing'),
  license: z.object({ tier: z.string(), expiration: z.string() }),
  logging: json,
}).meta({ id: 'FleetAppConfig' })
export type FleetAppConfig = z.infer<typeof fleetAppConfig>

export function toFleetAppConfig(c: FleetAppConfigFragment): FleetAppConfig {
  const premium = c.licenseTier === 'premium'
  const osqueryLog = { plugin: 'filesystem', config: null }
  return {
    org_info: { org_name: c.orgName, org_logo_url: c.orgLogoUrl, org_logo_url_light_background: c.orgLogoUrlLightBackground, contact_url: c.contactUrl },
    server_settings: {
      server_url: c.serverUrl, live_query_disabled: c.liveQueryDisabled, query_reports_disabled: false, scripts_disabled: false,
      deferred_save_host: false, enable_analytics: false,
    },
    // Fleet leaves these out (omitempty) for callers who may not see them.
    ...(c.smtpSettings ? { smtp_settings: c.smtpSettings } : {}),
    ...(c.ssoSettings ? { sso_settings: c.ssoSettings } : {}),
    host_expiry_settings: { host_expiry_enabled: c.hostExpiryEnabled, host_expiry_window: c.hostExpiryWindow },
    activity_expiry_settings: { activity_expiry_enabled: false, activity_expiry_window: 0 },
    features: c.features,
    ...(c.agentOptions ? { agent_options: c.agentOptions } : {}),
    fleet_desktop: { transparency_url: premium && c.transparencyUrl ? c.transparencyUrl : DEFAULT_TRANSPARENCY_URL },
    vulnerability_settings: { databases_path: '' },
    webhook_settings: {
      host_status_webhook: { enable_host_status_webhook: false, destination_url: '', host_percentage: 0, days_count: 0 },
      failing_policies_webhook: {
        enable_failing_policies_webhook: !!c.failingPoliciesWebhookUrl, destination_url: c.failingPoliciesWebhookUrl, policy_ids: null, host_batch_size: 0,
      },
      vulnerabilities_webhook: { enable_vulnerabilities_webhook: false, destination_url: '', host_batch_size: 0 },
      interval: '24h0m0s',
    },
    integrations: { jira: null, zendesk: null, google_calendar: null },
    mdm: c.mdm,
    update_interval: { osquery_detail: HOUR_NS, osquery_policy: HOUR_NS },
    vulnerabilities: {
      databases_path: '', periodicity: 0, cpe_database_url: '', cpe_translations_url: '', cve_feed_prefix_url: '',
      current_instance_checks: 'no', disable_data_sync: true, recent_vulnerability_max_age: 0, disable_win_os_vulnerabilities: true,
    },
    license: { tier: c.license.tier, expiration: toFleetTime(c.license.expiration) },
    logging: { debug: false, json: true, result: osqueryLog, status: osqueryLog, audit: { plugin: 'filesystem', config: null } },
  }
}

// ---------------------------------------------------------------- PATCH body

/** Go's strict decoding (DisallowUnknownFields): an unknown key is a 400 naming it. */
const strict = <T extends z.ZodRawShape>(shape: T) => z.strictObject(shape, {
  error: (iss) => (iss.code === 'unrecognized_keys' ? `unsupported key provided: "${iss.keys[0]}"` : undefined),
})
/** JSON null reads as "not given" in Go (the stored value stays). */
const opt = <T extends z.ZodType>(t: T) => t.nullish()
const str = () => opt(z.string().max(10_000))
const bool = () => opt(z.boolean())
const section = () => opt(json)

export const fleetAppConfigPatch = strict({
  org_info: opt(strict({ org_name: str(), org_logo_url: str(), org_logo_url_light_background: str(), contact_url: str() })),
  server_settings: opt(strict({
    server_url: str(), live_query_disabled: bool(), query_reports_disabled: bool(), scripts_disabled: bool(), ai_features_disabled: bool(),
    deferred_save_host: bool(), enable_analytics: bool(), debug_host_ids: opt(z.array(z.number())),
  })),
  host_expiry_settings: opt(strict({ host_expiry_enabled: bool(), host_expiry_window: opt(int().min(-2_147_483_648).max(2_147_483_647)) })),
  features: opt(strict({
    enable_host_users: bool(), enable_software_inventory: bool(), additional_queries: opt(json), detail_query_overrides: opt(z.record(z.string(), z.string().nullable())),
  })),
  agent_options: section(),
  fleet_desktop: opt(strict({ transparency_url: str(), alternative_browser_host: str() })),
  webhook_settings: opt(strict({
    host_status_webhook: section(),
    failing_policies_webhook: opt(strict({
      enable_failing_policies_webhook: bool(), destination_url: str(), policy_ids: opt(z.array(z.number())), host_batch_size: opt(int()),
    })),
    vulnerabilities_webhook: section(),
    activities_webhook: section(),
    interval: opt(z.union([z.string(), z.number()])),
  })),
  mdm: section(),
  // Not modeled: accepted (so GET's output applies back) and ignored (docs/compat.md).
  smtp_settings: section(), sso_settings: section(), integrations: section(), vulnerability_settings: section(),
  activity_expiry_settings: section(), scripts: opt(z.unknown()), host_settings: section(), smtp_test: bool(),
  // Read-only parts of GET's answer, ignored on the way back in.
  license: section(), logging: section(), update_interval: section(), vulnerabilities: section(), email: section(), sandbox_enabled: bool(),
})
export type FleetAppConfigPatch = z.infer<typeof fleetAppConfigPatch>

/** A webhook setting: `enable: false` clears the URL (this server keeps no disabled destination). */
function webhookUrl(enable: boolean | null | undefined, url: string | null | undefined): string | undefined {
  if (enable === false) return ''
  return url ?? undefined
}

export function toAppConfigInput(b: FleetAppConfigPatch): AppConfigInput {
  const fp = b.webhook_settings?.failing_policies_webhook
  const migration = b.mdm?.macos_migration as { enable?: unknown; webhook_url?: unknown } | null | undefined
  const migrationUrl = typeof migration?.webhook_url === 'string' ? migration.webhook_url : undefined
  return {
    orgName: b.org_info?.org_name, orgLogoUrl: b.org_info?.org_logo_url, orgLogoUrlLightBackground: b.org_info?.org_logo_url_light_background,
    contactUrl: b.org_info?.contact_url,
    serverUrl: b.server_settings?.server_url, liveQueryDisabled: b.server_settings?.live_query_disabled,
    hostExpiryEnabled: b.host_expiry_settings?.host_expiry_enabled, hostExpiryWindow: b.host_expiry_settings?.host_expiry_window,
    features: b.features ?? undefined, agentOptions: b.agent_options ?? undefined,
    transparencyUrl: b.fleet_desktop?.transparency_url,
    failingPoliciesWebhookUrl: webhookUrl(fp?.enable_failing_policies_webhook, fp?.destination_url),
    mdmMigrationWebhookUrl: webhookUrl(typeof migration?.enable === 'boolean' ? migration.enable : undefined, migrationUrl),
  }
}
