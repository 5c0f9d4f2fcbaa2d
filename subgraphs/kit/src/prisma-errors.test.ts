// The database backstop against errors the database really raises: PGlite in
// memory by default, the PostgreSQL server when DATABASE_URL is set (a fresh
// database), through Prisma's driver adapter and through raw SQL alike.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { openDatabase, type Database } from '@fleetgraph/prisma'
import { fromPrismaError } from './prisma-errors.js'

/** The registry code the backstop gives the error `fn` fails with (null: not mapped). */
async function mapped(fn: () => Promise<unknown>): Promise<string | null> {
  try { await fn() } catch (e) { return fromPrismaError(e)?.code ?? null }
  assert.fail('expected the database to refuse this')
}

describe('database errors the backstop maps', () => {
  let db: Database
  let drop = async () => {}

  before(async () => {
    const server = process.env.DATABASE_URL
    let url: string | undefined
    if (server) {
      const name = `fg_kit_${randomBytes(6).toString('hex')}`
      const admin = new pg.Client({ connectionString: server })
      await admin.connect()
      await admin.query(`CREATE DATABASE ${name}`)
      await admin.end()
      const u = new URL(server)
      u.pathname = `/${name}`
      url = u.toString()
      drop = async () => {
        const c = new pg.Client({ connectionString: server })
        await c.connect()
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
        await c.end()
      }
    }
    db = await openDatabase({ url, dataDir: 'memory://' })
  })
  after(async () => { await db.close(); await drop() })

  it('maps a NUL byte in text to VALIDATION_FAILED, through Prisma and raw SQL', async () => {
    assert.equal(await mapped(() => db.prisma.pack.create({ data: { name: 'a\u0000b' } })), 'VALIDATION_FAILED')
    assert.equal(await mapped(() => db.prisma.pack.findFirst({ where: { name: 'a\u0000b' } })), 'VALIDATION_FAILED')
    assert.equal(await mapped(() => db.sql.query('SELECT $1::text AS t', ['a\u0000b'])), 'VALIDATION_FAILED')
  })

  it('maps \\u0000 in jsonb to VALIDATION_FAILED', async () => {
    assert.equal(await mapped(() => db.sql.query('SELECT $1::jsonb AS j', [JSON.stringify({ a: 'x\u0000' })])), 'VALIDATION_FAILED')
  })

  it('maps a value too long for a unique index to VALIDATION_FAILED', async () => {
    const name = Array.from({ length: 20_000 }, () => randomBytes(8).toString('hex')).join('') // incompressible
    assert.equal(await mapped(() => db.prisma.pack.create({ data: { name } })), 'VALIDATION_FAILED')
  })

  it('maps an integer out of its column range to BAD_REQUEST', async () => {
    assert.equal(await mapped(() => db.prisma.pack.findMany({ where: { id: 2 ** 40 } })), 'BAD_REQUEST')
    assert.equal(await mapped(() => db.sql.query('SELECT $1::int AS n', ['99999999999'])), 'BAD_REQUEST')
  })

  it('leaves other failures alone (they stay masked 500s)', async () => {
    assert.equal(await mapped(() => db.sql.query('SELECT * FROM no_such_table')), null)
    assert.equal(fromPrismaError(new Error('invalid input')), null)
  })
})
