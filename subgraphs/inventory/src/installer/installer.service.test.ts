import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import type { FleetError } from '@fleetgraph/subgraph-kit'
import { InstallerService, MAX_INLINE_INSTALLER_BYTES, MAX_INSTALLER_BYTES, UPLOAD_CHUNK_BYTES } from './installer.service.js'
import type { InstallerKind, InstallerRow, InstallerUploadRow } from './installer.type.js'

const service = new InstallerService()
const selector = { kind: 'pkg' as InstallerKind, enrollSecret: 'global', desktop: true }

/** A fake repository that keeps what the service asked for, with the real one's contracts. */
function fakeContext(role: 'admin' | 'maintainer' = 'admin', userId = 1) {
  const uploads = new Map<string, InstallerUploadRow & { chunks: { start: number; bytes: Buffer }[] }>()
  const installers: InstallerRow[] = []
  const calls: string[] = []
  const installersRepo = {
    isGlobalSecret: async (s: string) => s === 'global',
    sweep: async () => { calls.push('sweep'); return 0 },
    beginUpload: async (id: string, kind: string, enrollSecret: string, desktop: boolean, user_id: number) => {
      const row = { id, kind, enroll_secret: enrollSecret, desktop, user_id, received: 0, completed_at: null, chunks: [] }
      uploads.set(id, row)
      return row
    },
    findUpload: async (id: string) => uploads.get(id) ?? null,
    append: async (id: string, offset: number, b64: string, length: number) => {
      const u = uploads.get(id)
      if (!u || u.received !== offset || u.completed_at) return null
      const bytes = Buffer.from(b64, 'base64')
      assert.equal(bytes.length, length)
      u.chunks.push({ start: offset, bytes })
      u.received += length
      return u.received
    },
    complete: async (id: string, size: number) => {
      const u = uploads.get(id)
      if (!u || u.received !== size || u.completed_at) return null
      u.completed_at = new Date()
      const row = { id: 1, kind: u.kind, desktop: u.desktop, size, created_at: u.completed_at, upload_id: id }
      installers.push(row)
      return row
    },
    abort: async (id: string) => { calls.push(`abort ${id}`); return uploads.delete(id) },
  }
  const ctx = { viewer: { userId, globalRole: role, teams: [] }, repos: { installers: installersRepo } } as any
  const bytesOf = (id: string) => Buffer.concat(uploads.get(id)!.chunks.map((c) => c.bytes))
  return { ctx, uploads, installers, calls, bytesOf }
}

const code = async (p: Promise<unknown>) => { try { await p; return 'ok' } catch (e) { return `${(e as FleetError).code}: ${(e as FleetError).message}` } }

