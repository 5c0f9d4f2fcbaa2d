import { Field, InputType, Int, ObjectType } from 'type-graphql'
import { GraphQLJSONObject } from 'graphql-scalars'
import { OSQUERY_MANAGER, OSQUERY_MANAGER_TITLE } from './package-policy-rules.js'

/** An osquery_manager integration as stored, with what it shows of its agent policy. */
export interface PackagePolicyRow {
  id: string; name: string; description: string; namespace: string; team_id: number | null
  package_version: string; enabled: boolean; revision: number; attributes: Record<string, unknown>
  created_at: Date; created_by: string; updated_at: Date; updated_by: string
  /** The agent policy's Kibana id and namespace. */
  agent_policy_id: string; policy_namespace: string
  /** The agent options its policy's hosts get (the team's, else the global ones). */
  agent_options: Record<string, unknown> | null
}

@ObjectType({
  description: "Kibana's osquery_manager integration on an agent policy (ADR 0013; the only package this server manages): its osquery options are the policy's agent options (config.options), its packs the packs targeting the policy.",
})
export class PackagePolicy {
  constructor(readonly row: PackagePolicyRow) {}
  @Field(() => String, { description: "Kibana's id: a UUID unless the client chose one." }) get id(): string { return this.row.id }
  @Field(() => String, { description: 'The unique name.' }) get name(): string { return this.row.name }
  @Field(() => String, { description: 'Free text.' }) get description(): string { return this.row.description }
  @Field(() => String, { description: "Kibana's namespace as given; empty: the agent policy's (see policyNamespace)." }) get namespace(): string { return this.row.namespace }
  @Field(() => String, { description: "The agent policy's namespace (what an empty namespace inherits)." }) get policyNamespace(): string { return this.row.policy_namespace }
  @Field(() => String, { description: 'The agent policy it belongs to (its Kibana id).' }) get agentPolicyId(): string { return this.row.agent_policy_id }
  @Field(() => String, { description: `Always ${OSQUERY_MANAGER}.` }) get packageName(): string { return OSQUERY_MANAGER }
  @Field(() => String, { description: `"${OSQUERY_MANAGER_TITLE}".` }) get packageTitle(): string { return OSQUERY_MANAGER_TITLE }
  @Field(() => String, { description: 'The package version it was created or last upgraded with.' }) get packageVersion(): string { return this.row.package_version }
  @Field(() => Boolean, { description: "Kibana's enabled flag, stored as given." }) get enabled(): boolean { return this.row.enabled }
  @Field(() => Int, { description: 'The integration\'s own revision: 1 on create, +1 on each update.' }) get revision(): number { return this.row.revision }
  @Field(() => Date, { description: 'When it was created.' }) get createdAt(): Date { return this.row.created_at }
  @Field(() => String, { description: 'Who created it.' }) get createdBy(): string { return this.row.created_by }
  @Field(() => Date, { description: 'When it last changed.' }) get updatedAt(): Date { return this.row.updated_at }
  @Field(() => String, { description: 'Who last changed it.' }) get updatedBy(): string { return this.row.updated_by }
  @Field(() => GraphQLJSONObject, { description: 'The rest of the Kibana body (vars, output_id, stream settings, …), stored as given.' })
  get attributes(): Record<string, unknown> { return this.row.attributes }
  @Field(() => GraphQLJSONObject, { description: "osquery's options: the agent policy's agent options, config.options (empty when none are set)." })
  get osqueryOptions(): Record<string, unknown> {
    const config = (this.row.agent_options?.config ?? null) as { options?: unknown } | null
    const options = config?.options
    return options && typeof options === 'object' && !Array.isArray(options) ? options as Record<string, unknown> : {}
  }

  /** The policy's key: team id, 0 for the default policy. */
  get policyKey(): number { return this.row.team_id ?? 0 }
}

@ObjectType({ description: "One page of osquery_manager integrations, in Kibana's list shape." })
export class PackagePolicyPage {
  constructor(items: PackagePolicy[], total: number, page: number, perPage: number) { this.items = items; this.total = total; this.page = page; this.perPage = perPage }
  @Field(() => [PackagePolicy], { description: 'The page.' }) items: PackagePolicy[]
  @Field(() => Int, { description: 'How many match.' }) total: number
  @Field(() => Int, { description: 'The page number, from 1.' }) page: number
  @Field(() => Int, { description: 'The page size.' }) perPage: number
}

