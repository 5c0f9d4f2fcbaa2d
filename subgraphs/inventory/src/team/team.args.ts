// Arguments of the `teams` connection.
import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql'
import { ConnectionArgs, OrderDirection } from '@fleetgraph/subgraph-kit'

export enum TeamOrderField { NAME = 'NAME', CREATED_AT = 'CREATED_AT' }
registerEnumType(TeamOrderField, {
  name: 'TeamOrderField',
  description: 'What teams are sorted by. Ties are broken by the team id, in the same direction.',
  valuesConfig: { NAME: { description: 'The name.' }, CREATED_AT: { description: 'The creation time.' } },
})

@InputType({ description: 'Filters for the teams connection.' })
export class TeamFilter {
  @Field(() => String, { nullable: true, description: 'Case-insensitive text contained in the name.' })
  search?: string | null
}

@InputType({ description: 'How the teams connection is sorted.' })
export class TeamOrder {
  @Field(() => TeamOrderField, { description: 'The sort key.' })
  field!: TeamOrderField

  @Field(() => OrderDirection, { nullable: true, description: 'ASC (default) or DESC.' })
  direction?: OrderDirection | null
}

@ArgsType()
export class TeamsArgs extends ConnectionArgs {
  @Field(() => TeamFilter, { nullable: true, description: 'Only teams matching these filters.' })
  filter?: TeamFilter | null

  @Field(() => TeamOrder, { nullable: true, description: 'Sort order; default NAME ascending.' })
  orderBy?: TeamOrder | null
}
