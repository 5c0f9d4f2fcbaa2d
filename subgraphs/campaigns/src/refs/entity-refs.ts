// Entities owned by other subgraphs, as campaigns reference them. Each class's `id` getter is the
// one place that entity's id string is produced here (the node-id switch changes only it).
//
// Host is resolvable here: this subgraph adds Host.campaignResults, so the gateway must be able to
// reach a Host in it by id (a trivial reference). A stored result also carries the host's names as
// they were when it was read, declared @external here and @provides on CampaignResult.host: the
// gateway then serves them from the result itself, with no inventory fetch per result.
// SavedQuery is resolvable for the same reason (SavedQuery.campaigns); User, Label and Team are
// only pointed at. Type descriptions are the owners' own (composition keeps one); the owners describe
// the fields.
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql'
import { DATABASE_ID_DESCRIPTION, NODE_ID_DESCRIPTION, toNodeId } from '@fleetgraph/subgraph-kit'

@Directive('@key(fields: "id")')
@ObjectType('Host', { description: 'A device running osquery, enrolled in the fleet.' })
export class HostRef {
  constructor(readonly rowId: number, names?: { hostname: string; displayName: string }) {
    if (names) { this.hostname = names.hostname; this.displayName = names.displayName }
  }
  @Field(() => ID, { description: NODE_ID_DESCRIPTION })
  get id(): string { return toNodeId('Host', this.rowId) }

  @Directive('@external') @Field(() => Int, { description: DATABASE_ID_DESCRIPTION }) get databaseId(): number { return this.rowId }
  @Directive('@external') @Field(() => String) hostname?: string
  @Directive('@external') @Field(() => String) displayName?: string
}

@Directive('@key(fields: "id")')
@ObjectType('SavedQuery', { description: 'A saved osquery SQL query (Fleet "query"), runnable live or on a schedule.' })
export class SavedQueryRef {
  constructor(readonly rowId: number) {}
  @Field(() => ID, { description: NODE_ID_DESCRIPTION })
  get id(): string { return toNodeId('SavedQuery', this.rowId) }
}

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('User', { description: 'A person or API-only account.' })
export class UserRef {
  constructor(readonly rowId: number) {}
  @Field(() => ID, { description: NODE_ID_DESCRIPTION })
  get id(): string { return toNodeId('User', this.rowId) }
}

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Label', { description: 'A named set of hosts: dynamic (an osquery query decides) or manual.' })
export class LabelRef {
  constructor(readonly rowId: number) {}
  @Field(() => ID, { description: NODE_ID_DESCRIPTION })
  get id(): string { return toNodeId('Label', this.rowId) }
}

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Team', { description: 'A group of hosts and users with its own settings (Fleet Premium).' })
export class TeamRef {
  constructor(readonly rowId: number) {}
  @Field(() => ID, { description: NODE_ID_DESCRIPTION })
  get id(): string { return toNodeId('Team', this.rowId) }
}
