import { Arg, Ctx, Mutation, Resolver } from 'type-graphql'
import type { InventoryContext } from '../context.js'
import { EnrollOrbitInput, EnrollOrbitPayload } from './orbit.type.js'
import { orbitService } from './orbit.service.js'

@Resolver()
export class OrbitResolver {
  @Mutation(() => EnrollOrbitPayload, { description: "Fleet's orbit agent: enroll a device with an enroll secret (no user token)." })
  enrollOrbit(@Arg('input', () => EnrollOrbitInput, { description: 'The device and the enroll secret.' }) input: EnrollOrbitInput, @Ctx() ctx: InventoryContext): Promise<EnrollOrbitPayload> {
    return orbitService.enroll(ctx, input)
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
