import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql'
import { DATABASE_ID_DESCRIPTION, NODE_ID_DESCRIPTION, Node, toNodeId } from '@fleetgraph/subgraph-kit'
import { Team } from '../team/team.type.js'

/** The roles the code knows (kit's ROLES); internal values are the strings Fleet's REST shows and the database stores. */
export enum Role { ADMIN = 'admin', MAINTAINER = 'maintainer', OBSERVER = 'observer' }
registerEnumType(Role, {
  name: 'Role',
  description: "A user's role, globally or on one team.",
  valuesConfig: {
    ADMIN: { description: 'Manages everything in scope: users, teams, settings, hosts, queries.' },
    MAINTAINER: { description: 'Manages hosts, labels, queries, packs and policies; not users or settings.' },
    OBSERVER: { description: 'Reads hosts, labels, queries and policies, and runs the queries marked observer-can-run.' },
  },
})

export interface UserRow {
  id: number; name: string; email: string; global_role: string | null; api_only: boolean; sso_enabled: boolean
  force_password_reset: boolean; gravatar_url: string; position: string; created_at: Date; updated_at: Date
  teams: { team_id: number; role: string }[]
}

@ObjectType({ description: "A team membership: the team and the user's role on it." })
export class UserTeam {
  @Field(() => Team, { description: 'The team.' }) team!: Team
  @Field(() => Role, { description: "The user's role on the team." }) role!: Role
}

@Directive('@key(fields: "id")')
@ObjectType({ implements: Node, description: 'A person or API-only account.' })
export class User {
  constructor(readonly row: UserRow) {}
  @Field(() => ID, { description: NODE_ID_DESCRIPTION }) get id(): string { return toNodeId('User', this.row.id) }
  @Field(() => Int, { description: DATABASE_ID_DESCRIPTION }) get databaseId(): number { return this.row.id }
  @Field(() => String, { description: 'Full name.' }) get name(): string { return this.row.name }
  @Field(() => String, { description: 'Email address (unique; the login).' }) get email(): string { return this.row.email }
  @Field(() => Role, { nullable: true, description: 'The global role, or null for users with team roles only.' })
  get globalRole(): Role | null { return this.row.global_role as Role | null }
  @Field(() => Boolean, { description: 'An API-only account: it cannot log in to the UI.' }) get apiOnly(): boolean { return this.row.api_only }
  @Field(() => Boolean, { description: 'Logs in through single sign-on.' }) get ssoEnabled(): boolean { return this.row.sso_enabled }
  @Field(() => Boolean, { description: 'Must change the password at the next login.' }) get forcePasswordReset(): boolean { return this.row.force_password_reset }
  @Field(() => String, { description: 'Gravatar image URL; may be empty.' }) get gravatarUrl(): string { return this.row.gravatar_url }
  @Field(() => String, { description: 'Job title; may be empty.' }) get position(): string { return this.row.position }
  @Field(() => Date, { description: 'When the user was created.' }) get createdAt(): Date { return this.row.created_at }
  @Field(() => Date, { description: 'When the user was last changed.' }) get updatedAt(): Date { return this.row.updated_at }
}

@InputType({ description: 'A team role for a new user.' })
export class UserTeamInput {
  @Field(() => ID, { description: 'The team id.' }) teamId!: string
  @Field(() => String, { description: 'admin | maintainer | observer (a String, so an unknown role is a 422 with Fleet\'s message, not a GraphQL error).' }) role!: string
}

@InputType({ description: 'A new user, created by an admin.' })
export class CreateUserInput {
  @Field(() => String, { description: 'Full name.' }) name!: string
  @Field(() => String, { description: 'Email address (unique).' }) email!: string
  @Field(() => String, { nullable: true, description: 'Required unless ssoEnabled.' }) password?: string | null
  @Field(() => String, { nullable: true, description: 'admin | maintainer | observer; not together with teams.' }) globalRole?: string | null
  @Field(() => [UserTeamInput], { nullable: true, description: 'Team roles; not together with globalRole.' }) teams?: UserTeamInput[] | null
  @Field(() => Boolean, { nullable: true, description: 'An API-only account.' }) apiOnly?: boolean | null
  @Field(() => Boolean, { nullable: true, description: 'Logs in through single sign-on (no password).' }) ssoEnabled?: boolean | null
  @Field(() => Boolean, { nullable: true, description: 'Must change the password at the first login.' }) forcePasswordReset?: boolean | null
  @Field(() => String, { nullable: true, description: 'Job title.' }) position?: string | null
}

@ObjectType({ description: 'A new user, with the API token of an API-only user.' })
export class CreateUserPayload {
  @Field(() => User, { description: 'The new user.' }) user!: User
  @Field(() => String, {
    nullable: true,
    description: 'For an API-only user that is not SSO: its API token (Authorization: Bearer <token>, or ApiKey), issued at creation as Fleet does and shown only here. It does not expire (Fleet\'s rule for API-only users); logout ends it. Null for other users, who log in.',
  }) token?: string | null
}

@InputType({ description: "A new API-only user (Fleet's POST /users/api_only): the server generates its email and password." })
export class CreateApiOnlyUserInput {
  @Field(() => String, { description: 'Full name.' }) name!: string
  @Field(() => String, { nullable: true, description: 'admin | maintainer | observer; not together with teams.' }) globalRole?: string | null
  @Field(() => [UserTeamInput], { nullable: true, description: 'Team roles; not together with globalRole.' }) teams?: UserTeamInput[] | null
}

@ObjectType({ description: 'A new API-only user and its API token.' })
export class CreateApiOnlyUserPayload {
  @Field(() => User, { description: 'The new user (its email is generated: api-only-<random>@<the creating admin\'s domain>).' }) user!: User
  @Field(() => String, { description: 'Its API token (Authorization: Bearer <token>, or ApiKey), shown only here. It does not expire (Fleet\'s rule for API-only users); logout ends it.' }) token!: string
}

@InputType({ description: "Fleet's user list options (GET /users), for userList." })
export class UserListInput {
  @Field(() => String, { nullable: true, description: 'Matches name or email (case-insensitive).' }) query?: string | null
  @Field(() => String, { nullable: true, description: 'id | name | email | created_at | updated_at' }) orderKey?: string | null
  @Field(() => String, { nullable: true, description: 'asc | desc' }) orderDirection?: string | null
  @Field(() => Int, { nullable: true, description: '0-based page' }) page?: number | null
  @Field(() => Int, { nullable: true, description: 'Users per page (1 to 10,000); all when omitted.' }) perPage?: number | null
  @Field(() => ID, { nullable: true, description: 'Only users with a role on this team.' }) teamId?: string | null
}