@ObjectType({ description: "One integration of a bulk delete or upgrade, as Kibana reports it." })
export class PackagePolicyOutcome {
  constructor(o: { id: string; success: boolean; name?: string | null; statusCode?: number | null; message?: string | null; agentPolicyId?: string | null; packageVersion?: string | null }) {
    this.id = o.id; this.success = o.success; this.name = o.name ?? null; this.statusCode = o.statusCode ?? null
    this.message = o.message ?? null; this.agentPolicyId = o.agentPolicyId ?? null; this.packageVersion = o.packageVersion ?? null
  }
  @Field(() => String, { description: 'The id asked for.' }) id: string
  @Field(() => Boolean, { description: 'Whether it was done.' }) success: boolean
  @Field(() => String, { nullable: true, description: 'Its name (when it exists).' }) name: string | null
  @Field(() => Int, { nullable: true, description: 'The HTTP status of a failure (404 not found, 403 not allowed).' }) statusCode: number | null
  @Field(() => String, { nullable: true, description: 'Why it failed.' }) message: string | null
  @Field(() => String, { nullable: true, description: 'Its agent policy (when it exists).' }) agentPolicyId: string | null
  @Field(() => String, { nullable: true, description: 'Its package version (when it exists).' }) packageVersion: string | null
}

@ObjectType({ description: 'What an upgrade of one integration would change (upgrade dry run).' })
export class PackagePolicyDryRun {
  constructor(id: string, current: PackagePolicy | null, targetVersion: string | null, statusCode: number | null, message: string | null) {
    this.id = id; this.current = current; this.targetVersion = targetVersion; this.statusCode = statusCode; this.message = message
  }
  @Field(() => String, { description: 'The id asked for.' }) id: string
  @Field(() => PackagePolicy, { nullable: true, description: 'The integration as it is (null when it cannot be upgraded).' }) current: PackagePolicy | null
  @Field(() => String, { nullable: true, description: 'The package version an upgrade would set.' }) targetVersion: string | null
  @Field(() => Int, { nullable: true, description: 'The HTTP status of a failure.' }) statusCode: number | null
  @Field(() => String, { nullable: true, description: 'Why it cannot be upgraded.' }) message: string | null
  @Field(() => Boolean, { description: 'Whether the dry run found errors.' }) get hasErrors(): boolean { return this.statusCode != null }
}

@InputType({ description: 'A new osquery_manager integration on an agent policy.' })
export class PackagePolicyInput {
  @Field(() => String, { description: 'The unique name, at most 255 characters.' }) name!: string
  @Field(() => String, { description: 'The agent policy (Kibana id) it goes on; at most one integration per policy.' }) agentPolicyId!: string
  @Field(() => String, { description: `The package: ${OSQUERY_MANAGER} (any other is refused: this server manages osquery agents only).` }) packageName!: string
  @Field(() => String, { nullable: true, description: 'The package version (default: the one this server reports installed).' }) packageVersion?: string | null
  @Field(() => String, { nullable: true, description: 'Free text.' }) description?: string | null
  @Field(() => String, { nullable: true, description: "Kibana's namespace; empty: the agent policy's." }) namespace?: string | null
  @Field(() => Boolean, { nullable: true, description: "Kibana's enabled flag (default true)." }) enabled?: boolean | null
  @Field(() => GraphQLJSONObject, { nullable: true, description: "osquery options: written to the agent policy's agent options (config.options), raising its revision." })
  osqueryOptions?: Record<string, unknown> | null
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Other Kibana fields, stored as given (at most 100,000 characters of JSON).' })
  attributes?: Record<string, unknown> | null
}

@InputType({ description: 'Changes to an osquery_manager integration; omitted fields keep their value.' })
export class PackagePolicyUpdateInput {
  @Field(() => String, { nullable: true, description: 'The new name.' }) name?: string | null
  @Field(() => String, { nullable: true, description: 'Moves it to another agent policy (which must have none).' }) agentPolicyId?: string | null
  @Field(() => String, { nullable: true, description: `The package (${OSQUERY_MANAGER} only).` }) packageName?: string | null
  @Field(() => String, { nullable: true, description: 'The package version.' }) packageVersion?: string | null
  @Field(() => String, { nullable: true, description: 'Free text.' }) description?: string | null
  @Field(() => String, { nullable: true, description: "Kibana's namespace." }) namespace?: string | null
  @Field(() => Boolean, { nullable: true, description: "Kibana's enabled flag." }) enabled?: boolean | null
  @Field(() => GraphQLJSONObject, { nullable: true, description: "osquery options: written to the agent policy's agent options (config.options)." })
  osqueryOptions?: Record<string, unknown> | null
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Other Kibana fields, merged into the stored ones key by key.' })
  attributes?: Record<string, unknown> | null
}
