import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql'
import { ConnectionArgs, OrderDirection } from '@fleetgraph/subgraph-kit'
import { PolicyResponse } from './policy-response.js'

export enum PolicyOrderField { NAME = 'NAME', CREATED_AT = 'CREATED_AT', FAILING_HOST_COUNT = 'FAILING_HOST_COUNT' }
registerEnumType(PolicyOrderField, {
  name: 'PolicyOrderField',
  description: 'What policies are sorted by.',
  valuesConfig: {
    NAME: { description: 'The policy name.' },
    CREATED_AT: { description: 'When the policy was created.' },
    FAILING_HOST_COUNT: { description: 'How many hosts fail the policy (failingHostCount), counted when the page is read.' },
  },
})

@InputType({ description: 'Narrows a list of policies; every field given must match.' })
export class PolicyFilter {
  @Field(() => String, { nullable: true, description: 'Part of the policy name (case-insensitive).' })
  search?: string | null

  @Field(() => ID, { nullable: true, description: "Only this team's policies (a team id, Fleet's integer or a node id)." })
  teamId?: string | null

  @Field(() => Boolean, { nullable: true, description: 'true: only global policies (no team); false: only team policies.' })
  noTeam?: boolean | null

  @Field(() => Boolean, { nullable: true, description: 'Only critical (true) or non-critical (false) policies.' })
  critical?: boolean | null
}

@InputType({ description: 'Sort order of a list of policies (the id breaks ties).' })
export class PolicyOrder {
  @Field(() => PolicyOrderField, { description: 'The sort key.' })
  field!: PolicyOrderField

  @Field(() => OrderDirection, { nullable: true, description: 'ASC (default) or DESC.' })
  direction?: OrderDirection | null
}

@ArgsType()
export class PoliciesArgs extends ConnectionArgs {
  @Field(() => PolicyFilter, { nullable: true, description: 'Only the policies matching this filter.' })
  filter?: PolicyFilter | null

  @Field(() => PolicyOrder, { nullable: true, description: 'Sort order; NAME ascending by default.' })
  orderBy?: PolicyOrder | null
}

@ArgsType()
export class PolicyHostsArgs extends ConnectionArgs {
  @Field(() => PolicyResponse, { nullable: true, description: "Only hosts whose last answer is this one; when omitted, every host that has run the policy." })
  response?: PolicyResponse | null
}
