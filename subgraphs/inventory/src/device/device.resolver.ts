import { Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql'
import type { InventoryContext } from '../context.js'
import { Host } from '../host/host.type.js'
import {
  DesktopSummary, Device, DeviceApiFeatures, DeviceBattery, DeviceDisk, DeviceLabel, DeviceMapping, DeviceMdm, DeviceOrgInfo,
  DeviceSoftware, DeviceUser, License, Macadmins,
} from './device.type.js'
import { deviceService } from './device.service.js'

@Resolver(() => Device)
export class DeviceResolver {
  @Query(() => Device, { description: 'Fleet Desktop: the calling device (Authorization: Device <token>); user tokens are refused.' })
  device(@Ctx() ctx: InventoryContext): Device { return new Device(deviceService.authenticate(ctx)) }

  @Mutation(() => Boolean, { description: "Fleet Desktop: ask the device for its details again at its next check-in." })
  refetchDevice(@Ctx() ctx: InventoryContext): Promise<boolean> { return deviceService.refetch(ctx) }

  @Mutation(() => Boolean, {
    description: 'Fleet Desktop (Premium): post the MDM migration webhook for this device. Needs Apple MDM set up and a webhook URL.',
  })
  migrateDeviceMdm(@Ctx() ctx: InventoryContext): Promise<boolean> { return deviceService.migrateMdm(ctx) }

  @FieldResolver(() => Host, { description: 'The host this device is.' })
  async host(@Root() d: Device, @Ctx() ctx: InventoryContext): Promise<Host> { return new Host(await deviceService.host(ctx, d)) }

  @FieldResolver(() => [DeviceSoftware], { description: 'Software installed on the device.' })
  software(@Root() d: Device, @Ctx() ctx: InventoryContext): Promise<DeviceSoftware[]> { return deviceService.software(ctx, d) }

  @FieldResolver(() => [DeviceUser], { description: 'User accounts on the device.' })
  users(@Root() d: Device, @Ctx() ctx: InventoryContext): Promise<DeviceUser[]> { return deviceService.users(ctx, d) }

  @FieldResolver(() => [DeviceLabel], { description: 'Labels the device belongs to.' })
  labels(@Root() d: Device, @Ctx() ctx: InventoryContext): Promise<DeviceLabel[]> { return deviceService.labels(ctx, d) }

  @FieldResolver(() => [DeviceBattery], { description: 'Batteries and their health.' })
  batteries(@Root() d: Device, @Ctx() ctx: InventoryContext): Promise<DeviceBattery[]> { return deviceService.batteries(ctx, d) }

  @FieldResolver(() => DeviceMdm, { description: 'MDM enrollment state.' })
  mdm(@Root() d: Device, @Ctx() ctx: InventoryContext): Promise<DeviceMdm> { return deviceService.mdm(ctx, d) }

  @FieldResolver(() => Macadmins, { nullable: true, description: 'Munki and MDM data from the macadmins extension; null when not reported.' })
  macadmins(@Root() d: Device, @Ctx() ctx: InventoryContext): Promise<Macadmins | null> { return deviceService.macadmins(ctx, d) }

  @FieldResolver(() => [DeviceMapping], { description: 'Emails associated with the device (Google Chrome profiles, custom).' })
  deviceMapping(@Root() d: Device, @Ctx() ctx: InventoryContext): Promise<DeviceMapping[]> { return deviceService.deviceMapping(ctx, d) }

  @FieldResolver(() => DeviceDisk, { description: 'Disk space and encryption.' })
  disk(@Root() d: Device, @Ctx() ctx: InventoryContext): Promise<DeviceDisk> { return deviceService.disk(ctx, d) }

  @FieldResolver(() => Boolean, { description: 'Assigned to Fleet in Apple Business Manager (false unless Apple MDM is set up on Premium).' })
  depAssignedToFleet(@Root() d: Device, @Ctx() ctx: InventoryContext): Promise<boolean> { return deviceService.depAssignedToFleet(ctx, d) }

  @FieldResolver(() => License, { description: 'The instance\'s license.' })
  license(@Root() d: Device, @Ctx() ctx: InventoryContext): Promise<License> { return deviceService.license(ctx, d) }

  @FieldResolver(() => DeviceOrgInfo, { description: 'The organization, for Fleet Desktop.' })
  org(@Root() d: Device, @Ctx() ctx: InventoryContext): Promise<DeviceOrgInfo> { return deviceService.org(ctx, d) }

  @FieldResolver(() => Boolean, { description: 'Whether Apple MDM is set up on this instance.' })
  appleMdmEnabledAndConfigured(@Root() d: Device, @Ctx() ctx: InventoryContext): Promise<boolean> { return deviceService.appleMdmEnabledAndConfigured(ctx, d) }

  @FieldResolver(() => DesktopSummary, { description: "Fleet Desktop's tray summary (Fleet Premium; PAYMENT_REQUIRED on Free)." })
  desktop(@Root() d: Device, @Ctx() ctx: InventoryContext): Promise<DesktopSummary> { return deviceService.desktop(ctx, d) }

  @FieldResolver(() => String, { description: 'Where the tray\'s "Transparency" item points.' })
  transparencyUrl(@Root() d: Device, @Ctx() ctx: InventoryContext): Promise<string> { return deviceService.transparencyUrl(ctx, d) }

  @FieldResolver(() => DeviceApiFeatures, { description: 'Device API features this server offers (feature name → options).' })
  apiFeatures(): Record<string, unknown> { return deviceService.apiFeatures() }
}
