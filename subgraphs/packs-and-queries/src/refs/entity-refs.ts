// Entities owned by the inventory subgraph, referenced here by id only. The
// gateway asks inventory for every other field.
import { Directive, Field, ID, ObjectType } from 'type-graphql'

// Resolvable: this subgraph contributes the host's policies (host-policies/).
@Directive('@key(fields: "id")')
@ObjectType('Host')
export class HostRef {
  constructor(id: number) { this.id = String(id) }
  @Field(() => ID) id: string
}

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Label')
export class LabelRef {
  constructor(id: number) { this.id = String(id) }
  @Field(() => ID) id: string
}

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Team')
export class TeamRef {
  constructor(id: number) { this.id = String(id) }
  @Field(() => ID) id: string
}
