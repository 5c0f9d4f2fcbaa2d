import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql'
import type { InventoryContext } from '../context.js'
import { Installer, InstallerSelector } from './installer.type.js'
import { installerService } from './installer.service.js'

@Resolver(() => Installer)
export class InstallerResolver {
  @Query(() => Installer, { nullable: true, description: 'The stored installer for these parameters, or null. Admins and maintainers.' })
  installer(@Arg('selector', () => InstallerSelector) s: InstallerSelector, @Ctx() ctx: InventoryContext): Promise<Installer | null> {
    return installerService.find(ctx, s)
  }

  @FieldResolver(() => String, { description: 'Base64 of bytes [offset, offset + length), at most 1 MiB; shorter at the end.' })
  content(@Root() i: Installer, @Arg('offset', () => Int) offset: number, @Arg('length', () => Int) length: number, @Ctx() ctx: InventoryContext): Promise<string> {
    return installerService.range(ctx, i, offset, length)
  }

  @Mutation(() => Installer, { description: 'Stores (or replaces) an installer, base64, at most 64 MiB, for a global enroll secret. Admins only.' })
  storeInstaller(@Arg('selector', () => InstallerSelector) s: InstallerSelector, @Arg('contentBase64', () => String) content: string, @Ctx() ctx: InventoryContext): Promise<Installer> {
    return installerService.store(ctx, s, content)
  }
}
