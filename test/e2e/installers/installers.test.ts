// Downloadable installers: admins store prebuilt installers per (kind, global
// enroll secret, desktop) through GraphQL; HEAD tells whether one exists and
// the form POST streams it with Fleet's headers (spec: "Downloadable installers").
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { createHash, randomBytes } from 'node:crypto'
import { request as httpRequest } from 'node:http'
import { startIsolatedStack, type TestStack } from '../../support/stack.js'
import { assertFleetError, doJSON, gql } from '../../support/client.js'
import { createUser, ENROLL_SECRET, setupInstance } from '../../support/fleet.js'

const STORE = `mutation($s: InstallerSelector!, $c: String!) { storeInstaller(selector: $s, contentBase64: $c) { id kind desktop size filename } }`

describe('downloadable installers', () => {
  let stack: TestStack
  let base: string, admin: string, observer: string
  // 2.5 MiB: the download streams it in three ranges
  const pkg = randomBytes(2.5 * 1024 * 1024)
  const deb = randomBytes(1000)

  before(async () => {
    stack = await startIsolatedStack({ GRAPHQL_BODY_LIMIT_BYTES: String(8 * 1024 * 1024) })
    base = stack.url
    admin = (await setupInstance(base)).token
    observer = (await createUser(base, admin, 'observer')).token
  })
  after(async () => { await stack.stop() })

  const form = (fields: Record<string, string>) => ({ method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() })
  const head = (kind: string, query: string, token?: string) =>
    fetch(`${base}/api/v1/fleet/download_installer/${kind}?${query}`, { method: 'HEAD', headers: token ? { authorization: `Bearer ${token}` } : {} })

  it('admins store installers for a global enroll secret; bad input is refused and nothing is stored', async () => {
    const stored = await gql(base, STORE, { s: { kind: 'pkg', enrollSecret: ENROLL_SECRET, desktop: true }, c: pkg.toString('base64') }, admin)
    assert.equal(stored.errors, undefined, JSON.stringify(stored.errors))
    assert.deepEqual({ ...stored.data!.storeInstaller, id: undefined }, { id: undefined, kind: 'pkg', desktop: true, size: pkg.length, filename: 'fleet-osquery.pkg' })
    assert.equal((await gql(base, STORE, { s: { kind: 'deb', enrollSecret: ENROLL_SECRET, desktop: false }, c: deb.toString('base64') }, admin)).errors, undefined)

    const refused = async (vars: unknown, token: string, code: string) => {
      const r = await gql(base, STORE, vars as any, token)
      assert.equal(r.errors?.[0]?.extensions?.code, code, JSON.stringify(r.errors))
    }
    await refused({ s: { kind: 'msi', enrollSecret: ENROLL_SECRET, desktop: false }, c: deb.toString('base64') }, observer, 'FORBIDDEN')
    await refused({ s: { kind: 'msi', enrollSecret: 'no-such-secret', desktop: false }, c: deb.toString('base64') }, admin, 'VALIDATION_FAILED')
    await refused({ s: { kind: 'msi', enrollSecret: ENROLL_SECRET, desktop: false }, c: 'not base64!' }, admin, 'VALIDATION_FAILED')
    await refused({ s: { kind: 'msi', enrollSecret: ENROLL_SECRET, desktop: false }, c: '' }, admin, 'VALIDATION_FAILED')
    assert.equal((await head('msi', `enroll_secret=${ENROLL_SECRET}`, admin)).status, 400, 'nothing stored for msi')
    // past GRAPHQL_BODY_LIMIT_BYTES (8 MiB here): 413 before the body is read. No body byte is sent: the
    // server answers and closes at once, and a client still writing would see EPIPE instead of the answer.
    const tooBig = await new Promise<{ status: number; body: any }>((resolve, reject) => {
      const req = httpRequest(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}`, 'content-length': String(9 * 1024 * 1024) } }, (res) => {
        let text = ''
        res.on('data', (d) => (text += d))
        res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text) }))
      })
      req.on('error', reject)
      req.flushHeaders()
    })
    assert.equal(tooBig.status, 413)
    assert.equal(tooBig.body.errors[0].extensions.code, 'PAYLOAD_TOO_LARGE')
    // a body that does not declare its length (chunked) could grow without bound: 411
    const chunked = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => { res.resume(); resolve(res.statusCode!) })
      req.on('error', reject)
      req.write('{"query":')
      req.end('"{ __typename }"}')
    })
    assert.equal(chunked, 411)
  })

  it('HEAD: 200 with the length when it exists; 400 when it does not, for an unknown kind or without enroll_secret; 401 without a token', async () => {
    const ok = await head('pkg', `enroll_secret=${ENROLL_SECRET}&desktop=true`, admin)
    assert.equal(ok.status, 200)
    assert.equal(ok.headers.get('content-length'), String(pkg.length))
    assert.equal((await head('pkg', `enroll_secret=${ENROLL_SECRET}&desktop=false`, admin)).status, 400)
    assert.equal((await head('pkg', `enroll_secret=${ENROLL_SECRET}&desktop=1`, admin)).status, 400, 'desktop only when exactly "true"')
    assert.equal((await head('exe', `enroll_secret=${ENROLL_SECRET}`, admin)).status, 400)
    assert.equal((await head('pkg', '', admin)).status, 400)
    assert.equal((await head('pkg', `enroll_secret=${ENROLL_SECRET}&desktop=true`)).status, 401)
    assert.equal((await head('pkg', `enroll_secret=${ENROLL_SECRET}&desktop=true`, observer)).status, 403)
  })

  it('POST streams the installer with Fleet headers; the token is a form field', async () => {
    const r = await fetch(`${base}/api/v1/fleet/download_installer/pkg`, form({ token: admin, enroll_secret: ENROLL_SECRET, desktop: 'true' }))
    assert.equal(r.status, 200)
    assert.equal(r.headers.get('content-type'), 'application/octet-stream')
    assert.equal(r.headers.get('content-disposition'), 'attachment;filename="fleet-osquery.pkg"')
    assert.equal(r.headers.get('content-length'), String(pkg.length))
    assert.equal(r.headers.get('x-content-type-options'), 'nosniff')
    const body = Buffer.from(await r.arrayBuffer())
    assert.equal(createHash('sha256').update(body).digest('hex'), createHash('sha256').update(pkg).digest('hex'))
    const small = await fetch(`${base}/api/latest/fleet/download_installer/deb`, form({ token: admin, enroll_secret: ENROLL_SECRET }))
    assert.deepEqual(Buffer.from(await small.arrayBuffer()), deb)
  })

  it('POST errors: 401 without or with a bad token, 400 for a missing installer, unknown kind or a non-form body', async () => {
    const status = async (kind: string, init: RequestInit) => { const r = await fetch(`${base}/api/v1/fleet/download_installer/${kind}`, init); return { status: r.status, body: await r.json() } }
    let r = await status('pkg', form({ enroll_secret: ENROLL_SECRET, desktop: 'true' }))
    assert.equal(r.status, 401); assertFleetError(r.body)
    r = await status('pkg', form({ token: 'bad', enroll_secret: ENROLL_SECRET, desktop: 'true' }))
    assert.equal(r.status, 401)
    r = await status('rpm', form({ token: admin, enroll_secret: ENROLL_SECRET }))
    assert.equal(r.status, 400); assert.equal(r.body.errors[0].reason, "installer doesn't exist")
    r = await status('exe', form({ token: admin, enroll_secret: ENROLL_SECRET }))
    assert.equal(r.status, 400)
    r = await status('pkg', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token: admin }) })
    assert.equal(r.status, 400)
    await doJSON(base, 'GET', '/healthz', undefined, 200)
  })
})
