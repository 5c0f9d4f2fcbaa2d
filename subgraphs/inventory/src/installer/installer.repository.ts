// Installer bytes live in the database as chunks of an upload (installer_chunks,
// at most 1 MiB each, stored uncompressed out of line): an append writes one
// chunk and a range read touches only the chunks it overlaps, so no statement
// and no process ever holds a whole installer. An installer points to the
// completed upload that holds its bytes; completing the next upload swaps the
// pointer in one statement (docs/adr/0006-installer-uploads.md).
//
// Bytes cross the driver as base64 text, decoded and encoded by PostgreSQL:
// PGlite's bytea parameter and result codecs are per-byte JavaScript loops
// (about a second per MiB, blocking the event loop), and text is cheap on both
// drivers.
import type { Database } from '@fleetgraph/prisma'
import type { InstallerRow, InstallerUploadRow } from './installer.type.js'

const INSTALLER_COLUMNS = 'id, kind, desktop, size, created_at, upload_id'
const UPLOAD_COLUMNS = 'id, kind, enroll_secret, desktop, user_id, received, completed_at'

export class InstallerRepository {
  constructor(private readonly db: Database) {}

  async find(kind: string, enrollSecret: string, desktop: boolean): Promise<InstallerRow | null> {
    const rows = await this.db.sql.query<InstallerRow>(
      `SELECT ${INSTALLER_COLUMNS} FROM installers WHERE kind = $1 AND enroll_secret = $2 AND desktop = $3`, [kind, enrollSecret, desktop])
    return rows[0] ?? null
  }

  /** Bytes [offset, offset + length) of an upload, clipped to its end; offset + length must fit an int. */
  async range(uploadId: string, offset: number, length: number): Promise<Buffer> {
    const rows = await this.db.sql.query<{ chunk: string | null }>(
      `SELECT encode(string_agg(
                substring(bytes FROM greatest($2::int - start, 0) + 1 FOR least(start + length, $2::int + $3::int) - greatest(start, $2::int)),
                '' ORDER BY start), 'base64') AS chunk
         FROM installer_chunks
        WHERE upload_id = $1 AND start < $2::int + $3::int AND start + length > $2::int`, [uploadId, offset, length])
    // PostgreSQL wraps base64 lines at 76 characters; Buffer.from skips the line breaks.
    return Buffer.from(rows[0]?.chunk ?? '', 'base64')
  }

  async isGlobalSecret(secret: string): Promise<boolean> {
    return (await this.db.prisma.enrollSecret.count({ where: { secret, team_id: null } })) > 0
  }

  async beginUpload(id: string, kind: string, enrollSecret: string, desktop: boolean, userId: number): Promise<InstallerUploadRow> {
    const rows = await this.db.sql.query<InstallerUploadRow>(
      `INSERT INTO installer_uploads (id, kind, enroll_secret, desktop, user_id) VALUES ($1, $2, $3, $4, $5) RETURNING ${UPLOAD_COLUMNS}`,
      [id, kind, enrollSecret, desktop, userId])
    return rows[0]
  }

  async findUpload(id: string): Promise<InstallerUploadRow | null> {
    const rows = await this.db.sql.query<InstallerUploadRow>(`SELECT ${UPLOAD_COLUMNS} FROM installer_uploads WHERE id = $1`, [id])
    return rows[0] ?? null
  }

  /**
   * Appends `length` bytes (given as base64) at `offset`, only if that is where the upload ends
   * and it is not completed: the check and the write are one statement. Returns the new size, or
   * null when the upload was not at `offset` (or is gone or completed); nothing is written then.
   */
  async append(id: string, offset: number, chunkBase64: string, length: number): Promise<number | null> {
    const rows = await this.db.sql.query<{ received: number }>(
      `WITH u AS (
         UPDATE installer_uploads SET received = received + $4::int, updated_at = now()
          WHERE id = $1 AND received = $2::int AND completed_at IS NULL
         RETURNING received
       ), c AS (
         INSERT INTO installer_chunks (upload_id, start, length, bytes)
         SELECT $1, $2::int, $4::int, decode($3::text, 'base64') FROM u
       )
       SELECT received FROM u`, [id, offset, chunkBase64, length])
    return rows[0]?.received ?? null
  }

  /**
   * Marks the upload completed and points its installer (kind, secret, desktop) at it, in one
   * statement: readers see the old bytes or the new ones, never a mix. Returns null when the
   * upload is gone, completed, or does not hold exactly `size` bytes.
   */
  async complete(id: string, size: number): Promise<InstallerRow | null> {
    const rows = await this.db.sql.query<InstallerRow>(
      `WITH up AS (
         UPDATE installer_uploads SET completed_at = now(), updated_at = now()
          WHERE id = $1 AND received = $2::int AND completed_at IS NULL
         RETURNING id, kind, enroll_secret, desktop, received
       )
       INSERT INTO installers (kind, enroll_secret, desktop, size, upload_id, created_at)
       SELECT kind, enroll_secret, desktop, received, id, now() FROM up
       ON CONFLICT (kind, enroll_secret, desktop)
         DO UPDATE SET size = EXCLUDED.size, upload_id = EXCLUDED.upload_id, created_at = EXCLUDED.created_at
       RETURNING ${INSTALLER_COLUMNS}`, [id, size])
    return rows[0] ?? null
  }

  /** Deletes an upload that is not completed, with its chunks; false when there was none. */
  async abort(id: string): Promise<boolean> {
    const rows = await this.db.sql.query(`DELETE FROM installer_uploads WHERE id = $1 AND completed_at IS NULL RETURNING id`, [id])
    return rows.length > 0
  }

  /**
   * Deletes, with their chunks, uploads nobody will finish (not completed, untouched for
   * `staleMs`) and completed uploads no installer points to any more (replaced).
   */
  async sweep(staleMs: number): Promise<number> {
    const rows = await this.db.sql.query(
      `DELETE FROM installer_uploads u
        WHERE (u.completed_at IS NULL AND u.updated_at < now() - $1::int * interval '1 millisecond')
           OR (u.completed_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM installers i WHERE i.upload_id = u.id))
       RETURNING u.id`, [staleMs])
    return rows.length
  }
}
