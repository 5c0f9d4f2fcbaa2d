// Prebuilt installers (Fleet Sandbox's "download installer"): admins store them
// per (kind, global enroll secret, desktop); admins and maintainers — who may
// read enroll secrets — look them up and download them in ranges.
//
// Storing goes through an upload: begin (checks the caller and the selector,
// returns a one-time id and the limits), append chunks of at most 1 MiB in
// order, complete (swaps the installer in at once). The REST route
// PUT /api/latest/fleet/installers/{kind} drives it from a streamed body;
// storeInstaller drives it from one base64 string, so it is for small
// installers only (docs/adr/0006-installer-uploads.md).
import { randomBytes } from 'node:crypto'
import { ADMINS, FleetError, WRITERS, conflict, invalidArgument, notFound, requireRole, type Viewer } from '@fleetgraph/subgraph-kit'
import type { InventoryContext } from '../context.js'
// Types only: the GraphQL classes are built by the resolver, so this module loads without decorators.
import type { Installer, InstallerRow, InstallerSelector, InstallerUploadRow, InstallerUploadState } from './installer.type.js'

/** 1 MiB ranges: the REST download streams an installer range by range. */
export const MAX_RANGE_BYTES = 1024 * 1024
/** Largest installer (the documented 64 MiB). */
export const MAX_INSTALLER_BYTES = 64 * 1024 * 1024
/**
 * Largest chunk one append takes, and so the most an upload holds in memory at a time: 1 MiB is
 * about 25 ms of PGlite work per append (it runs on the event loop) and 64 appends for the largest
 * installer.
 */
export const UPLOAD_CHUNK_BYTES = 1024 * 1024
/**
 * Largest installer storeInstaller takes: the whole base64 string is one GraphQL request, parsed
 * at once; past a few MiB that stalls the event loop, so larger ones use the upload route.
 */
export const MAX_INLINE_INSTALLER_BYTES = 8 * 1024 * 1024
/** Uploads untouched this long are abandoned (a client gone mid-body, a process restarted) and deleted. */
export const STALE_UPLOAD_MS = 60 * 60 * 1000

const state = (row: InstallerUploadRow): InstallerUploadState => ({ id: row.id, received: row.received, maxSize: MAX_INSTALLER_BYTES, chunkSize: UPLOAD_CHUNK_BYTES })
/** 1 for each character of the base64 alphabet (char codes below 128). */
const BASE64_ALPHABET = new Uint8Array(128)
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') BASE64_ALPHABET[c.charCodeAt(0)] = 1
/** storeInstaller appends base64 slices of this many characters: whole 3-byte groups, just under a chunk. */
const INLINE_SLICE_CHARS = 4 * Math.floor(UPLOAD_CHUNK_BYTES / 3)

/**
 * Decoded length of well-formed base64, or null. A plain loop: about 3 ms per MiB, where the
 * equivalent regular expression took 10–25 ms for every chunk of an upload.
 */
function base64Length(s: string): number | null {
  if (s.length % 4 !== 0) return null
  const pad = s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0
  for (let i = 0; i < s.length - pad; i++) {
    const c = s.charCodeAt(i)
    if (c >= 128 || BASE64_ALPHABET[c] === 0) return null
  }
  return (s.length / 4) * 3 - pad
}

const payloadTooLarge = () => new FleetError('PAYLOAD_TOO_LARGE', `an installer must be at most ${MAX_INSTALLER_BYTES} bytes`)

export class InstallerService {
  async find(ctx: InventoryContext, s: InstallerSelector): Promise<InstallerRow | null> {
    requireRole(ctx, WRITERS)
    return ctx.repos.installers.find(s.kind, s.enrollSecret, s.desktop)
  }

  async range(ctx: InventoryContext, installer: Installer, offset: number, length: number): Promise<string> {
    requireRole(ctx, WRITERS)
    if (!Number.isSafeInteger(offset) || offset < 0) throw invalidArgument('offset', 'must be 0 or more')
    if (!Number.isSafeInteger(length) || length < 1 || length > MAX_RANGE_BYTES) throw invalidArgument('length', `must be between 1 and ${MAX_RANGE_BYTES}`)
    if (offset >= installer.size) return ''
    return (await ctx.repos.installers.range(installer.row.upload_id, offset, length)).toString('base64')
  }

