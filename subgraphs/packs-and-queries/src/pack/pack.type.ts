import { Directive, Field, ID, InputType, ObjectType } from 'type-graphql'

export interface PackRow {
  id: number; name: string; description: string; platform: string; disabled: boolean; pack_type: string | null
  created_at: Date; updated_at: Date
  hosts: { host_id: number }[]; labels: { label_id: number }[]; teams: { team_id: number }[]
}

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A set of scheduled queries sent to the hosts it targets.' })
export class Pack {
  constructor(readonly row: PackRow) {}
  @Field(() => ID) get id(): string { return String(this.row.id) }
  @Field(() => String) get name(): string { return this.row.name }
  @Field(() => String) get description(): string { return this.row.description }
  @Field(() => String) get platform(): string { return this.row.platform }
  @Field(() => Boolean) get disabled(): boolean { return this.row.disabled }
  @Field(() => String, { nullable: true, description: 'null for user packs; "global" or "team-<id>" for system packs' })
  get type(): string | null { return this.row.pack_type }
  @Field(() => [ID], { description: 'Hosts targeted directly.' }) get hostIds(): string[] { return this.row.hosts.map((h) => String(h.host_id)) }
  @Field(() => [ID]) get labelIds(): string[] { return this.row.labels.map((l) => String(l.label_id)) }
  @Field(() => [ID]) get teamIds(): string[] { return this.row.teams.map((t) => String(t.team_id)) }
  @Field(() => Date) get createdAt(): Date { return this.row.created_at }
  @Field(() => Date) get updatedAt(): Date { return this.row.updated_at }
}

@InputType()
export class CreatePackInput {
  @Field(() => String) name!: string
  @Field(() => String, { nullable: true }) description?: string | null
  @Field(() => String, { nullable: true }) platform?: string | null
  @Field(() => Boolean, { nullable: true }) disabled?: boolean | null
  @Field(() => [ID], { nullable: true }) hostIds?: string[] | null
  @Field(() => [ID], { nullable: true }) labelIds?: string[] | null
  @Field(() => [ID], { nullable: true }) teamIds?: string[] | null
}

@ObjectType({ description: 'Something happened to a pack.' })
export class PackEvent {
  @Field(() => String, { description: 'created | updated | deleted' }) kind!: string
  @Field(() => Pack) pack!: Pack
}

/** What travels over the bus (JSON through Redis): ids only, the pack is re-read per delivery. */
export interface PackEventPayload { kind: 'created' | 'updated' | 'deleted'; packId: number }
export const PACK_EVENTS = 'PACK_EVENTS'
