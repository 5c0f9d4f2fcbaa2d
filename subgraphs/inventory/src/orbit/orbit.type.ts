import { Field, ID, InputType, ObjectType } from 'type-graphql'

@InputType({ description: "Fleet's orbit agent enrolling a device (POST /api/fleet/orbit/enroll)." })
export class EnrollOrbitInput {
  @Field(() => String) enrollSecret!: string
  @Field(() => String, { description: "The device's hardware UUID (osquery's system_info.uuid): the host's identity." })
  hardwareUuid!: string
  @Field(() => String, { nullable: true }) hardwareSerial?: string | null
  @Field(() => String, { nullable: true }) hostname?: string | null
  @Field(() => String, { nullable: true }) platform?: string | null
  @Field(() => String, { nullable: true }) computerName?: string | null
  @Field(() => String, { nullable: true }) hardwareModel?: string | null
  @Field(() => String, { nullable: true, description: "The identifier osquery will enroll with, when orbit knows it (else the hardware UUID)." })
  osqueryIdentifier?: string | null
}

@ObjectType()
export class EnrollOrbitPayload {
  @Field(() => String, { description: 'The secret orbit presents on every later call.' }) orbitNodeKey!: string
  @Field(() => ID) hostId!: string
}
