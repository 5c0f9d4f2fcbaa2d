// Arguments of the `users` and `Team.users` connections.
import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql'
import { ConnectionArgs, OrderDirection } from '@fleetgraph/subgraph-kit'
import { Role } from './user.type.js'

export enum UserOrderField { NAME = 'NAME', EMAIL = 'EMAIL', CREATED_AT = 'CREATED_AT' }
registerEnumType(UserOrderField, {
  name: 'UserOrderField',
  description: 'What users are sorted by. Ties are broken by the user id, in the same direction.',
  valuesConfig: { NAME: { description: 'The name.' }, EMAIL: { description: 'The email address.' }, CREATED_AT: { description: 'The creation time.' } },
})

@InputType({ description: 'Filters for a user connection; all given filters must match.' })
export class UserFilter {
  @Field(() => String, { nullable: true, description: 'Case-insensitive text contained in the name or email.' })
  search?: string | null

  @Field(() => ID, { nullable: true, description: 'Only users with a role on this team. Users with team roles only must give one of their teams.' })
  teamId?: string | null

  @Field(() => Role, { nullable: true, description: 'Only users with this global role.' })
  globalRole?: Role | null
}

@InputType({ description: 'How a user connection is sorted.' })
export class UserOrder {
  @Field(() => UserOrderField, { description: 'The sort key.' })
  field!: UserOrderField

  @Field(() => OrderDirection, { nullable: true, description: 'ASC (default) or DESC.' })
  direction?: OrderDirection | null
}

@ArgsType()
export class UsersArgs extends ConnectionArgs {
  @Field(() => UserFilter, { nullable: true, description: 'Only users matching these filters.' })
  filter?: UserFilter | null

  @Field(() => UserOrder, { nullable: true, description: 'Sort order; default NAME ascending.' })
  orderBy?: UserOrder | null
}
