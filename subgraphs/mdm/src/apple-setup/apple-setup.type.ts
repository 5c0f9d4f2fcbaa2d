import { Field, InputType, ObjectType } from 'type-graphql'

@ObjectType({ description: 'A DEP key pair: a self-signed certificate and its RSA key, each base64 of PEM (as Fleet returns them).' })
export class DepKeyPair {
  @Field(() => String, { description: 'The self-signed certificate, base64 of PEM (upload it to Apple Business Manager).' }) publicKey!: string
  @Field(() => String, { description: "The certificate's RSA private key, base64 of PEM (keep it to decrypt Apple's DEP token)." }) privateKey!: string
}

@ObjectType({ description: 'APNs key and SCEP CA for a new Apple MDM setup, each base64 of PEM; apnsCsr is the request to have Apple sign.' })
export class AppleMdmCsr {
  @Field(() => String, { description: 'The private key of the APNs certificate request, base64 of PEM.' }) apnsKey!: string
  @Field(() => String, { description: 'The SCEP CA certificate that signs device identities, base64 of PEM.' }) scepCert!: string
  @Field(() => String, { description: "The SCEP CA certificate's private key, base64 of PEM." }) scepKey!: string
  @Field(() => String, { description: 'The APNs certificate signing request (PEM, base64), to submit to Apple.' }) apnsCsr!: string
}

@InputType({ description: 'The Apple MDM material: the APNs certificate Apple issued and its key, and the SCEP CA certificate and key (PEM text).' })
export class AppleMdmAssetsInput {
  @Field(() => String, { description: 'The APNs certificate Apple issued for the CSR (PEM).' }) apnsCertPem!: string
  @Field(() => String, { description: 'The private key of the APNs certificate (PEM).' }) apnsKeyPem!: string
  @Field(() => String, { description: 'The SCEP CA certificate (PEM).' }) scepCertPem!: string
  @Field(() => String, { description: "The SCEP CA certificate's private key (PEM)." }) scepKeyPem!: string
}

@InputType({ description: 'End-user authentication for DEP enrollment: the SAML identity provider.' })
export class MdmSsoSettingsInput {
  @Field(() => String, { description: "The IdP's single sign-on URL (HTTP-Redirect binding)." }) idpSsoUrl!: string
  @Field(() => String, { description: "The IdP's signing certificate (PEM); responses must be signed with it." }) idpCertPem!: string
  @Field(() => String, { description: 'This service provider\'s entity id (the audience the IdP asserts).' }) entityId!: string
}
