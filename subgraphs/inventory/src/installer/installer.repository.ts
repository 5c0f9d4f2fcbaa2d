// Installer blobs live in the database (bytea stored uncompressed, so a byte
// range is read without decompressing the whole file: see the installer_storage
// migration). Reads go by range; nothing loads a whole installer into memory.
import type { Database } from '@fleetgraph/prisma'
import type { InstallerRow } from './installer.type.js'

export class InstallerRepository {
  constructor(private readonly db: Database) {}

  async find(kind: string, enrollSecret: string, desktop: boolean): Promise<InstallerRow | null> {
    const rows = await this.db.sql.query<InstallerRow>(
      `SELECT id, kind, desktop, size, created_at FROM installers WHERE kind = $1 AND enroll_secret = $2 AND desktop = $3`, [kind, enrollSecret, desktop])
    return rows[0] ?? null
  }

  /** Bytes [offset, offset + length) of an installer, clipped to its end. */
  async range(id: number, offset: number, length: number): Promise<Buffer> {
    const rows = await this.db.sql.query<{ chunk: Buffer | Uint8Array | null }>(
      `SELECT substring(bytes FROM $2::int + 1 FOR $3::int) AS chunk FROM installers WHERE id = $1`, [id, offset, length])
    const c = rows[0]?.chunk
    return c ? Buffer.from(c) : Buffer.alloc(0)
  }

  async isGlobalSecret(secret: string): Promise<boolean> {
    return (await this.db.prisma.enrollSecret.count({ where: { secret, team_id: null } })) > 0
  }

  /** Stores (or replaces) the installer for this (kind, secret, desktop). */
  async put(kind: string, enrollSecret: string, desktop: boolean, content: Buffer): Promise<InstallerRow> {
    const bytes = content as Uint8Array<ArrayBuffer> // a Buffer is one; Prisma's type wants the narrower buffer
    return this.db.prisma.installer.upsert({
      where: { kind_enroll_secret_desktop: { kind, enroll_secret: enrollSecret, desktop } },
      create: { kind, enroll_secret: enrollSecret, desktop, size: content.length, bytes },
      update: { size: content.length, bytes, created_at: new Date() },
      select: { id: true, kind: true, desktop: true, size: true, created_at: true },
    })
  }
}
