import { Field, ID, InputType, Int, ObjectType } from 'type-graphql'

@ObjectType({ description: "One query in a pack spec: the saved query's name and the pack's options for it." })
export class PackSpecQuery {
  @Field(() => String, { description: 'Name of the saved query.' }) query!: string
  @Field(() => String, { description: 'Name of the scheduled query in the pack.' }) name!: string
  @Field(() => String, { description: 'Free text.' }) description!: string
  @Field(() => Int, { description: 'Seconds between runs.' }) interval!: number
  @Field(() => Boolean, { nullable: true, description: 'true: send results as snapshots, not differences.' }) snapshot!: boolean | null
  @Field(() => Boolean, { nullable: true, description: 'true: log removed rows too.' }) removed!: boolean | null
  @Field(() => String, { description: 'Comma-separated platforms to run on; empty = all.' }) platform!: string
  @Field(() => String, { description: 'Minimum osquery version; empty = any.' }) version!: string
  @Field(() => Int, { nullable: true, description: 'Percentage (1-100) of targeted hosts that run it.' }) shard!: number | null
  @Field(() => Boolean, { nullable: true, description: 'true: osquery may deny-list it when it uses too many resources.' }) denylist!: boolean | null
}

@ObjectType({ description: 'A pack spec\'s targets, by name.' })
export class PackSpecTargets {
  @Field(() => [String], { nullable: true, description: 'Label names; null when none.' }) labels!: string[] | null
  @Field(() => [String], { nullable: true, description: 'Team names; null when none.' }) teams!: string[] | null
}

@ObjectType({ description: 'A pack as fleetctl reads and writes it: targets and queries by name.' })
export class PackSpec {
  @Field(() => ID, { description: "The pack's id (informational: specs match by name)." }) id!: string
  @Field(() => String, { description: 'Unique pack name.' }) name!: string
  @Field(() => String, { description: 'Free text.' }) description!: string
  @Field(() => String, { description: 'Comma-separated platforms; empty = all.' }) platform!: string
  @Field(() => Boolean, { description: 'A disabled pack is not sent to hosts.' }) disabled!: boolean
  @Field(() => PackSpecTargets, { description: 'Labels and teams targeted, by name.' }) targets!: PackSpecTargets
  @Field(() => [PackSpecQuery], { description: "The pack's queries with their options." }) queries!: PackSpecQuery[]
}

@InputType({ description: 'One query of a pack spec: a saved query by name, with the options for it.' })
export class PackSpecQueryInput {
  @Field(() => String, { description: 'Name of the saved query to schedule.' }) query!: string
  @Field(() => String, { nullable: true, description: "Defaults to the query's name." }) name?: string | null
  @Field(() => String, { nullable: true, description: 'Free text.' }) description?: string | null
  @Field(() => Int, { description: 'Seconds between runs.' }) interval!: number
  @Field(() => Boolean, { nullable: true, description: 'true: send results as snapshots, not differences.' }) snapshot?: boolean | null
  @Field(() => Boolean, { nullable: true, description: 'true: log removed rows too.' }) removed?: boolean | null
  @Field(() => String, { nullable: true, description: 'Comma-separated platforms to run on; empty = all.' }) platform?: string | null
  @Field(() => String, { nullable: true, description: 'Minimum osquery version; empty = any.' }) version?: string | null
  @Field(() => Int, { nullable: true, description: 'Percentage (1-100) of targeted hosts that run it.' }) shard?: number | null
  @Field(() => Boolean, { nullable: true, description: 'true: osquery may deny-list it when it uses too many resources.' }) denylist?: boolean | null
}

@InputType({ description: "A pack spec's targets, by name." })
export class PackSpecTargetsInput {
  @Field(() => [String], { nullable: true, description: 'Label names to target; each must exist.' }) labels?: string[] | null
  @Field(() => [String], { nullable: true, description: 'Team names to target; each must exist.' }) teams?: string[] | null
}

@InputType({ description: 'Upserted by name; replaces the pack\'s queries and targets.' })
export class PackSpecInput {
  @Field(() => String, { description: 'Unique pack name: the spec upserts by it.' }) name!: string
  @Field(() => String, { nullable: true, description: 'Free text.' }) description?: string | null
  @Field(() => String, { nullable: true, description: 'Comma-separated platforms; empty = all.' }) platform?: string | null
  @Field(() => Boolean, { nullable: true, description: 'true: not sent to hosts.' }) disabled?: boolean | null
  @Field(() => PackSpecTargetsInput, { nullable: true, description: 'Replaces the targets; none when absent.' }) targets?: PackSpecTargetsInput | null
  @Field(() => [PackSpecQueryInput], { nullable: true, description: 'Replaces the queries; none when absent.' }) queries?: PackSpecQueryInput[] | null
}
