import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql'
import type { MdmContext } from '../context.js'
import { AppleMdmAssetsInput, AppleMdmCsr, DepKeyPair, MdmSsoSettingsInput } from './apple-setup.type.js'
import { appleSetupService } from './apple-setup.service.js'

@Resolver()
export class AppleSetupResolver {
  @Mutation(() => DepKeyPair, { description: 'Generates a DEP key pair (not stored). Any signed-in user, as in Fleet.' })
  generateDepKeyPair(@Ctx() ctx: MdmContext): Promise<DepKeyPair> { return appleSetupService.depKeyPair(ctx) }

  @Mutation(() => AppleMdmCsr, { description: 'Generates the APNs key, its CSR, and a SCEP CA (not stored). Admins only.' })
  requestAppleMdmCsr(
    @Arg('emailAddress', () => String, { nullable: true, description: "The contact email address written into the APNs certificate request." }) email: string | null,
    @Arg('organization', () => String, { nullable: true, description: 'The organization name written into the APNs certificate request.' }) organization: string | null,
    @Ctx() ctx: MdmContext,
  ): Promise<AppleMdmCsr> { return appleSetupService.requestCsr(ctx, email, organization) }

  @Mutation(() => Boolean, { description: 'Stores the APNs certificate (issued by Apple for the CSR) with its key and the SCEP CA; turns Apple MDM on. Admins only.' })
  configureAppleMdm(@Arg('input', () => AppleMdmAssetsInput, { description: 'The APNs certificate and key and the SCEP CA certificate and key.' }) input: AppleMdmAssetsInput, @Ctx() ctx: MdmContext): Promise<boolean> {
    return appleSetupService.configure(ctx, input)
  }

  @Query(() => String, { description: "The calling device's manual enrollment profile (.mobileconfig, base64). Device token only." })
  deviceAppleEnrollmentProfile(@Ctx() ctx: MdmContext): Promise<string> { return appleSetupService.deviceEnrollmentProfile(ctx) }

  @Mutation(() => Boolean, { description: 'Sets the SAML identity provider for end-user authentication during DEP enrollment. Admins only.' })
  configureMdmSso(@Arg('input', () => MdmSsoSettingsInput, { description: 'The identity provider and this service provider\'s entity id.' }) input: MdmSsoSettingsInput, @Ctx() ctx: MdmContext): Promise<boolean> {
    return appleSetupService.configureSso(ctx, input)
  }
}
