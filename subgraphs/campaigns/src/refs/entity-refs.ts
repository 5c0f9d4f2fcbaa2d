// Hosts are owned by the inventory subgraph; campaign results reference them by
// id. A result also carries the host's names as they were when it was stored,
// declared @external here (with databaseId, which is the id the row carries) and @provides on CampaignResult.host: the gateway then
// serves them from the event itself, with no inventory fetch per subscriber.
// The `id` getter is the one place a stub's id is produced: the node id inventory gives the same row.
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql'
import { DATABASE_ID_DESCRIPTION, NODE_ID_DESCRIPTION, toNodeId } from '@fleetgraph/subgraph-kit'

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Host')
export class HostRef {
  constructor(readonly hostId: number, names?: { hostname: string; displayName: string }) {
    if (names) { this.hostname = names.hostname; this.displayName = names.displayName }
  }
  @Field(() => ID, { description: NODE_ID_DESCRIPTION }) get id(): string { return toNodeId('Host', this.hostId) }
  @Directive('@external') @Field(() => Int, { description: DATABASE_ID_DESCRIPTION }) get databaseId(): number { return this.hostId }
  @Directive('@external') @Field(() => String) hostname?: string
  @Directive('@external') @Field(() => String) displayName?: string
}
