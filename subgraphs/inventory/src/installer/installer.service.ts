// Prebuilt installers (Fleet Sandbox's "download installer"): admins store them
// per (kind, global enroll secret, desktop); admins and maintainers — who may
// read enroll secrets — look them up and download them in ranges.
import { ADMINS, WRITERS, invalidArgument, requireRole } from '@fleetgraph/subgraph-kit'
import type { InventoryContext } from '../context.js'
import { Installer, type InstallerSelector } from './installer.type.js'

/** 1 MiB ranges: the REST download streams an installer range by range. */
export const MAX_RANGE_BYTES = 1024 * 1024
/** Largest installer accepted through GraphQL (base64 in the request). */
export const MAX_INSTALLER_BYTES = 64 * 1024 * 1024

export class InstallerService {
  async find(ctx: InventoryContext, s: InstallerSelector): Promise<Installer | null> {
    requireRole(ctx, WRITERS)
    const row = await ctx.repos.installers.find(s.kind, s.enrollSecret, s.desktop)
    return row ? new Installer(row) : null
  }

  async range(ctx: InventoryContext, installer: Installer, offset: number, length: number): Promise<string> {
    requireRole(ctx, WRITERS)
    if (!Number.isSafeInteger(offset) || offset < 0) throw invalidArgument('offset', 'must be 0 or more')
    if (!Number.isSafeInteger(length) || length < 1 || length > MAX_RANGE_BYTES) throw invalidArgument('length', `must be between 1 and ${MAX_RANGE_BYTES}`)
    return (await ctx.repos.installers.range(installer.row.id, offset, length)).toString('base64')
  }

  async store(ctx: InventoryContext, s: InstallerSelector, contentBase64: string): Promise<Installer> {
    requireRole(ctx, ADMINS)
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(contentBase64) || contentBase64.length % 4 !== 0) throw invalidArgument('content', 'must be base64')
    const bytes = Buffer.from(contentBase64, 'base64')
    if (bytes.length === 0) throw invalidArgument('content', 'must not be empty')
    if (bytes.length > MAX_INSTALLER_BYTES) throw invalidArgument('content', `must be at most ${MAX_INSTALLER_BYTES} bytes`)
    if (!(await ctx.repos.installers.isGlobalSecret(s.enrollSecret))) throw invalidArgument('enroll_secret', 'is not a global enroll secret')
    return new Installer(await ctx.repos.installers.put(s.kind, s.enrollSecret, s.desktop, bytes))
  }
}
export const installerService = new InstallerService()
