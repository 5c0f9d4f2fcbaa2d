import { GraphQLJSONObject } from 'graphql-scalars'
import { Field, InputType, Int, ObjectType } from 'type-graphql'
import { License } from '../device/device.type.js'
import { DEFAULT_AGENT_OPTIONS } from '../team-spec/team-spec-rules.js'

export interface AppConfigRow {
  org_name: string; org_logo_url: string; org_logo_url_light_background: string; contact_url: string
  server_url: string; license_tier: string; live_query_disabled: boolean; enable_host_users: boolean
  transparency_url: string; mdm_migration_webhook_url: string; failing_policies_webhook_url: string
  host_expiry_enabled: boolean; host_expiry_window: number
  agent_options: unknown; features: unknown; mdm: unknown; created_at: Date
}

/** What the caller may see beyond the settings everyone reads (Fleet's GET /config rules). */
export interface AppConfigView {
  /** Global admins: the agent options. */
  agentOptions: boolean
  /** Global admins and admins of any team: SMTP and SSO settings. */
  credentials: boolean
}

type Json = Record<string, unknown>

@ObjectType({ description: 'Instance settings (the part of Fleet\'s app config this server models; GET /config shows them with Fleet\'s placeholders for the rest).' })
export class AppConfig {
  constructor(
    private readonly row: AppConfigRow,
    private readonly view: AppConfigView,
    private readonly lic: License,
    private readonly derived: { features: Json; mdm: Json; smtpSettings: Json; ssoSettings: Json },
  ) {}
  @Field(() => String, { description: 'The organization name.' }) get orgName(): string { return this.row.org_name }
  @Field(() => String, { description: 'The organization logo URL (dark backgrounds); empty: none.' }) get orgLogoUrl(): string { return this.row.org_logo_url }
  @Field(() => String, { description: 'The organization logo URL for light backgrounds; empty: none.' }) get orgLogoUrlLightBackground(): string { return this.row.org_logo_url_light_background }
  @Field(() => String, { description: 'Where users are sent to contact their IT team (Fleet\'s default when unset).' }) get contactUrl(): string { return this.row.contact_url || 'https://fleetdm.com/company/contact' }
  @Field(() => String, { description: 'Where users and agents reach this instance; links in webhooks and SSO redirects use it.' }) get serverUrl(): string { return this.row.server_url }
  @Field(() => Boolean, { description: 'When true, live queries are refused.' }) get liveQueryDisabled(): boolean { return this.row.live_query_disabled }
  @Field(() => License, { description: 'The instance\'s license: tier and expiry (LICENSE_EXPIRATION, else a year after setup on Premium).' }) get license(): License { return this.lic }
  @Field(() => String, { description: 'free | premium' }) get licenseTier(): string { return this.row.license_tier }
  @Field(() => String, { description: 'Fleet Desktop\'s "About" link (Premium); empty: Fleet\'s page.' }) get transparencyUrl(): string { return this.row.transparency_url }
  @Field(() => String, { description: 'Where device MDM-migration requests are POSTed.' }) get mdmMigrationWebhookUrl(): string { return this.row.mdm_migration_webhook_url }
  @Field(() => String, { description: 'Where the automations schedule POSTs newly failing hosts per policy.' }) get failingPoliciesWebhookUrl(): string { return this.row.failing_policies_webhook_url }
  @Field(() => Boolean, { description: 'Fleet\'s host expiry switch: hosts not seen for hostExpiryWindow days (never seen: since they enrolled) are deleted at each cleanups_then_aggregation run.' }) get hostExpiryEnabled(): boolean { return this.row.host_expiry_enabled }
  @Field(() => Int, { description: 'Days without check-in after which a host expires (when enabled).' }) get hostExpiryWindow(): number { return this.row.host_expiry_window }
  @Field(() => GraphQLJSONObject, { description: 'Fleet\'s features block (enable_host_users, enable_software_inventory, additional_queries, detail_query_overrides), defaults filled in.' })
  get features(): Json { return this.derived.features }
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The global osquery agent options (Fleet\'s defaults until set); null unless the caller is a global admin (as Fleet).' })
  get agentOptions(): Json | null { return this.view.agentOptions ? (this.row.agent_options as Json | null) ?? DEFAULT_AGENT_OPTIONS : null }
  @Field(() => GraphQLJSONObject, { description: 'Fleet\'s MDM block: its defaults with this instance\'s status (enabled_and_configured), SSO entity id and migration webhook; never the stored credentials.' })
  get mdm(): Json { return this.derived.mdm }
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'SMTP settings as Fleet shows them unset (this server sends no email); null unless the caller is an admin (global or of a team).' })
  get smtpSettings(): Json | null { return this.view.credentials ? this.derived.smtpSettings : null }
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'SSO settings as Fleet shows them unset (this server has no SSO login); null unless the caller is an admin (global or of a team).' })
  get ssoSettings(): Json | null { return this.view.credentials ? this.derived.ssoSettings : null }
}

@InputType({ description: 'Settings to change; omitted fields keep their value, an empty string clears a URL.' })
export class AppConfigInput {
  @Field(() => String, { nullable: true, description: 'The organization name.' }) orgName?: string | null
  @Field(() => String, { nullable: true, description: 'The organization logo URL (dark backgrounds); empty: none.' }) orgLogoUrl?: string | null
  @Field(() => String, { nullable: true, description: 'The organization logo URL for light backgrounds; empty: none.' }) orgLogoUrlLightBackground?: string | null
  @Field(() => String, { nullable: true, description: 'Where users contact their IT team; empty: Fleet\'s default.' }) contactUrl?: string | null
  @Field(() => String, { nullable: true, description: 'The Fleet server URL agents reach.' }) serverUrl?: string | null
  @Field(() => Boolean, { nullable: true, description: 'When true, live queries are refused.' }) liveQueryDisabled?: boolean | null
  @Field(() => String, { nullable: true, description: 'The URL Fleet Desktop shows for transparency (Premium).' }) transparencyUrl?: string | null
  @Field(() => String, { nullable: true, description: 'Webhook posted when a device asks to migrate MDM (Premium).' }) mdmMigrationWebhookUrl?: string | null
  @Field(() => String, { nullable: true, description: 'Webhook posted for hosts failing policies.' }) failingPoliciesWebhookUrl?: string | null
  @Field(() => Boolean, { nullable: true, description: 'Turns host expiry on or off (a positive window is then required).' }) hostExpiryEnabled?: boolean | null
  @Field(() => Int, { nullable: true, description: 'Days without check-in after which a host expires.' }) hostExpiryWindow?: number | null
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Features to change, key by key (enable_host_users, enable_software_inventory, additional_queries, detail_query_overrides).' })
  features?: Json | null
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The global osquery agent options, replaced wholesale; checked against Fleet\'s shape unless forced.' })
  agentOptions?: Json | null
}
