import { Field, Int, ObjectType } from 'type-graphql'
import { HostRef } from '../refs/entity-refs.js'
import { PolicyResponse as Response } from '../policy/policy-response.js'

/** A host as this subgraph sees it when the gateway asks for its policies: id, team and platform (from inventory). */
export class PolicyHost extends HostRef {
  constructor(id: number, readonly teamIdValue: number | null, readonly platformValue: string) { super(id) }
}

/** A host's last answer to a policy: pass, fail, or '' when it has not answered (or the query failed). */
export type PolicyResponse = 'pass' | 'fail' | ''

export interface HostPolicyRow {
  id: number; name: string; query: string; description: string; resolution: string; platform: string; critical: boolean
  team_id: number | null; response: PolicyResponse
}

// No `id`: a HostPolicy is one host's view of a policy (its `response` differs from host to host), so a
// client cache must keep it inside its host rather than merge it by the policy's id. The policy itself,
// the same for every host, is the `policy` edge (a Node).
@ObjectType({ description: "A policy that applies to a host (global, or of the host's team, for its platform), with the host's last answer. It has no id of its own: `policy` is the policy as a node." })
export class HostPolicy {
  constructor(readonly row: HostPolicyRow) {}
  @Field(() => Int, { description: "The policy's Fleet id (the integer Fleet's REST API shows); `policy.id` is its node id." }) get databaseId(): number { return this.row.id }
  @Field(() => String, { description: "The policy's name." }) get name(): string { return this.row.name }
  @Field(() => String, { description: 'The osquery SQL: the host passes when it returns rows.' }) get query(): string { return this.row.query }
  @Field(() => String, { description: 'What the policy checks.' }) get description(): string { return this.row.description }
  @Field(() => String, { description: 'How to make a failing host pass.' }) get resolution(): string { return this.row.resolution }
  @Field(() => String, { description: 'Comma-separated: darwin, windows, linux, chrome; empty = all.' }) get platform(): string { return this.row.platform }
  @Field(() => Boolean, { description: 'Marked critical (Fleet Premium).' }) get critical(): boolean { return this.row.critical }
  @Field(() => Int, { nullable: true, description: 'null for global policies.' }) get teamId(): number | null { return this.row.team_id }
  @Field(() => Response, { nullable: true, description: "The host's last answer; null when it has not answered yet, or the query failed on the host." })
  get response(): Response | null { return this.row.response === 'pass' ? Response.PASSING : this.row.response === 'fail' ? Response.FAILING : null }
}
