import { Field, ObjectType } from 'type-graphql'

@ObjectType({ description: 'Where to send the user to sign in with the IdP.' })
export class MdmSsoStart {
  @Field(() => String) url!: string
}

@ObjectType({ description: "Where the IdP's browser post goes next: the UI's callback with the enrollment tokens, or with error=true." })
export class MdmSsoCallback {
  @Field(() => String) redirectUrl!: string
  @Field(() => Boolean) ok!: boolean
}
