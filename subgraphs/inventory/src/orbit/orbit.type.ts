import { Field, ID, InputType, ObjectType } from 'type-graphql'

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
