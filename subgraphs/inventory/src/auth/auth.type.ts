import { Field, InputType, ObjectType } from 'type-graphql'
import { User } from '../user/user.type.js'

@ObjectType()
export class OrgInfo {
  @Field(() => String) orgName!: string
  @Field(() => String) orgLogoUrl!: string
}

@InputType()
export class OrgInfoInput {
  @Field(() => String) orgName!: string
  @Field(() => String, { nullable: true }) orgLogoUrl?: string | null
}

@InputType()
export class SetupAdminInput {
  @Field(() => String) name!: string
  @Field(() => String) email!: string
  @Field(() => String) password!: string
  @Field(() => String, { nullable: true }) passwordConfirmation?: string | null
}

@InputType({ description: 'First-run setup: the first admin and the organisation.' })
export class SetupInput {
  @Field(() => SetupAdminInput) admin!: SetupAdminInput
  @Field(() => OrgInfoInput) orgInfo!: OrgInfoInput
  @Field(() => String) serverUrl!: string
  @Field(() => String, { nullable: true, description: 'Stored as a global enroll secret when given.' }) osqueryEnrollSecret?: string | null
}

@ObjectType()
export class SetupPayload {
  @Field(() => User) admin!: User
  @Field(() => OrgInfo) orgInfo!: OrgInfo
  @Field(() => String) serverUrl!: string
  @Field(() => String, { description: 'A session token for the new admin.' }) token!: string
}

@ObjectType()
export class LoginPayload {
  @Field(() => User) user!: User
  @Field(() => String) token!: string
}
