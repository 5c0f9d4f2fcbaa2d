import { Field, ID, InputType, Int, ObjectType } from 'type-graphql'

@ObjectType({ description: "One query in a pack spec: the saved query's name and the pack's options for it." })
export class PackSpecQuery {
  @Field(() => String, { description: 'Name of the saved query.' }) query!: string
  @Field(() => String, { description: 'Name of the scheduled query in the pack.' }) name!: string
  @Field(() => String) description!: string
  @Field(() => Int) interval!: number
  @Field(() => Boolean, { nullable: true }) snapshot!: boolean | null
  @Field(() => Boolean, { nullable: true }) removed!: boolean | null
  @Field(() => String) platform!: string
  @Field(() => String) version!: string
  @Field(() => Int, { nullable: true }) shard!: number | null
  @Field(() => Boolean, { nullable: true }) denylist!: boolean | null
}

@ObjectType()
export class PackSpecTargets {
  @Field(() => [String], { nullable: true, description: 'Label names; null when none.' }) labels!: string[] | null
  @Field(() => [String], { nullable: true, description: 'Team names; null when none.' }) teams!: string[] | null
}

@ObjectType({ description: 'A pack as fleetctl reads and writes it: targets and queries by name.' })
export class PackSpec {
  @Field(() => ID) id!: string
  @Field(() => String) name!: string
  @Field(() => String) description!: string
  @Field(() => String) platform!: string
  @Field(() => Boolean) disabled!: boolean
  @Field(() => PackSpecTargets) targets!: PackSpecTargets
  @Field(() => [PackSpecQuery]) queries!: PackSpecQuery[]
}

@InputType()
export class PackSpecQueryInput {
  @Field(() => String) query!: string
  @Field(() => String, { nullable: true, description: "Defaults to the query's name." }) name?: string | null
  @Field(() => String, { nullable: true }) description?: string | null
  @Field(() => Int) interval!: number
  @Field(() => Boolean, { nullable: true }) snapshot?: boolean | null
  @Field(() => Boolean, { nullable: true }) removed?: boolean | null
  @Field(() => String, { nullable: true }) platform?: string | null
  @Field(() => String, { nullable: true }) version?: string | null
  @Field(() => Int, { nullable: true }) shard?: number | null
  @Field(() => Boolean, { nullable: true }) denylist?: boolean | null
}

@InputType()
export class PackSpecTargetsInput {
  @Field(() => [String], { nullable: true }) labels?: string[] | null
  @Field(() => [String], { nullable: true }) teams?: string[] | null
}

@InputType({ description: 'Upserted by name; replaces the pack\'s queries and targets.' })
export class PackSpecInput {
  @Field(() => String) name!: string
  @Field(() => String, { nullable: true }) description?: string | null
  @Field(() => String, { nullable: true }) platform?: string | null
  @Field(() => Boolean, { nullable: true }) disabled?: boolean | null
  @Field(() => PackSpecTargetsInput, { nullable: true }) targets?: PackSpecTargetsInput | null
  @Field(() => [PackSpecQueryInput], { nullable: true }) queries?: PackSpecQueryInput[] | null
}
