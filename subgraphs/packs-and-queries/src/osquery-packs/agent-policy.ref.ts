// Inventory's AgentPolicy (ADR 0013), keyed here by its policyKey (the team's databaseId, 0 for the
// default policy): this subgraph contributes the packs osquery's config carries for it.
import { Directive, Field, Int, ObjectType } from 'type-graphql'

@Directive('@key(fields: "policyKey")')
@ObjectType('AgentPolicy', { description: 'A Kibana agent policy (owned by inventory); here, the packs targeting it.' })
export class AgentPolicyRef {
  constructor(readonly key: number) {}
  @Field(() => Int, { description: "The team's databaseId; 0 for the default policy (hosts on no team)." }) get policyKey(): number { return this.key }
}

/** Resolves a reference for signed-in callers (the packs are checked against the caller when read). */
export const agentPolicyReference = {
  __resolveReference(ref: { policyKey: number }, ctx: { viewer: unknown }): AgentPolicyRef | null {
    if (!ctx.viewer || !Number.isSafeInteger(ref.policyKey) || ref.policyKey < 0) return null
    return new AgentPolicyRef(ref.policyKey)
  },
}
