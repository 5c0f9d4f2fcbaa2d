import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql'
import { ConnectionArgs, OrderDirection } from '@fleetgraph/subgraph-kit'

export enum PackOrderField { NAME = 'NAME', CREATED_AT = 'CREATED_AT', UPDATED_AT = 'UPDATED_AT' }
registerEnumType(PackOrderField, {
  name: 'PackOrderField',
  description: 'What packs are sorted by.',
  valuesConfig: {
    NAME: { description: 'The pack name.' },
    CREATED_AT: { description: 'When the pack was created.' },
    UPDATED_AT: { description: 'When the pack was last changed.' },
  },
})

@InputType({ description: 'Narrows a list of packs; every field given must match.' })
export class PackFilter {
  @Field(() => String, { nullable: true, description: 'Part of the pack name (case-insensitive).' })
  search?: string | null
}

@InputType({ description: 'Sort order of a list of packs (the id breaks ties).' })
export class PackOrder {
  @Field(() => PackOrderField, { description: 'The sort key.' })
  field!: PackOrderField

  @Field(() => OrderDirection, { nullable: true, description: 'ASC (default) or DESC.' })
  direction?: OrderDirection | null
}

@ArgsType()
export class PacksArgs extends ConnectionArgs {
  @Field(() => PackFilter, { nullable: true, description: 'Only the packs matching this filter.' })
  filter?: PackFilter | null

  @Field(() => PackOrder, { nullable: true, description: 'Sort order; NAME ascending by default.' })
  orderBy?: PackOrder | null
}
