import { Field, InputType, ObjectType } from 'type-graphql'
import { GraphQLJSONObject } from 'graphql-scalars'

export interface FleetServerHostBody { name: string; host_urls: string[]; is_default: boolean; proxy_id: string | null }
export interface ProxyBody {
  name: string; url: string; proxy_headers: Record<string, unknown> | null
  certificate_authorities: string | null; certificate: string | null; certificate_key: string | null
}
export interface PackageState { installed: boolean; installed_at: string | null }

@ObjectType({ description: "A Kibana Fleet Server host: where agents reach Fleet. The default one (`fleet-default-fleet-server-host`) is this server's public URL (serverUrl) until changed; changes are stored for Kibana's clients and change nothing else." })
export class KibanaFleetServerHost {
  constructor(readonly key: string, readonly body: FleetServerHostBody) {}
  @Field(() => String, { description: "Kibana's id." }) get id(): string { return this.key }
  @Field(() => String, { description: 'Its name.' }) get name(): string { return this.body.name }
  @Field(() => [String], { description: 'Its URLs.' }) get hostUrls(): string[] { return this.body.host_urls }
  @Field(() => Boolean, { description: 'Whether it is the default.' }) get isDefault(): boolean { return this.body.is_default }
  @Field(() => String, { nullable: true, description: 'A proxy id, stored as given.' }) get proxyId(): string | null { return this.body.proxy_id }
}

@InputType({ description: 'Changes to a Fleet Server host; omitted fields keep their value.' })
export class KibanaFleetServerHostInput {
  @Field(() => String, { nullable: true, description: 'The name (1 to 255 characters).' }) name?: string | null
  @Field(() => [String], { nullable: true, description: 'http(s) URLs, 1 to 10.' }) hostUrls?: string[] | null
  @Field(() => Boolean, { nullable: true, description: 'Whether it is the default.' }) isDefault?: boolean | null
  @Field(() => String, { nullable: true, description: 'A proxy id (empty: none).' }) proxyId?: string | null
}

@ObjectType({ description: 'A Kibana Fleet proxy, stored for Kibana\'s clients (nothing here goes through it).' })
export class KibanaProxy {
  constructor(readonly key: string, readonly body: ProxyBody) {}
  @Field(() => String, { description: "Kibana's id." }) get id(): string { return this.key }
  @Field(() => String, { description: 'Its name.' }) get name(): string { return this.body.name }
  @Field(() => String, { description: 'Its URL.' }) get url(): string { return this.body.url }
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Headers sent to the proxy.' }) get proxyHeaders(): Record<string, unknown> | null { return this.body.proxy_headers }
  @Field(() => String, { nullable: true, description: 'CA certificates (PEM).' }) get certificateAuthorities(): string | null { return this.body.certificate_authorities }
  @Field(() => String, { nullable: true, description: 'Client certificate (PEM).' }) get certificate(): string | null { return this.body.certificate }
  @Field(() => String, { nullable: true, description: 'Client key (PEM).' }) get certificateKey(): string | null { return this.body.certificate_key }
}

@InputType({ description: 'A Kibana Fleet proxy, or changes to one (omitted fields keep their value).' })
export class KibanaProxyInput {
  @Field(() => String, { nullable: true, description: 'The name (required on create).' }) name?: string | null
  @Field(() => String, { nullable: true, description: 'The URL (required on create).' }) url?: string | null
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Headers sent to the proxy.' }) proxyHeaders?: Record<string, unknown> | null
  @Field(() => String, { nullable: true, description: 'CA certificates (PEM).' }) certificateAuthorities?: string | null
  @Field(() => String, { nullable: true, description: 'Client certificate (PEM).' }) certificate?: string | null
  @Field(() => String, { nullable: true, description: 'Client key (PEM).' }) certificateKey?: string | null
}

@ObjectType({ description: "Where agents' results go, as a Kibana output: this server (its public URL)." })
export class KibanaOutput {
  constructor(readonly serverUrl: string) {}
  @Field(() => String, { description: 'fleet-default-output.' }) get id(): string { return 'fleet-default-output' }
  @Field(() => String, { description: 'default.' }) get name(): string { return 'default' }
  @Field(() => [String], { description: "This server's public URL (results are posted to its osquery log route)." }) get hosts(): string[] { return this.serverUrl ? [this.serverUrl] : [] }
}

@ObjectType({ description: "A Kibana package as this server has it: only osquery_manager exists." })
export class KibanaPackage {
  constructor(readonly pkgName: string, readonly title: string, readonly pkgVersion: string, readonly state: PackageState, readonly policyCount: number) {}
  @Field(() => String, { description: 'osquery_manager.' }) get name(): string { return this.pkgName }
  @Field(() => String, { description: 'Its title.' }) get packageTitle(): string { return this.title }
  @Field(() => String, { description: 'The version this server reports.' }) get version(): string { return this.pkgVersion }
  @Field(() => Boolean, { description: "Installed (the default; Kibana's DELETE uninstalls it, a new integration installs it again)." }) get installed(): boolean { return this.state.installed }
  @Field(() => Date, { nullable: true, description: 'When it was last installed through the API.' }) get installedAt(): Date | null { return this.state.installed_at ? new Date(this.state.installed_at) : null }
  @Field(() => Boolean, { description: 'Whether integrations of it exist.' }) get hasPolicies(): boolean { return this.policyCount > 0 }
}
