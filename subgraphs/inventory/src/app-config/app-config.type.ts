import { Field, InputType, ObjectType } from 'type-graphql'

export interface AppConfigRow {
  org_name: string; server_url: string; license_tier: string
  transparency_url: string; mdm_migration_webhook_url: string; failing_policies_webhook_url: string
}

@ObjectType({ description: 'Instance settings (a subset of Fleet\'s app config).' })
export class AppConfig {
  constructor(private readonly row: AppConfigRow) {}
  @Field(() => String, { description: 'The organization name.' }) get orgName(): string { return this.row.org_name }
  @Field(() => String, { description: 'Where users and agents reach this instance; links in webhooks and SSO redirects use it.' }) get serverUrl(): string { return this.row.server_url }
  @Field(() => String, { description: 'free | premium' }) get licenseTier(): string { return this.row.license_tier }
  @Field(() => String, { description: 'Fleet Desktop\'s "About" link (Premium); empty: Fleet\'s page.' }) get transparencyUrl(): string { return this.row.transparency_url }
  @Field(() => String, { description: 'Where device MDM-migration requests are POSTed.' }) get mdmMigrationWebhookUrl(): string { return this.row.mdm_migration_webhook_url }
  @Field(() => String, { description: 'Where the automations schedule POSTs newly failing hosts per policy.' }) get failingPoliciesWebhookUrl(): string { return this.row.failing_policies_webhook_url }
}

@InputType({ description: 'Settings to change; omitted fields keep their value, an empty string clears a URL.' })
export class AppConfigInput {
  @Field(() => String, { nullable: true, description: 'The organization name.' }) orgName?: string | null
  @Field(() => String, { nullable: true, description: 'The Fleet server URL agents reach.' }) serverUrl?: string | null
  @Field(() => String, { nullable: true, description: 'The URL Fleet Desktop shows for transparency (Premium).' }) transparencyUrl?: string | null
  @Field(() => String, { nullable: true, description: 'Webhook posted when a device asks to migrate MDM (Premium).' }) mdmMigrationWebhookUrl?: string | null
  @Field(() => String, { nullable: true, description: 'Webhook posted for hosts failing policies.' }) failingPoliciesWebhookUrl?: string | null
}
