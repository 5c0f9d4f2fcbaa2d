import { Field, InputType, ObjectType } from 'type-graphql'
import { User } from '../user/user.type.js'

@ObjectType({ description: 'The organization.' })
export class OrgInfo {
  @Field(() => String, { description: 'The organization name.' }) orgName!: string
  @Field(() => String, { description: 'The organization logo URL; may be empty.' }) orgLogoUrl!: string
}

@InputType({ description: 'The organization.' })
export class OrgInfoInput {
  @Field(() => String, { description: 'The organization name.' }) orgName!: string
  @Field(() => String, { nullable: true, description: 'The organization logo URL; may be empty.' }) orgLogoUrl?: string | null
}

@InputType({ description: 'The first admin user.' })
export class SetupAdminInput {
  @Field(() => String, { description: 'Full name.' }) name!: string
  @Field(() => String, { description: 'Email address (the login).' }) email!: string
  @Field(() => String, { description: 'The password.' }) password!: string
  @Field(() => String, { nullable: true, description: 'The password again (Fleet checks both match).' }) passwordConfirmation?: string | null
}

@InputType({ description: 'First-run setup: the first admin and the organisation.' })
export class SetupInput {
  @Field(() => SetupAdminInput, { description: 'The first admin.' }) admin!: SetupAdminInput
  @Field(() => OrgInfoInput, { description: 'The organization.' }) orgInfo!: OrgInfoInput
  @Field(() => String, { description: 'The Fleet server URL agents reach.' }) serverUrl!: string
  @Field(() => String, { nullable: true, description: 'Stored as a global enroll secret when given.' }) osqueryEnrollSecret?: string | null
}

@ObjectType({ description: 'The configured instance and its first admin.' })
export class SetupPayload {
  @Field(() => User, { description: 'The first admin.' }) admin!: User
  @Field(() => OrgInfo, { description: 'The organization.' }) orgInfo!: OrgInfo
  @Field(() => String, { description: 'The Fleet server URL agents reach.' }) serverUrl!: string
  @Field(() => String, { description: 'A session token for the new admin.' }) token!: string
}

@ObjectType({ description: 'A new session.' })
export class LoginPayload {
  @Field(() => User, { description: 'The logged-in user.' }) user!: User
  @Field(() => String, { description: 'The session token (Authorization: Bearer <token>).' }) token!: string
}
