// Node refetch for types other subgraphs own (Apollo's "Node subgraph" pattern):
// node(id:) answers with a stub of the id's type, and the gateway fetches every
// other field from the owner through the type's @key. The owner's reference
// resolver applies its own visibility rule; a stub it refuses becomes null.
// No descriptions here: the owner's descriptions are the ones composed.
import { Directive, Field, ID, ObjectType } from 'type-graphql'
import { NODE_ID_DESCRIPTION, Node, toNodeId, type NodeType } from '@fleetgraph/subgraph-kit'

export abstract class ForeignNode {
  constructor(readonly databaseId: number) {}
  protected abstract readonly type: NodeType
  @Field(() => ID, { description: NODE_ID_DESCRIPTION }) get id(): string { return toNodeId(this.type, this.databaseId) }
}

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Pack', { implements: Node })
export class PackNode extends ForeignNode { protected readonly type = 'Pack' }

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('SavedQuery', { implements: Node })
export class SavedQueryNode extends ForeignNode { protected readonly type = 'SavedQuery' }

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('ScheduledQuery', { implements: Node })
export class ScheduledQueryNode extends ForeignNode { protected readonly type = 'ScheduledQuery' }

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Policy', { implements: Node })
export class PolicyNode extends ForeignNode { protected readonly type = 'Policy' }

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Campaign', { implements: Node })
export class CampaignNode extends ForeignNode { protected readonly type = 'Campaign' }

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('AppleProfile', { implements: Node })
export class AppleProfileNode extends ForeignNode { protected readonly type = 'AppleProfile' }

/** Stub classes by node type, for the types this subgraph does not own. */
export const FOREIGN_NODES = {
  Pack: PackNode, SavedQuery: SavedQueryNode, ScheduledQuery: ScheduledQueryNode, Policy: PolicyNode,
  Campaign: CampaignNode, AppleProfile: AppleProfileNode,
} as const