  /** Stores (or replaces) an installer given whole as base64: begin, one append per 1 MiB slice, complete. */
  async store(ctx: InventoryContext, s: InstallerSelector, contentBase64: string): Promise<InstallerRow> {
    requireRole(ctx, ADMINS)
    if (contentBase64.length === 0) throw invalidArgument('content', 'must not be empty')
    // Each slice is checked as it is appended; padding may only end the whole string.
    const padding = contentBase64.indexOf('=')
    if (contentBase64.length % 4 !== 0 || (padding >= 0 && padding < contentBase64.length - 2)) throw invalidArgument('content', 'must be base64')
    if ((contentBase64.length / 4) * 3 - (contentBase64.length - (padding < 0 ? contentBase64.length : padding)) > MAX_INLINE_INSTALLER_BYTES) {
      throw invalidArgument('content', `must be at most ${MAX_INLINE_INSTALLER_BYTES} bytes; upload larger installers with PUT /api/latest/fleet/installers/${s.kind}`)
    }
    const upload = await this.beginUpload(ctx, s)
    try {
      let offset = 0
      for (let i = 0; i < contentBase64.length; i += INLINE_SLICE_CHARS) {
        // Let other requests in between slices: the embedded database never waits on I/O, so
        // without this the whole loop would run as one uninterrupted stretch of the event loop.
        if (i > 0) await new Promise((resolve) => setImmediate(resolve))
        offset = (await this.appendUpload(ctx, upload.id, offset, contentBase64.slice(i, i + INLINE_SLICE_CHARS), 'content')).received
      }
      return await this.completeUpload(ctx, upload.id, offset)
    } catch (e) {
      await ctx.repos.installers.abort(upload.id)
      throw e
    }
  }

  /** Checks the caller (admins) and the selector, and opens an upload for them. */
  async beginUpload(ctx: InventoryContext, s: InstallerSelector): Promise<InstallerUploadState> {
    const viewer = requireRole(ctx, ADMINS)
    if (!(await ctx.repos.installers.isGlobalSecret(s.enrollSecret))) throw invalidArgument('enroll_secret', 'is not a global enroll secret')
    // Housekeeping where uploads start, so no schedule is needed: what was abandoned or replaced goes.
    await ctx.repos.installers.sweep(STALE_UPLOAD_MS)
    const row = await ctx.repos.installers.beginUpload(randomBytes(16).toString('hex'), s.kind, s.enrollSecret, s.desktop, viewer.userId)
    return state(row)
  }

  /** Appends one chunk (base64, 1 byte to 1 MiB) at `offset`, which must be where the upload ends. */
  async appendUpload(ctx: InventoryContext, uploadId: string, offset: number, chunkBase64: string, field = 'chunk'): Promise<InstallerUploadState> {
    const upload = await this.openUpload(ctx, requireRole(ctx, ADMINS), uploadId)
    const length = base64Length(chunkBase64)
    if (length === null) throw invalidArgument(field, 'must be base64')
    if (length === 0 || length > UPLOAD_CHUNK_BYTES) throw invalidArgument(field, `must be between 1 and ${UPLOAD_CHUNK_BYTES} bytes`)
    if (!Number.isSafeInteger(offset) || offset !== upload.received) throw conflict(`offset must be ${upload.received}, where the upload ends`)
    if (offset + length > MAX_INSTALLER_BYTES) throw payloadTooLarge()
    const received = await ctx.repos.installers.append(uploadId, offset, chunkBase64, length)
    // another append (or the end of the upload) came first
    if (received === null) throw conflict('the upload changed; read it again')
    return state({ ...upload, received })
  }

  /** Stores the upload as its installer, replacing the previous one at once; `size` must be every byte received. */
  async completeUpload(ctx: InventoryContext, uploadId: string, size: number): Promise<InstallerRow> {
    const upload = await this.openUpload(ctx, requireRole(ctx, ADMINS), uploadId)
    if (upload.received === 0) throw invalidArgument('content', 'must not be empty')
    if (size !== upload.received) throw invalidArgument('size', `is ${size}, but ${upload.received} bytes were received`)
    const row = await ctx.repos.installers.complete(uploadId, size)
    if (!row) throw conflict('the upload changed; read it again')
    // the replaced installer's bytes
    await ctx.repos.installers.sweep(STALE_UPLOAD_MS)
    return row
  }

  /** Drops an upload that is not completed, with every chunk received; false when there is none. */
  async abortUpload(ctx: InventoryContext, uploadId: string): Promise<boolean> {
    const viewer = requireRole(ctx, ADMINS)
    const upload = await ctx.repos.installers.findUpload(uploadId)
    if (!upload || upload.user_id !== viewer.userId || upload.completed_at) return false
    return ctx.repos.installers.abort(uploadId)
  }

  /** The caller's own upload, not completed; anything else is "not found" (upload ids are not enumerable). */
  private async openUpload(ctx: InventoryContext, viewer: Viewer, uploadId: string): Promise<InstallerUploadRow> {
    const upload = await ctx.repos.installers.findUpload(uploadId)
    if (!upload || upload.user_id !== viewer.userId || upload.completed_at) throw notFound('installer upload', uploadId)
    return upload
  }
}
export const installerService = new InstallerService()