describe('installer service', () => {
  it('begins an upload for admins and a global secret only, sweeping abandoned uploads first', async () => {
    const { ctx, calls } = fakeContext()
    const u = await service.beginUpload(ctx, selector)
    assert.match(u.id, /^[0-9a-f]{32}$/)
    assert.deepEqual({ received: u.received, maxSize: u.maxSize, chunkSize: u.chunkSize }, { received: 0, maxSize: MAX_INSTALLER_BYTES, chunkSize: UPLOAD_CHUNK_BYTES })
    assert.deepEqual(calls, ['sweep'])
    assert.match(await code(service.beginUpload(fakeContext('maintainer').ctx, selector)), /^FORBIDDEN/)
    assert.equal(await code(service.beginUpload(ctx, { ...selector, enrollSecret: 'team' })), 'VALIDATION_FAILED: enroll_secret: is not a global enroll secret')
  })

  it('appends chunks in order; refuses bad base64, empty or oversized chunks, a wrong offset and another admin', async () => {
    const { ctx, bytesOf } = fakeContext()
    const { id } = await service.beginUpload(ctx, selector)
    const a = randomBytes(1000), b = randomBytes(UPLOAD_CHUNK_BYTES)
    assert.equal((await service.appendUpload(ctx, id, 0, a.toString('base64'))).received, 1000)
    assert.equal(await code(service.appendUpload(ctx, id, 0, b.toString('base64'))), 'CONFLICT: offset must be 1000, where the upload ends')
    assert.equal(await code(service.appendUpload(ctx, id, 1000, 'ab!d')), 'VALIDATION_FAILED: chunk: must be base64')
    assert.equal(await code(service.appendUpload(ctx, id, 1000, 'abc')), 'VALIDATION_FAILED: chunk: must be base64')
    assert.match(await code(service.appendUpload(ctx, id, 1000, '')), /^VALIDATION_FAILED: chunk: must be between 1 and/)
    assert.match(await code(service.appendUpload(ctx, id, 1000, randomBytes(UPLOAD_CHUNK_BYTES + 1).toString('base64'))), /^VALIDATION_FAILED: chunk: must be between 1 and/)
    assert.match(await code(service.appendUpload(fakeContext('admin', 2).ctx, id, 1000, b.toString('base64'))), /^NOT_FOUND/)
    assert.equal((await service.appendUpload(ctx, id, 1000, b.toString('base64'))).received, 1000 + b.length)
    assert.deepEqual(bytesOf(id), Buffer.concat([a, b]))
  })

  it('refuses a chunk that would take the upload past 64 MiB (413)', async () => {
    const { ctx, uploads } = fakeContext()
    const { id } = await service.beginUpload(ctx, selector)
    uploads.get(id)!.received = MAX_INSTALLER_BYTES - 10
    assert.match(await code(service.appendUpload(ctx, id, MAX_INSTALLER_BYTES - 10, randomBytes(11).toString('base64'))), /^PAYLOAD_TOO_LARGE/)
    assert.equal((await service.appendUpload(ctx, id, MAX_INSTALLER_BYTES - 10, randomBytes(10).toString('base64'))).received, MAX_INSTALLER_BYTES)
  })

  it('completes with every byte received; refuses an empty upload and a size that does not match', async () => {
    const { ctx } = fakeContext()
    const { id } = await service.beginUpload(ctx, selector)
    assert.equal(await code(service.completeUpload(ctx, id, 0)), 'VALIDATION_FAILED: content: must not be empty')
    await service.appendUpload(ctx, id, 0, randomBytes(30).toString('base64'))
    assert.equal(await code(service.completeUpload(ctx, id, 31)), 'VALIDATION_FAILED: size: is 31, but 30 bytes were received')
    const installer = await service.completeUpload(ctx, id, 30)
    assert.deepEqual({ size: installer.size, upload_id: installer.upload_id }, { size: 30, upload_id: id })
    assert.match(await code(service.appendUpload(ctx, id, 30, 'AAAA')), /^NOT_FOUND/, 'a completed upload takes no more chunks')
  })

  it("aborts only the caller's own open upload", async () => {
    const { ctx, uploads } = fakeContext()
    const { id } = await service.beginUpload(ctx, selector)
    assert.equal(await service.abortUpload(fakeContext('admin', 2).ctx, id), false)
    assert.equal(await service.abortUpload(ctx, id), true)
    assert.equal(uploads.size, 0)
  })

  it('storeInstaller appends whole 3-byte groups just under 1 MiB per chunk and reassembles the bytes', async () => {
    const { ctx, uploads, bytesOf } = fakeContext()
    const content = randomBytes(2.5 * 1024 * 1024)
    const installer = await service.store(ctx, selector, content.toString('base64'))
    assert.equal(installer.size, content.length)
    const [upload] = uploads.values()
    assert.deepEqual(upload.chunks.map((c) => c.bytes.length), [1048575, 1048575, 524290])
    assert.deepEqual(bytesOf(upload.id), content)
  })

  it('storeInstaller refuses padding inside the string and installers over 8 MiB, and drops a failed upload', async () => {
    const { ctx, uploads, calls } = fakeContext()
    const inner = randomBytes(2 * 1024 * 1024).toString('base64')
    const padded = `${inner.slice(0, 1398096)}AA==${inner.slice(1398100)}`
    assert.equal(await code(service.store(ctx, selector, padded)), 'VALIDATION_FAILED: content: must be base64')
    assert.match(await code(service.store(ctx, selector, randomBytes(MAX_INLINE_INSTALLER_BYTES + 1).toString('base64'))), /^VALIDATION_FAILED: content: must be at most 8388608 bytes/)
    // a bad character in the second slice: the first was written, then the upload is dropped
    const bad = `${inner.slice(0, 1398100)}!${inner.slice(1398101)}`
    assert.equal(await code(service.store(ctx, selector, bad)), 'VALIDATION_FAILED: content: must be base64')
    assert.equal(uploads.size, 0)
    assert.ok(calls.some((c) => c.startsWith('abort ')))
  })
})
