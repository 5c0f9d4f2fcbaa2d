import { Arg, Ctx, Mutation, Resolver } from 'type-graphql'
import type { MdmContext } from '../context.js'
import { MdmSsoCallback, MdmSsoStart } from './sso.type.js'
import { ssoService } from './sso.service.js'

@Resolver()
export class SsoResolver {
  @Mutation(() => MdmSsoStart, { description: 'Starts end-user SSO for DEP enrollment: the IdP URL to send the user to. No sign-in; Premium.' })
  startMdmSso(@Ctx() ctx: MdmContext): Promise<MdmSsoStart> { return ssoService.start(ctx) }

  @Mutation(() => MdmSsoCallback, { description: "Checks the IdP's SAMLResponse (base64) and says where to send the browser. No sign-in." })
  completeMdmSso(@Arg('samlResponse', () => String, { description: "The IdP's SAMLResponse form field, base64 as posted." }) samlResponse: string, @Ctx() ctx: MdmContext): Promise<MdmSsoCallback> {
    return ssoService.callback(ctx, samlResponse)
  }
}
