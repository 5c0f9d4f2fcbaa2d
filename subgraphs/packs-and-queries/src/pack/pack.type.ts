import { Directive, Field, ID, InputType, Int, ObjectType } from 'type-graphql'
import { GraphQLJSONObject } from 'graphql-scalars'
import { DATABASE_ID_DESCRIPTION, NODE_ID_DESCRIPTION, Node, toNodeId } from '@fleetgraph/subgraph-kit'

export interface PackRow {
  id: number; name: string; description: string; platform: string; disabled: boolean; pack_type: string | null
  created_at: Date; updated_at: Date
  hosts: { host_id: number }[]; labels: { label_id: number }[]; teams: { team_id: number }[]
  /** Kibana-only attributes (`{shards}`); non-null once Kibana's pack routes wrote the pack (ADR 0013). */
  kibana: unknown
  author_id: number | null; updated_by_id: number | null
}

/** What Kibana's pack routes store beside FleetDM's columns. */
export interface PackKibana { shards?: Record<string, number> }
export const packKibanaOf = (raw: unknown): PackKibana | null => (raw && typeof raw === 'object' && !Array.isArray(raw) ? raw as PackKibana : null)

@Directive('@key(fields: "id")')
@ObjectType({ implements: Node, description: 'A set of scheduled queries sent to the hosts it targets.' })
export class Pack {
  constructor(readonly row: PackRow) {}
  @Field(() => ID, { description: NODE_ID_DESCRIPTION }) get id(): string { return toNodeId('Pack', this.row.id) }
  @Field(() => Int, { description: DATABASE_ID_DESCRIPTION }) get databaseId(): number { return this.row.id }
  @Field(() => String, { description: 'Unique pack name.' }) get name(): string { return this.row.name }
  @Field(() => String, { description: 'Free text.' }) get description(): string { return this.row.description }
  @Field(() => String, { description: 'Comma-separated platforms the pack runs on (darwin, windows, linux); empty = all.' }) get platform(): string { return this.row.platform }
  @Field(() => Boolean, { description: 'A disabled pack is not sent to the hosts of its labels (nor, for a pack Kibana wrote, to any host).' }) get disabled(): boolean { return this.row.disabled }
  @Field(() => Boolean, { description: "Not disabled (Kibana's `enabled`)." }) get enabled(): boolean { return !this.row.disabled }
  @Field(() => Boolean, { description: "Written through Kibana's pack routes (or createPackWithQueries): such a pack, when disabled, reaches no host at all, as in Kibana; FleetDM still sends a disabled pack to the hosts and teams it targets directly." })
  get kibanaManaged(): boolean { return packKibanaOf(this.row.kibana) != null }
  @Field(() => GraphQLJSONObject, { nullable: true, description: "Kibana's shards (percent of hosts per agent policy id), stored as given; null for a pack Kibana never wrote." })
  get shards(): Record<string, number> | null { return packKibanaOf(this.row.kibana)?.shards ?? (this.kibanaManaged ? {} : null) }
  @Field(() => String, { nullable: true, description: 'null for user packs; "global" or "team-<id>" for system packs' })
  get type(): string | null { return this.row.pack_type }
  // hostIds, labelIds, teamIds: pack.resolver.ts (users only: a device sees the packs reaching it, not their targets)
  @Field(() => Date, { description: 'When the pack was created.' }) get createdAt(): Date { return this.row.created_at }
  @Field(() => Date, { description: 'When the pack was last changed.' }) get updatedAt(): Date { return this.row.updated_at }
}

@InputType({ description: 'A new user pack and its targets (hosts directly, labels and teams).' })
export class CreatePackInput {
  @Field(() => String, { description: 'Unique pack name; not blank.' }) name!: string
  @Field(() => String, { nullable: true, description: 'Free text; empty when absent.' }) description?: string | null
  @Field(() => String, { nullable: true, description: 'Comma-separated platforms (darwin, windows, linux); empty or absent = all.' }) platform?: string | null
  @Field(() => Boolean, { nullable: true, description: 'true: not sent to hosts (default false).' }) disabled?: boolean | null
  @Field(() => [ID], { nullable: true, description: 'Hosts to target directly.' }) hostIds?: string[] | null
  @Field(() => [ID], { nullable: true, description: 'Labels to target (their member hosts).' }) labelIds?: string[] | null
  @Field(() => [ID], { nullable: true, description: 'Teams to target (their hosts).' }) teamIds?: string[] | null
}

@InputType({ description: 'Only the fields given change; a target list given replaces that kind of target.' })
export class UpdatePackInput {
  @Field(() => String, { nullable: true, description: 'Unique pack name; not blank.' }) name?: string | null
  @Field(() => String, { nullable: true, description: 'Free text.' }) description?: string | null
  @Field(() => String, { nullable: true, description: 'Comma-separated platforms (darwin, windows, linux); empty = all.' }) platform?: string | null
  @Field(() => Boolean, { nullable: true, description: 'true: not sent to hosts.' }) disabled?: boolean | null
  @Field(() => [ID], { nullable: true, description: 'Replaces the hosts targeted directly.' }) hostIds?: string[] | null
  @Field(() => [ID], { nullable: true, description: 'Replaces the labels targeted.' }) labelIds?: string[] | null
  @Field(() => [ID], { nullable: true, description: 'Replaces the teams targeted.' }) teamIds?: string[] | null
}

@InputType({ description: "Search, order and page of the REST list of packs (Fleet's list options)." })
export class PackListInput {
  @Field(() => String, { nullable: true, description: "Part of the pack name (case-insensitive); Fleet's `query` list option." }) search?: string | null
  @Field(() => String, { nullable: true, description: 'Any packs column: id, name, description, platform, disabled, type, created_at, updated_at.' }) orderKey?: string | null
  @Field(() => String, { nullable: true, description: 'asc | desc' }) orderDirection?: string | null
  @Field(() => Int, { nullable: true, description: '0-based page' }) page?: number | null
  @Field(() => Int, { nullable: true, description: 'Packs per page; all of them when absent.' }) perPage?: number | null
}

@ObjectType({ description: 'Something happened to a pack.' })
export class PackEvent {
  @Field(() => String, { description: 'created | updated | deleted' }) kind!: string
  @Field(() => ID, { description: "The pack's id." }) packId!: string
  @Field(() => Pack, { nullable: true, description: 'The pack as it is now; null once deleted.' }) pack!: Pack | null
}

/** What travels over the bus (JSON through Redis): ids only, the pack is re-read per delivery. */
export interface PackEventPayload { kind: 'created' | 'updated' | 'deleted'; packId: number }
export const PACK_EVENTS = 'PACK_EVENTS'
