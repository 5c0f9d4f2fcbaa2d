import { Field, ID, InputType, Int, ObjectType } from 'type-graphql'
import { GraphQLJSONObject } from 'graphql-scalars'

@InputType({ description: "Fleet's orbit agent enrolling a device (POST /api/fleet/orbit/enroll)." })
export class EnrollOrbitInput {
  @Field(() => String, { description: 'A global or team enroll secret.' }) enrollSecret!: string
  @Field(() => String, { description: "The device's hardware UUID (osquery's system_info.uuid): the host's identity." })
  hardwareUuid!: string
  @Field(() => String, { nullable: true, description: 'Hardware serial number.' }) hardwareSerial?: string | null
  @Field(() => String, { nullable: true, description: 'Hostname.' }) hostname?: string | null
  @Field(() => String, { nullable: true, description: 'Platform (darwin, windows, ubuntu…).' }) platform?: string | null
  @Field(() => String, { nullable: true, description: 'Computer name.' }) computerName?: string | null
  @Field(() => String, { nullable: true, description: 'Hardware model.' }) hardwareModel?: string | null
  @Field(() => String, { nullable: true, description: "The identifier osquery will enroll with, when orbit knows it (else the hardware UUID)." })
  osqueryIdentifier?: string | null
}

@ObjectType({ description: 'The enrolled host.' })
export class EnrollOrbitPayload {
  @Field(() => String, { description: 'The secret orbit presents on every later call.' }) orbitNodeKey!: string
  @Field(() => ID, { description: 'The enrolled host id.' }) hostId!: string
}

@ObjectType({ description: "What Fleet's server tells orbit to do (Fleet's OrbitConfigNotifications); the ones this server models." })
export class OrbitNotifications {
  @Field(() => Boolean, { description: 'The Mac is unmanaged but assigned to Fleet in Apple Business Manager: orbit asks the user to renew its enrollment profile.' })
  renewEnrollmentProfile!: boolean
  @Field(() => Boolean, { description: 'The Mac is managed by another MDM, assigned to Fleet, and macOS migration is enabled: orbit shows the migration dialog.' })
  needsMdmMigration!: boolean
}

@ObjectType({ description: 'The TUF channels of the fleetd components (agent options update_channels).' })
export class OrbitUpdateChannels {
  @Field(() => String, { description: "orbit's channel." }) orbit!: string
  @Field(() => String, { description: "osqueryd's channel." }) osqueryd!: string
  @Field(() => String, { description: "Fleet Desktop's channel." }) desktop!: string
}

@ObjectType({ description: "Orbit's configuration for one host (Fleet's OrbitConfig): from its agent options (its team's, else the instance's) and its pending notifications." })
export class OrbitConfig {
  @Field(() => GraphQLJSONObject, { nullable: true, description: "osqueryd's command-line flags (agent options command_line_flags); null when none are set." })
  commandLineStartupFlags!: Record<string, unknown> | null
  @Field(() => GraphQLJSONObject, { nullable: true, description: "The osquery extensions for this host (agent options extensions, kept for the host's platform, and on Premium its labels); null when none apply." })
  extensions!: Record<string, unknown> | null
  @Field(() => Int, { nullable: true, description: 'Seconds a script may run (agent options script_execution_timeout); null when not set.' })
  scriptExecutionTimeout!: number | null
  @Field(() => OrbitUpdateChannels, { nullable: true, description: 'The update channels (agent options update_channels); null when not set.' })
  updateChannels!: OrbitUpdateChannels | null
  @Field(() => OrbitNotifications, { description: 'What orbit should act on.' }) notifications!: OrbitNotifications
}
