// Hosts as Kibana agents (ADR 0013): a page of agents, status counts, and the action ledger.
import { Arg, Field, Int, ObjectType } from 'type-graphql'
import { Host } from '../host/host.type.js'
import { AgentActionStatus, AgentActionType, AgentStatusEnum } from './agent.args.js'
import type { AgentActionError as ActionErrorRow, AgentActionRow } from './agent.repository.js'

@ObjectType({ description: 'How many agents are in one status.' })
export class AgentStatusCount {
  @Field(() => AgentStatusEnum, { description: 'The status.' }) status!: AgentStatusEnum
  @Field(() => Int, { description: 'How many agents.' }) count!: number
}

@ObjectType({ description: "A page of agents (hosts), Kibana's list: page numbers rather than cursors." })
export class AgentPage {
  @Field(() => [Host], { description: 'The page\'s agents.' }) items!: Host[]
  @Field(() => Int, { description: 'How many agents match.' }) total!: number
  @Field(() => Int, { description: 'The page, from 1.' }) page!: number
  @Field(() => Int, { description: 'Agents per page.' }) perPage!: number
  @Field(() => [AgentStatusCount], { nullable: true, description: 'With withStatusSummary: the matching agents by status (statuses with none are left out).' })
  statusSummary?: AgentStatusCount[] | null
}

@ObjectType({ description: "How many agents are in each status (Kibana's agent_status)." })
export class AgentStatusCounts {
  @Field(() => Int, { description: 'ONLINE agents.' }) online!: number
  @Field(() => Int, { description: 'OFFLINE agents.' }) offline!: number
  @Field(() => Int, { description: 'INACTIVE agents.' }) inactive!: number
  @Field(() => Int, { description: 'UNENROLLED agents.' }) unenrolled!: number
  @Field(() => Int, { description: 'UPDATING agents.' }) updating!: number
  @Field(() => Int, { description: 'Every matching agent.' }) all!: number
  @Field(() => Int, { description: 'Every matching agent neither INACTIVE nor UNENROLLED.' }) active!: number
}

@ObjectType({ description: 'An agent an action could not change, and why.' })
export class AgentActionError {
  constructor(private readonly e: ActionErrorRow) {}
  @Field(() => String, { description: 'The agent id, as given.' }) get agentId(): string { return this.e.agentId }
  @Field(() => String, { description: 'Why: e.g. `Agent <id> not found`.' }) get error(): string { return this.e.error }
  @Field(() => Date, { description: 'When it failed.' }) get timestamp(): Date { return new Date(this.e.timestamp) }
  @Field(() => String, { nullable: true, description: "The host's hostname, when the agent exists." }) get hostname(): string | null { return this.e.hostname ?? null }
}

@ObjectType({ description: "An agent action (reassign, unenroll, tag update) in the ledger. Actions run synchronously: the ledger line is written, complete, with the action's effect (Kibana's action_status)." })
export class AgentAction {
  constructor(private readonly row: AgentActionRow) {}
  @Field(() => String, { description: 'The action id (a UUID; Kibana\'s actionId).' }) get actionId(): string { return this.row.id }
  @Field(() => AgentActionType, { description: 'What it did.' }) get type(): AgentActionType { return this.row.type as AgentActionType }
  @Field(() => AgentActionStatus, { description: 'COMPLETE, or FAILED when it changed no agent and some failed.' })
  get status(): AgentActionStatus { return this.row.nb_agents_ack === 0 && this.row.nb_agents_failed > 0 ? AgentActionStatus.FAILED : AgentActionStatus.COMPLETE }
  @Field(() => Date, { description: 'When it was asked.' }) get createdAt(): Date { return this.row.created_at }
  @Field(() => Date, { description: 'When it finished (the same transaction).' }) get completedAt(): Date { return this.row.completed_at }
  @Field(() => Int, { description: 'The agents it was for (ids given, or agents the kuery matched).' }) get nbAgentsActioned(): number { return this.row.nb_agents_actioned }
  @Field(() => Int, { description: 'The agents it changed.' }) get nbAgentsAck(): number { return this.row.nb_agents_ack }
  @Field(() => Int, { description: 'The agents it could not change.' }) get nbAgentsFailed(): number { return this.row.nb_agents_failed }
  @Field(() => String, { nullable: true, description: 'POLICY_REASSIGN: the agent policy the agents moved to.' }) get newPolicyId(): string | null { return this.row.policy_id }
  @Field(() => [AgentActionError], { description: 'The first failures (at most 100 are kept), up to `errorSize`.' })
  latestErrors(@Arg('errorSize', () => Int, { nullable: true, defaultValue: 5, description: 'How many, 0 to 100 (default 5).' }) errorSize: number): AgentActionError[] {
    const all = Array.isArray(this.row.errors) ? (this.row.errors as ActionErrorRow[]) : []
    return all.slice(0, Math.max(0, Math.min(errorSize, 100))).map((e) => new AgentActionError(e))
  }
}
