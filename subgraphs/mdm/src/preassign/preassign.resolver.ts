import { Arg, Ctx, Field, InputType, Mutation, Resolver } from 'type-graphql'
import type { MdmContext } from '../context.js'
import { preassignService } from './preassign.service.js'

@InputType({ description: 'A profile an external tool wants a host to have.' })
export class PreassignProfileInput {
  @Field(() => String, { description: "The host's id in the external tool (e.g. Puppet)." }) externalHostIdentifier!: string
  @Field(() => String, { description: "The host's hardware UUID, as osquery reports it." }) hostUuid!: string
  @Field(() => String, { description: 'Base64 .mobileconfig.' }) profile!: string
  @Field(() => String, { nullable: true, description: 'Names the team created when no team has this set of profiles.' }) group?: string | null
  @Field(() => Boolean, { nullable: true, description: 'Leave this profile out of the team match.' }) exclude?: boolean | null
}

@Resolver()
export class PreassignResolver {
  @Mutation(() => Boolean, { description: 'Stores a profile for a host until matchPreassignedProfiles. Premium; admins and maintainers.' })
  preassignAppleProfile(@Arg('input', () => PreassignProfileInput, { description: 'The profile and the host it is meant for.' }) input: PreassignProfileInput, @Ctx() ctx: MdmContext): Promise<boolean> {
    return preassignService.preassign(ctx, input)
  }

  @Mutation(() => Boolean, { description: "Moves the host to the team with exactly its preassigned profiles, creating one when none matches. Premium; admins." })
  matchPreassignedProfiles(@Arg('externalHostIdentifier', () => String, { description: "The host's id in the external tool, as given to preassignAppleProfile." }) id: string, @Ctx() ctx: MdmContext): Promise<boolean> {
    return preassignService.match(ctx, id)
  }
}
