import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql'

export enum InstallerKind { pkg = 'pkg', msi = 'msi', deb = 'deb', rpm = 'rpm' }
registerEnumType(InstallerKind, { name: 'InstallerKind', description: 'fleet-osquery installer package formats.' })

export interface InstallerRow { id: number; kind: string; desktop: boolean; size: number; created_at: Date }

@ObjectType({ description: 'A prebuilt fleet-osquery installer for one enroll secret (Fleet Sandbox downloads).' })
export class Installer {
  constructor(readonly row: InstallerRow) {}
  @Field(() => ID) get id(): string { return String(this.row.id) }
  @Field(() => InstallerKind) get kind(): InstallerKind { return this.row.kind as InstallerKind }
  @Field(() => Boolean, { description: 'Includes Fleet Desktop.' }) get desktop(): boolean { return this.row.desktop }
  @Field(() => Int, { description: 'Bytes.' }) get size(): number { return this.row.size }
  @Field(() => Date) get createdAt(): Date { return this.row.created_at }
  @Field(() => String, { description: "The file name Fleet serves it under: fleet-osquery.<kind>." }) get filename(): string { return `fleet-osquery.${this.row.kind}` }
}

@InputType()
export class InstallerSelector {
  @Field(() => InstallerKind) kind!: InstallerKind
  @Field(() => String, { description: 'A global enroll secret the installer enrolls hosts with.' }) enrollSecret!: string
  @Field(() => Boolean) desktop!: boolean
}
