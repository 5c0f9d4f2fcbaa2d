// Entities owned by the inventory subgraph, referenced here by id only. The
// gateway asks inventory for every other field. The `id` getter is the one place
// a stub's id is produced: the same node id inventory gives the same row, so the
// federation key matches across subgraphs.
import { Directive, Field, ID, ObjectType } from 'type-graphql'
import { NODE_ID_DESCRIPTION, toNodeId } from '@fleetgraph/subgraph-kit'

// Resolvable: this subgraph contributes the host's policies and packs (host-policies/).
@Directive('@key(fields: "id")')
@ObjectType('Host', { description: 'An enrolled device (owned by inventory); here, its policies and packs.' })
export class HostRef {
  constructor(readonly hostId: number) {}
  @Field(() => ID, { description: NODE_ID_DESCRIPTION }) get id(): string { return toNodeId('Host', this.hostId) }
}

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Label', { description: 'A label (owned by inventory), as a pack target.' })
export class LabelRef {
  constructor(readonly labelId: number) {}
  @Field(() => ID, { description: NODE_ID_DESCRIPTION }) get id(): string { return toNodeId('Label', this.labelId) }
}

// Resolvable: this subgraph contributes the team's policies and packs (team/).
@Directive('@key(fields: "id")')
@ObjectType('Team', { description: 'A team (owned by inventory); here, its policies and packs.' })
export class TeamRef {
  constructor(readonly teamId: number) {}
  @Field(() => ID, { description: NODE_ID_DESCRIPTION }) get id(): string { return toNodeId('Team', this.teamId) }
}

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('User', { description: 'A person or API-only account.' })
export class UserRef {
  constructor(readonly userId: number) {}
  @Field(() => ID, { description: NODE_ID_DESCRIPTION }) get id(): string { return toNodeId('User', this.userId) }
}
