import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql'
import type { InventoryContext } from '../context.js'
import { EnrollOrbitInput, EnrollOrbitPayload, OrbitConfig } from './orbit.type.js'
import { orbitService } from './orbit.service.js'

@Resolver()
export class OrbitResolver {
  @Mutation(() => EnrollOrbitPayload, { description: "Fleet's orbit agent: enroll a device with an enroll secret (no user token)." })
  enrollOrbit(@Arg('input', () => EnrollOrbitInput, { description: 'The device and the enroll secret.' }) input: EnrollOrbitInput, @Ctx() ctx: InventoryContext): Promise<EnrollOrbitPayload> {
    return orbitService.enroll(ctx, input)
  }

  @Query(() => OrbitConfig, { description: "Fleet's orbit agent: its configuration, authenticated by its orbit node key (no user token). UNAUTHENTICATED for a missing or unknown key." })
  orbitConfig(
    @Arg('orbitNodeKey', () => String, { description: 'The orbit node key enrollOrbit returned.' }) orbitNodeKey: string,
    @Ctx() ctx: InventoryContext,
  ): Promise<OrbitConfig> {
    return orbitService.config(ctx, orbitNodeKey)
  }

  @Mutation(() => Boolean, { description: "Orbit stores the device token Fleet Desktop authenticates with (one per host; valid for an hour after it changes)." })
  setDeviceAuthToken(
    @Arg('orbitNodeKey', () => String, { description: 'The orbit node key enrollOrbit returned.' }) orbitNodeKey: string,
    @Arg('token', () => String, { description: 'The new device token.' }) token: string,
    @Ctx() ctx: InventoryContext,
  ): Promise<boolean> {
    return orbitService.setDeviceToken(ctx, orbitNodeKey, token)
  }
}
