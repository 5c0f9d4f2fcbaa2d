import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql'

export enum InstallerKind { pkg = 'pkg', msi = 'msi', deb = 'deb', rpm = 'rpm' }
registerEnumType(InstallerKind, {
  name: 'InstallerKind',
  description: 'fleet-osquery installer package formats.',
  valuesConfig: { pkg: { description: 'macOS package.' }, msi: { description: 'Windows installer.' }, deb: { description: 'Debian/Ubuntu package.' }, rpm: { description: 'Red Hat/Fedora/SUSE package.' } },
})

export interface InstallerRow { id: number; kind: string; desktop: boolean; size: number; created_at: Date; upload_id: string }
export interface InstallerUploadRow {
  id: string; kind: string; enroll_secret: string; desktop: boolean; user_id: number; received: number; completed_at: Date | null
}

@ObjectType({ description: 'A prebuilt fleet-osquery installer for one enroll secret (Fleet Sandbox downloads).' })
export class Installer {
  constructor(readonly row: InstallerRow) {}
  @Field(() => ID, { description: 'The installer id.' }) get id(): string { return String(this.row.id) }
  @Field(() => InstallerKind, { description: 'The package format.' }) get kind(): InstallerKind { return this.row.kind as InstallerKind }
  @Field(() => Boolean, { description: 'Includes Fleet Desktop.' }) get desktop(): boolean { return this.row.desktop }
  @Field(() => Int, { description: 'Bytes.' }) get size(): number { return this.row.size }
  @Field(() => Date, { description: 'When the installer was stored.' }) get createdAt(): Date { return this.row.created_at }
  @Field(() => String, { description: "The file name Fleet serves it under: fleet-osquery.<kind>." }) get filename(): string { return `fleet-osquery.${this.row.kind}` }
}

@InputType({ description: 'Which installer: package format and with or without Fleet Desktop.' })
export class InstallerSelector {
  @Field(() => InstallerKind, { description: 'The package format.' }) kind!: InstallerKind
  @Field(() => String, { description: 'A global enroll secret the installer enrolls hosts with.' }) enrollSecret!: string
  @Field(() => Boolean, { description: 'With Fleet Desktop.' }) desktop!: boolean
}

/** An open upload as clients see it: where the next chunk starts, and the limits that apply. */
export interface InstallerUploadState { id: string; received: number; maxSize: number; chunkSize: number }

@ObjectType({ description: 'An installer upload in progress: appendInstallerUpload adds chunks, completeInstallerUpload stores it. The REST route PUT /api/latest/fleet/installers/{kind} drives it from a streamed body.' })
export class InstallerUpload {
  constructor(readonly state: InstallerUploadState) {}
  @Field(() => ID, { description: 'One-time id; only the admin who began the upload may use it.' }) get id(): string { return this.state.id }
  @Field(() => Int, { description: 'Bytes received so far: the offset of the next chunk.' }) get received(): number { return this.state.received }
  @Field(() => Int, { description: 'Largest installer accepted, in bytes.' }) get maxSize(): number { return this.state.maxSize }
  @Field(() => Int, { description: 'Largest chunk appendInstallerUpload accepts, in bytes.' }) get chunkSize(): number { return this.state.chunkSize }
}
