import { Field, ObjectType } from 'type-graphql'

@ObjectType({ description: 'Where to send the user to sign in with the IdP.' })
export class MdmSsoStart {
  @Field(() => String, { description: "The identity provider's sign-in URL, with the SAML AuthnRequest; send the user's browser there." }) url!: string
}

@ObjectType({ description: "Where the IdP's browser post goes next: the UI's callback with the enrollment tokens, or with error=true." })
export class MdmSsoCallback {
  @Field(() => String, { description: "Where to redirect the browser: the UI's enrollment callback, with the enrollment tokens or with error=true." }) redirectUrl!: string
  @Field(() => Boolean, { description: 'True when the SAML response was valid and the user is signed in; false when redirectUrl carries error=true.' }) ok!: boolean
}
