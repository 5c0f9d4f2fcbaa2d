import { Field, ID, InputType, Int, ObjectType } from 'type-graphql'
import { DATABASE_ID_DESCRIPTION, NODE_ID_DESCRIPTION, Node, toNodeId } from '@fleetgraph/subgraph-kit'
import { Team } from '../team/team.type.js'

export interface UserRow {
  id: number; name: string; email: string; global_role: string | null; api_only: boolean; sso_enabled: boolean
  force_password_reset: boolean; gravatar_url: string; position: string; created_at: Date; updated_at: Date
  teams: { team_id: number; role: string }[]
}

@ObjectType({ description: "A team membership: the team and the user's role on it." })
export class UserTeam {
  @Field(() => Team) team!: Team
  @Field(() => String) role!: string
}

@ObjectType({ implements: Node, description: 'A person or API-only account.' })
export class User {
  constructor(readonly row: UserRow) {}
  @Field(() => ID, { description: NODE_ID_DESCRIPTION }) get id(): string { return toNodeId('User', this.row.id) }
  @Field(() => Int, { description: DATABASE_ID_DESCRIPTION }) get databaseId(): number { return this.row.id }
  @Field(() => String) get name(): string { return this.row.name }
  @Field(() => String) get email(): string { return this.row.email }
  @Field(() => String, { nullable: true, description: 'admin | maintainer | observer, or null for team-only users' })
  get globalRole(): string | null { return this.row.global_role }
  @Field(() => Boolean) get apiOnly(): boolean { return this.row.api_only }
  @Field(() => Boolean) get ssoEnabled(): boolean { return this.row.sso_enabled }
  @Field(() => Boolean) get forcePasswordReset(): boolean { return this.row.force_password_reset }
  @Field(() => String) get gravatarUrl(): string { return this.row.gravatar_url }
  @Field(() => String) get position(): string { return this.row.position }
  @Field(() => Date) get createdAt(): Date { return this.row.created_at }
  @Field(() => Date) get updatedAt(): Date { return this.row.updated_at }
}

@InputType()
export class UserTeamInput {
  @Field(() => ID) teamId!: string
  @Field(() => String) role!: string
}

@InputType({ description: 'A new user, created by an admin.' })
export class CreateUserInput {
  @Field(() => String) name!: string
  @Field(() => String) email!: string
  @Field(() => String, { nullable: true, description: 'Required unless ssoEnabled.' }) password?: string | null
  @Field(() => String, { nullable: true }) globalRole?: string | null
  @Field(() => [UserTeamInput], { nullable: true }) teams?: UserTeamInput[] | null
  @Field(() => Boolean, { nullable: true }) apiOnly?: boolean | null
  @Field(() => Boolean, { nullable: true }) ssoEnabled?: boolean | null
  @Field(() => Boolean, { nullable: true }) forcePasswordReset?: boolean | null
  @Field(() => String, { nullable: true }) position?: string | null
}

@InputType()
export class UserListInput {
  @Field(() => String, { nullable: true, description: 'Matches name or email (case-insensitive).' }) query?: string | null
  @Field(() => String, { nullable: true, description: 'id | name | email | created_at | updated_at' }) orderKey?: string | null
  @Field(() => String, { nullable: true, description: 'asc | desc' }) orderDirection?: string | null
  @Field(() => Int, { nullable: true, description: '0-based page' }) page?: number | null
  @Field(() => Int, { nullable: true }) perPage?: number | null
  @Field(() => ID, { nullable: true }) teamId?: string | null
}
