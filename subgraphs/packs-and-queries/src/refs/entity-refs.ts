// Entities owned by the inventory subgraph, referenced here by id only. The
// gateway asks inventory for every other field.
import { Directive, Field, ID, ObjectType } from 'type-graphql'

// Resolvable: this subgraph contributes the host's policies and packs (host-policies/).
@Directive('@key(fields: "id")')
@ObjectType('Host', { description: 'An enrolled device (owned by inventory); here, its policies and packs.' })
export class HostRef {
  constructor(id: number) { this.id = String(id) }
  @Field(() => ID, { description: "The host's id." }) id: string
}

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Label', { description: 'A label (owned by inventory), as a pack target.' })
export class LabelRef {
  constructor(id: number) { this.id = String(id) }
  @Field(() => ID, { description: "The label's id." }) id: string
}

// Resolvable: this subgraph contributes the team's policies and packs (team/).
@Directive('@key(fields: "id")')
@ObjectType('Team', { description: 'A team (owned by inventory); here, its policies and packs.' })
export class TeamRef {
  constructor(id: number) { this.id = String(id) }
  @Field(() => ID, { description: "The team's id." }) id: string
}
