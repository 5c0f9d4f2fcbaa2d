// Arguments of the `labels` connection.
import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql'
import { ConnectionArgs, OrderDirection } from '@fleetgraph/subgraph-kit'
import { LabelMembershipType, LabelType } from './label.type.js'

export enum LabelOrderField { NAME = 'NAME', CREATED_AT = 'CREATED_AT' }
registerEnumType(LabelOrderField, {
  name: 'LabelOrderField',
  description: 'What labels are sorted by. Ties are broken by the label id, in the same direction.',
  valuesConfig: { NAME: { description: 'The name.' }, CREATED_AT: { description: 'The creation time.' } },
})

@InputType({ description: 'Filters for the labels connection; all given filters must match.' })
export class LabelFilter {
  @Field(() => String, { nullable: true, description: 'Case-insensitive text contained in the name.' })
  search?: string | null

  @Field(() => LabelType, { nullable: true, description: 'Only REGULAR or only BUILTIN labels.' })
  labelType?: LabelType | null

  @Field(() => LabelMembershipType, { nullable: true, description: 'Only DYNAMIC or only MANUAL labels.' })
  membershipType?: LabelMembershipType | null

  @Field(() => String, { nullable: true, description: 'Only labels for this platform (exactly; "" for labels of every platform).' })
  platform?: string | null
}

@InputType({ description: 'How the labels connection is sorted.' })
export class LabelOrder {
  @Field(() => LabelOrderField, { description: 'The sort key.' })
  field!: LabelOrderField

  @Field(() => OrderDirection, { nullable: true, description: 'ASC (default) or DESC.' })
  direction?: OrderDirection | null
}

@ArgsType()
export class LabelsArgs extends ConnectionArgs {
  @Field(() => LabelFilter, { nullable: true, description: 'Only labels matching these filters.' })
  filter?: LabelFilter | null

  @Field(() => LabelOrder, { nullable: true, description: 'Sort order; default NAME ascending.' })
  orderBy?: LabelOrder | null
}
