import { Field, ObjectType } from 'type-graphql'

@ObjectType({ description: 'Whether Apple MDM is set up on this instance.' })
export class MdmAppleStatus {
  @Field(() => Boolean, { description: 'True once APNs and SCEP material and MDM settings are in place.' })
  enabledAndConfigured!: boolean
}
