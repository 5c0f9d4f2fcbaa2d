// Hosts are owned by the inventory subgraph; campaign results reference them by
// id. A result also carries the host's names as they were when it was stored,
// declared @external here and @provides on CampaignResult.host: the gateway then
// serves them from the event itself, with no inventory fetch per subscriber.
import { Directive, Field, ID, ObjectType } from 'type-graphql'

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Host')
export class HostRef {
  constructor(id: number, names?: { hostname: string; displayName: string }) {
    this.id = String(id)
    if (names) { this.hostname = names.hostname; this.displayName = names.displayName }
  }
  @Field(() => ID) id: string
  @Directive('@external') @Field(() => String) hostname?: string
  @Directive('@external') @Field(() => String) displayName?: string
}
