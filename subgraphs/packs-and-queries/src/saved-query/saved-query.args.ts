import { ArgsType, Field, InputType, Int, registerEnumType } from 'type-graphql'
import { ConnectionArgs, OrderDirection } from '@fleetgraph/subgraph-kit'

export enum SavedQueryOrderField { NAME = 'NAME', CREATED_AT = 'CREATED_AT', UPDATED_AT = 'UPDATED_AT' }
registerEnumType(SavedQueryOrderField, {
  name: 'SavedQueryOrderField',
  description: 'What saved queries are sorted by.',
  valuesConfig: {
    NAME: { description: 'The query name.' },
    CREATED_AT: { description: 'When the query was created.' },
    UPDATED_AT: { description: 'When the query was last changed.' },
  },
})

@InputType({ description: 'Narrows a list of saved queries; every field given must match.' })
export class SavedQueryFilter {
  @Field(() => String, { nullable: true, description: 'Part of the query name (case-insensitive).' })
  search?: string | null

  @Field(() => Boolean, { nullable: true, description: 'Only queries observers may (true) or may not (false) run live.' })
  observerCanRun?: boolean | null

  @Field(() => String, { nullable: true, description: 'Only queries that run on this platform (darwin or macos, windows, linux, chrome): those listing it and those for every platform.' })
  platform?: string | null
}

@InputType({ description: 'Sort order of a list of saved queries (the id breaks ties).' })
export class SavedQueryOrder {
  @Field(() => SavedQueryOrderField, { description: 'The sort key.' })
  field!: SavedQueryOrderField

  @Field(() => OrderDirection, { nullable: true, description: 'ASC (default) or DESC.' })
  direction?: OrderDirection | null
}

@ArgsType()
export class SavedQueriesArgs extends ConnectionArgs {
  @Field(() => SavedQueryFilter, { nullable: true, description: 'Only the queries matching this filter.' })
  filter?: SavedQueryFilter | null

  @Field(() => SavedQueryOrder, { nullable: true, description: 'Sort order; NAME ascending by default.' })
  orderBy?: SavedQueryOrder | null
}

@ArgsType()
export class SavedQueryPageArgs {
  @Field(() => Int, { nullable: true, description: 'The page, from 1 (default 1); page × perPage may not pass 10,000.' })
  page?: number | null

  @Field(() => Int, { nullable: true, description: 'Queries per page (default 20).' })
  perPage?: number | null

  @Field(() => SavedQueryFilter, { nullable: true, description: 'Only the queries matching this filter.' })
  filter?: SavedQueryFilter | null

  @Field(() => SavedQueryOrder, { nullable: true, description: 'Sort order; CREATED_AT ascending by default (the id breaks ties).' })
  orderBy?: SavedQueryOrder | null
}
