import { Directive, Field, ID, Int, ObjectType } from 'type-graphql'
import { DATABASE_ID_DESCRIPTION, NODE_ID_DESCRIPTION, Node, toNodeId } from '@fleetgraph/subgraph-kit'

export interface TeamRow { id: number; name: string; description: string; created_at: Date; agent_policy_id: string; policy_revision: number }

@Directive('@key(fields: "id")')
@ObjectType({ implements: Node, description: 'A group of hosts and users with its own settings (Fleet Premium).' })
export class Team {
  constructor(private readonly row: TeamRow) {}
  @Field(() => ID, { description: NODE_ID_DESCRIPTION }) get id(): string { return toNodeId('Team', this.row.id) }
  @Field(() => Int, { description: DATABASE_ID_DESCRIPTION }) get databaseId(): number { return this.row.id }
  @Field(() => String, { description: 'The unique name.' }) get name(): string { return this.row.name }
  @Field(() => String, { description: 'Free text; may be empty.' }) get description(): string { return this.row.description }
  @Field(() => Date, { description: 'When the team was created.' }) get createdAt(): Date { return this.row.created_at }
  @Field(() => String, { description: "The team's id as a Kibana agent policy (`/api/fleet/agent_policies/{id}`): a UUID unless the client that created it chose one (ADR 0013)." })
  get agentPolicyId(): string { return this.row.agent_policy_id }
  @Field(() => Int, { description: "The team's agent-policy revision: raised on every change to its agent options, the packs targeting it and its osquery_manager integration (ADR 0013)." })
  get policyRevision(): number { return this.row.policy_revision }

  /** The integer id (for loaders and nested connections). */
  get databaseIdRaw(): number { return this.row.id }
}
