// What Fleet Desktop may know about the device it runs on: its own host with
// the host's inventory, and the few instance settings the "My device" page and
// the tray menu need. Reached only through `Query.device`, which requires a
// device token; nothing here is reachable with a user's token.
import { Field, Float, ID, Int, ObjectType } from 'type-graphql'
import { GraphQLJSONObject } from 'graphql-scalars'

@ObjectType({ description: 'A software item installed on the device.' })
export class DeviceSoftware {
  @Field(() => ID, { description: 'The id.' }) id!: string
  @Field(() => String, { description: 'The name.' }) name!: string
  @Field(() => String, { description: 'The version.' }) version!: string
  @Field(() => String, { description: 'Where osquery found it (rpm_packages, apps, programs, …).' }) source!: string
  @Field(() => String, { description: 'macOS bundle identifier; empty elsewhere.' }) bundleIdentifier!: string
  @Field(() => String, { description: 'The CPE used for vulnerability matching; may be empty.' }) generatedCpe!: string
  @Field(() => Date, { nullable: true, description: 'When the software was last opened; null when unknown.' }) lastOpenedAt!: Date | null
}

@ObjectType({ description: 'A local user account on the device.' })
export class DeviceUser {
  @Field(() => Float, { description: 'The account uid (64-bit on some platforms).' }) uid!: number
  @Field(() => String, { description: 'The user name.' }) username!: string
  @Field(() => String, { description: 'The account type.' }) type!: string
  @Field(() => String, { description: 'The primary group.' }) groupname!: string
  @Field(() => String, { description: 'The login shell.' }) shell!: string
}

@ObjectType({ description: 'A label the device is a member of.' })
export class DeviceLabel {
  @Field(() => ID, { description: 'The id.' }) id!: string
  @Field(() => String, { description: 'The name.' }) name!: string
  @Field(() => String, { description: 'Free text; may be empty.' }) description!: string
  @Field(() => String, { description: 'The label query.' }) query!: string
  @Field(() => String, { description: 'The label platform; empty for every platform.' }) platform!: string
  @Field(() => String, { description: 'regular | builtin' }) labelType!: string
  @Field(() => String, { description: 'dynamic | manual' }) labelMembershipType!: string
  @Field(() => Date, { description: 'When it was created.' }) createdAt!: Date
  @Field(() => Date, { description: 'When it last changed.' }) updatedAt!: Date
}

@ObjectType({ description: 'A battery of the device.' })
export class DeviceBattery {
  @Field(() => Int, { description: 'Charge cycles.' }) cycleCount!: number
  @Field(() => String, { description: "As osquery reports it (e.g. Good, Check Battery)." }) health!: string
}

@ObjectType({ description: "The device's MDM enrollment, as the device reports it." })
export class DeviceMdm {
  @Field(() => String, { nullable: true, description: 'On (automatic) | On (manual) | Pending | Off; null when unknown.' }) enrollmentStatus!: string | null
  @Field(() => String, { nullable: true, description: 'The MDM server URL; null when not enrolled.' }) serverUrl!: string | null
  @Field(() => String, { description: 'The MDM solution\'s name; empty when unknown.' }) name!: string
  @Field(() => Boolean, { description: 'Whether a disk encryption key is escrowed (never, until Fleet MDM escrows keys).' }) encryptionKeyAvailable!: boolean
}

@ObjectType({ description: 'An email associated with the device.' })
export class DeviceMapping {
  @Field(() => String, { description: 'The email address.' }) email!: string
  @Field(() => String, { description: 'Where the email came from (google_chrome_profiles, custom, …).' }) source!: string
}

@ObjectType({ description: 'A Munki error or warning.' })
export class MunkiIssue {
  @Field(() => String, { description: 'The name.' }) name!: string
  @Field(() => String, { description: 'error | warning' }) type!: string
}

@ObjectType({ description: 'Munki and MDM facts of a macOS device; null on the device when none are known.' })
export class Macadmins {
  @Field(() => String, { nullable: true, description: 'The Munki version; null without Munki.' }) munkiVersion!: string | null
  @Field(() => [MunkiIssue], { description: 'Munki errors and warnings.' }) munkiIssues!: MunkiIssue[]
  @Field(() => DeviceMdm, { nullable: true, description: 'MDM enrollment, from macadmins data.' }) mdm!: DeviceMdm | null
}

@ObjectType({ description: 'Disk space and encryption of the device.' })
export class DeviceDisk {
  @Field(() => Float, { description: 'Free disk space in GB.' }) gigsAvailable!: number
  @Field(() => Float, { description: 'Free disk space in percent.' }) percentAvailable!: number
  @Field(() => Boolean, { nullable: true, description: 'null when the device has not reported it.' }) encryptionEnabled!: boolean | null
}

@ObjectType({ description: "The instance's license." })
export class License {
  @Field(() => String, { description: 'free | premium' }) tier!: string
  @Field(() => Date, { description: 'When the license expires: LICENSE_EXPIRATION, else a year after setup on Premium; the zero time on Free (no key).' }) expiration!: Date
}

@ObjectType({ description: "The organisation's branding, shown by Fleet Desktop." })
export class DeviceOrgInfo {
  @Field(() => String, { description: 'The organization name.' }) orgName!: string
  @Field(() => String, { description: 'The organization logo URL.' }) orgLogoUrl!: string
  @Field(() => String, { description: 'The logo URL for light backgrounds.' }) orgLogoUrlLightBackground!: string
  @Field(() => String, { description: 'Where users ask for help.' }) contactUrl!: string
}

@ObjectType({ description: 'Fleet Desktop notifications.' })
export class DesktopNotifications {
  @Field(() => Boolean, { description: 'The device may start a migration from another MDM to Fleet.' }) needsMdmMigration!: boolean
  @Field(() => Boolean, { description: 'The device is unmanaged but should be DEP-enrolled into Fleet.' }) renewEnrollmentProfile!: boolean
}

@ObjectType({ description: "Fleet Desktop's tray summary (Fleet Premium). The failing policy count is Host.failingPolicyCount." })
export class DesktopSummary {
  @Field(() => DesktopNotifications, { description: 'What Fleet Desktop should tell the user.' }) notifications!: DesktopNotifications
  @Field(() => String, { description: "The MDM migration mode (voluntary | forced), empty when not set." }) macosMigrationMode!: string
  @Field(() => Boolean, { description: 'Whether the device has self-service software to offer. Always false: this server has no software installers. Fleet Desktop shows its Self-service item unless this is false.' }) selfService!: boolean
}

@ObjectType({ description: 'The calling device (Authorization: Device <token>).' })
export class Device {
  constructor(readonly hostId: number) {}
  /** Rows several fields share, loaded once per request (see DeviceService). */
  readonly memos = new Map<string, Promise<unknown>>()
  @Field(() => ID, { description: "The device's host id." }) get id(): string { return String(this.hostId) }
}

/** Feature name → options, for Fleet Desktop's feature discovery (none yet). */
export const DeviceApiFeatures = GraphQLJSONObject
