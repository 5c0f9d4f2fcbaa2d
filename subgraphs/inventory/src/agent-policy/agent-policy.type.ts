import { Directive, Field, InputType, Int, ObjectType } from 'type-graphql'
import { GraphQLJSONObject } from 'graphql-scalars'
import { DEFAULT_AGENT_POLICY_ID, DEFAULT_NAMESPACE } from './agent-policy-rules.js'

/** An agent policy as stored: a team's row, or the global configuration's for the default policy. */
export interface AgentPolicyRow {
  id: string
  /** null: the default policy (hosts on no team). */
  team_id: number | null
  name: string
  description: string
  attributes: Record<string, unknown>
  revision: number
  updated_at: Date
  updated_by: string
  agent_options: Record<string, unknown> | null
}

@Directive('@key(fields: "policyKey")')
@ObjectType({
  description: "A Kibana agent policy (ADR 0013): a team with its agent options, or the default policy (the global configuration, hosts on no team). Kibana's routes `/api/fleet/agent_policies` serve it.",
})
export class AgentPolicy {
  constructor(readonly row: AgentPolicyRow) {}
  @Field(() => String, { description: `Kibana's id: the team's agentPolicyId, or \`${DEFAULT_AGENT_POLICY_ID}\` for the default policy.` }) get id(): string { return this.row.id }
  @Field(() => String, { description: "The team's name (the default policy's is \"No team\")." }) get name(): string { return this.row.name }
  @Field(() => String, { description: "Kibana's data-stream namespace (stored as given; \"default\" when none was)." })
  get namespace(): string { const ns = this.row.attributes.namespace; return typeof ns === 'string' ? ns : DEFAULT_NAMESPACE }
  @Field(() => String, { description: 'Free text; may be empty.' }) get description(): string { return this.row.description }
  @Field(() => Boolean, { description: 'true for the default policy (the global configuration).' }) get isDefault(): boolean { return this.row.team_id == null }
  @Field(() => Int, {
    description: "The revision: 1 on create, raised on every change to the policy's agent options, the packs targeting it (for the default policy: the packs targeting All Hosts) and its osquery_manager integration, through any surface.",
  })
  get revision(): number { return this.row.revision }
  @Field(() => Date, { description: 'When the policy last changed.' }) get updatedAt(): Date { return this.row.updated_at }
  @Field(() => String, { description: 'Who last changed it through an agent-policy write ("system" otherwise).' }) get updatedBy(): string { return this.row.updated_by }
  @Field(() => GraphQLJSONObject, { description: "Kibana-only attributes (monitoring, inactivity timeout, outputs, …), stored as given; FleetDM gives them no meaning." })
  get attributes(): Record<string, unknown> { return this.row.attributes }
  @Field(() => GraphQLJSONObject, { nullable: true, description: "The osquery agent options its hosts get (FleetDM's agent_options); null when none are set (hosts then get the global ones, or Fleet's defaults)." })
  get agentOptions(): Record<string, unknown> | null { return this.row.agent_options }

  @Field(() => Int, { description: "The team's databaseId; 0 for the default policy (the key other subgraphs extend it by: packs-and-queries' osqueryPacks)." })
  get policyKey(): number { return this.row.team_id ?? 0 }

  /** The team id, 0 for the default policy (loader key). */
  get key(): number { return this.row.team_id ?? 0 }
}

@ObjectType({ description: "One page of agent policies, in Kibana's list shape." })
export class AgentPolicyPage {
  constructor(items: AgentPolicy[], total: number, page: number, perPage: number) { this.items = items; this.total = total; this.page = page; this.perPage = perPage }
  @Field(() => [AgentPolicy], { description: 'The page.' }) items: AgentPolicy[]
  @Field(() => Int, { description: 'How many policies match.' }) total: number
  @Field(() => Int, { description: 'The page number, from 1.' }) page: number
  @Field(() => Int, { description: 'The page size.' }) perPage: number
}

@ObjectType({ description: 'A deleted agent policy.' })
export class DeletedAgentPolicy {
  constructor(id: string, name: string) { this.id = id; this.name = name }
  @Field(() => String, { description: "Kibana's id." }) id: string
  @Field(() => String, { description: 'Its name.' }) name: string
}

@InputType({ description: "A new agent policy (a new team): Kibana's NewAgentPolicy." })
export class AgentPolicyInput {
  @Field(() => String, { description: 'The name: unique (case-insensitive, as team names), at most 255 characters.' }) name!: string
  @Field(() => String, { description: "Kibana's namespace: lowercase, no spaces or `*\\/?\"<>|,#:-`, at most 100 bytes." }) namespace!: string
  @Field(() => String, { nullable: true, description: 'Free text.' }) description?: string | null
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Kibana-only attributes, stored as given (at most 100,000 characters of JSON); keys the server owns (revision, status, is_managed, …) are ignored.' })
  attributes?: Record<string, unknown> | null
}

@InputType({ description: 'Changes to an agent policy; omitted fields keep their value.' })
export class AgentPolicyUpdateInput {
  @Field(() => String, { nullable: true, description: 'The new name (the default policy keeps "No team").' }) name?: string | null
  @Field(() => String, { nullable: true, description: "Kibana's namespace." }) namespace?: string | null
  @Field(() => String, { nullable: true, description: 'Free text.' }) description?: string | null
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Kibana-only attributes, merged into the stored ones key by key.' })
  attributes?: Record<string, unknown> | null
}
