import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql'
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

@InputType({ description: "Search, order and page of the REST list of saved queries (Fleet's list options on GET /reports, formerly /queries)." })
export class SavedQueryListInput {
  @Field(() => String, { nullable: true, description: 'Part of the query name (case-insensitive); Fleet\'s `query` parameter.' })
  search?: string | null

  @Field(() => String, { nullable: true, description: 'Only queries that run on this platform (darwin or macos, windows, linux): those listing it and those for every platform.' })
  platform?: string | null

  @Field(() => String, { nullable: true, description: 'id, name, description, query, platform, interval, logging, min_osquery_version, observer_can_run, created_at or updated_at; id by default.' })
  orderKey?: string | null

  @Field(() => String, { nullable: true, description: 'asc (default) or desc.' })
  orderDirection?: string | null

  @Field(() => Int, { nullable: true, description: '0-based page (with perPage).' })
  page?: number | null

  @Field(() => Int, { nullable: true, description: 'Queries per page; all of them when absent.' })
  perPage?: number | null

  @Field(() => ID, { nullable: true, description: "Only this team's queries (Fleet's fleet_id, formerly team_id); every saved query here is global, so a team has none of its own." })
  teamId?: string | null

  @Field(() => Boolean, { nullable: true, description: "With teamId: the global queries too (Fleet's merge_inherited)." })
  mergeInherited?: boolean | null
}
