// Hosts are owned by the inventory subgraph; campaign results reference them by id.
import { Directive, Field, ID, ObjectType } from 'type-graphql'

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Host')
export class HostRef {
  constructor(id: number) { this.id = String(id) }
  @Field(() => ID) id: string
}
