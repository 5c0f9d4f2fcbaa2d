import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql'
import type { InventoryContext } from '../context.js'
import { Installer, InstallerSelector, InstallerUpload } from './installer.type.js'
import { installerService } from './installer.service.js'

@Resolver(() => Installer)
export class InstallerResolver {
  @Query(() => Installer, { nullable: true, description: 'The stored installer for these parameters, or null. Admins and maintainers.' })
  async installer(@Arg('selector', () => InstallerSelector, { description: 'Which installer.' }) s: InstallerSelector, @Ctx() ctx: InventoryContext): Promise<Installer | null> {
    const row = await installerService.find(ctx, s)
    return row ? new Installer(row) : null
  }

  @FieldResolver(() => String, { description: 'Base64 of bytes [offset, offset + length), at most 1 MiB; shorter at the end.' })
  content(@Root() i: Installer, @Arg('offset', () => Int, { description: 'The first byte to return.' }) offset: number, @Arg('length', () => Int, { description: 'How many bytes to return.' }) length: number, @Ctx() ctx: InventoryContext): Promise<string> {
    return installerService.range(ctx, i, offset, length)
  }

  @Mutation(() => Installer, { description: 'Stores (or replaces) a small installer, base64, at most 8 MiB, for a global enroll secret. Admins only. Larger ones (up to 64 MiB): PUT /api/latest/fleet/installers/{kind} with the bytes as the body.' })
  async storeInstaller(@Arg('selector', () => InstallerSelector, { description: 'Which installer.' }) s: InstallerSelector, @Arg('contentBase64', () => String, { description: 'The installer bytes, base64.' }) content: string, @Ctx() ctx: InventoryContext): Promise<Installer> {
    return new Installer(await installerService.store(ctx, s, content))
  }

  @Mutation(() => InstallerUpload, { description: 'Starts storing (or replacing) an installer for a global enroll secret, chunk by chunk. Admins only.' })
  async beginInstallerUpload(@Arg('selector', () => InstallerSelector, { description: 'Which installer.' }) s: InstallerSelector, @Ctx() ctx: InventoryContext): Promise<InstallerUpload> {
    return new InstallerUpload(await installerService.beginUpload(ctx, s))
  }

  @Mutation(() => InstallerUpload, { description: 'Appends a chunk (base64, at most chunkSize bytes) at offset, which must equal the bytes received so far.' })
  async appendInstallerUpload(
    @Arg('uploadId', () => ID, { description: 'The upload beginInstallerUpload returned.' }) uploadId: string, @Arg('offset', () => Int, { description: 'The first byte to return.' }) offset: number,
    @Arg('chunkBase64', () => String, { description: 'The next chunk, base64.' }) chunk: string, @Ctx() ctx: InventoryContext,
  ): Promise<InstallerUpload> {
    return new InstallerUpload(await installerService.appendUpload(ctx, uploadId, offset, chunk))
  }

  @Mutation(() => Installer, { description: 'Stores the upload (size: every byte received) as the installer, replacing the previous one at once.' })
  async completeInstallerUpload(@Arg('uploadId', () => ID, { description: 'The upload beginInstallerUpload returned.' }) uploadId: string, @Arg('size', () => Int, { description: 'Every byte received, for a check.' }) size: number, @Ctx() ctx: InventoryContext): Promise<Installer> {
    return new Installer(await installerService.completeUpload(ctx, uploadId, size))
  }

  @Mutation(() => Boolean, { description: 'Drops an upload that is not completed, with its chunks; the stored installer is unchanged. False when there is none.' })
  abortInstallerUpload(@Arg('uploadId', () => ID, { description: 'The upload beginInstallerUpload returned.' }) uploadId: string, @Ctx() ctx: InventoryContext): Promise<boolean> {
    return installerService.abortUpload(ctx, uploadId)
  }
}
