// Entities owned by the inventory subgraph, referenced here by id only. The
// gateway asks inventory for every other field.
import { Directive, Field, ID, ObjectType } from 'type-graphql'

@Directive('@key(fields: "id", resolvable: false)')
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
