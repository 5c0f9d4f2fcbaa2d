// REST contract: downloadable installers (spec "Downloadable installers") and
// the installer upload (ADR 0006): HEAD, the form-post download streamed range
// by range, and the chunked upload with its begin / append / complete / abort.
import { after, before, beforeEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { forbidden } from '@fleetgraph/subgraph-kit/errors'
import {
  AbortInstallerUploadDocument, AppendInstallerUploadDocument, BeginInstallerUploadDocument, CompleteInstallerUploadDocument,
  InstallerDocument, InstallerRangeDocument,
} from '../src/generated/graphql.js'
import { assertFleetError, restHarness, type RestHarness } from './support/rest.js'
import { T0 } from './support/fixtures.js'

const FORM = { 'content-type': 'application/x-www-form-urlencoded' }

describe('REST installers', () => {
  let rest: RestHarness
  before(async () => { rest = await restHarness() })
  after(() => rest.close())
  beforeEach(() => rest.reset())

  it('HEAD /download_installer/{kind} answers 200 with the size; desktop only when exactly "true"', async () => {
    rest.answer(InstallerDocument, { installer: { id: '1', size: 1234, filename: 'fleet-osquery.pkg', createdAt: T0 } })
    const res = await rest.doRaw('HEAD', '/api/latest/fleet/download_installer/pkg?enroll_secret=s3&desktop=true', undefined, 200)
    assert.equal(res.headers.get('content-length'), '1234')
    await rest.doRaw('HEAD', '/api/latest/fleet/download_installer/msi?enroll_secret=s3&desktop=1', undefined, 200)
    rest.expectSent([
      { operationName: 'Installer', variables: { s: { kind: 'pkg', enrollSecret: 's3', desktop: true } } },
      { operationName: 'Installer', variables: { s: { kind: 'msi', enrollSecret: 's3', desktop: false } } },
    ])
  })

  it('an unknown kind, a missing secret or a missing installer is the spec\'s 400', async () => {
    const exe = await rest.doRaw('POST', '/api/latest/fleet/download_installer/exe', 'token=t&enroll_secret=s', 400, FORM)
    assertFleetError(await exe.json(), 'Bad request', [{ name: 'base', reason: 'invalid installer kind: exe (pkg, msi, deb or rpm)' }])
    await rest.doRaw('HEAD', '/api/latest/fleet/download_installer/exe?enroll_secret=s', undefined, 400)
    await rest.doRaw('HEAD', '/api/latest/fleet/download_installer/pkg', undefined, 400)
    assert.deepEqual(rest.sent, [])
    rest.answer(InstallerDocument, { installer: null })
    await rest.doRaw('HEAD', '/api/latest/fleet/download_installer/deb?enroll_secret=s', undefined, 400)
    rest.expectSent([{ operationName: 'Installer', variables: { s: { kind: 'deb', enrollSecret: 's', desktop: false } } }])
  })

  it('POST /download_installer/{kind}: the form\'s token authenticates; the bytes stream range by range', async () => {
    const bytes = Buffer.alloc(1024 * 1024 + 10, 7)
    rest.answer(InstallerDocument, { installer: { id: '1', size: bytes.length, filename: 'fleet-osquery.deb', createdAt: T0 } })
    rest.answer(InstallerRangeDocument, (v) => {
      const { o, l } = v as { o: number; l: number }
      return { installer: { createdAt: T0, content: bytes.subarray(o, o + l).toString('base64') } }
    })
    const res = await rest.doRaw('POST', '/api/latest/fleet/download_installer/deb', 'token=tok-9&enroll_secret=s3', 200, { ...FORM, authorization: '' })
    assert.equal(res.headers.get('content-disposition'), 'attachment;filename="fleet-osquery.deb"')
    assert.equal(res.headers.get('content-type'), 'application/octet-stream')
    assert.ok(Buffer.from(await res.arrayBuffer()).equals(bytes))
    const sent = rest.expectSent([
      { operationName: 'Installer', variables: { s: { kind: 'deb', enrollSecret: 's3', desktop: false } } },
      { operationName: 'InstallerRange', variables: { s: { kind: 'deb', enrollSecret: 's3', desktop: false }, o: 0, l: 1024 * 1024 } },
      { operationName: 'InstallerRange', variables: { s: { kind: 'deb', enrollSecret: 's3', desktop: false }, o: 1024 * 1024, l: 10 } },
    ])
    assert.ok(sent.every((s) => s.authorization === 'Bearer tok-9'))
  })

  it('a download form without a token is a 401 before any operation', async () => {
    assertFleetError(await rest.doJSON('POST', '/api/latest/fleet/download_installer/pkg', undefined, 401, { ...FORM }),
      'Authentication required', [{ name: 'base', reason: 'Authentication required' }])
    assert.deepEqual(rest.sent, [])
  })

  it('PUT /installers/{kind} begins, appends chunk by chunk at their offsets, completes and answers the installer', async () => {
    rest.answer(BeginInstallerUploadDocument, { beginInstallerUpload: { id: 'up-1', maxSize: 1000, chunkSize: 4 } })
    rest.answer(AppendInstallerUploadDocument, (v) => {
      const { o, c } = v as { o: number; c: string }
      return { appendInstallerUpload: { received: o + Buffer.from(c, 'base64').length } }
    })
    rest.answer(CompleteInstallerUploadDocument, { completeInstallerUpload: { id: '2', kind: 'rpm', desktop: true, size: 10, filename: 'fleet-osquery.rpm', createdAt: T0 } })
    const res = await rest.doRaw('PUT', '/api/latest/fleet/installers/rpm?enroll_secret=s3&desktop=true', '0123456789', 200, { 'content-type': 'application/octet-stream' })
    assert.deepEqual(await res.json(), { installer: { id: 2, kind: 'rpm', desktop: true, size: 10, filename: 'fleet-osquery.rpm', created_at: T0 } })
    const b64 = (s: string) => Buffer.from(s).toString('base64')
    rest.expectSent([
      { operationName: 'BeginInstallerUpload', variables: { s: { kind: 'rpm', enrollSecret: 's3', desktop: true } } },
      { operationName: 'AppendInstallerUpload', variables: { u: 'up-1', o: 0, c: b64('0123') } },
      { operationName: 'AppendInstallerUpload', variables: { u: 'up-1', o: 4, c: b64('4567') } },
      { operationName: 'AppendInstallerUpload', variables: { u: 'up-1', o: 8, c: b64('89') } },
      { operationName: 'CompleteInstallerUpload', variables: { u: 'up-1', n: 10 } },
    ])
  })

  it('an upload declared larger than the limit is a 413 and the upload is aborted', async () => {
    rest.answer(BeginInstallerUploadDocument, { beginInstallerUpload: { id: 'up-2', maxSize: 5, chunkSize: 4 } })
    rest.answer(AbortInstallerUploadDocument, { abortInstallerUpload: true })
    const res = await rest.doRaw('PUT', '/api/latest/fleet/installers/pkg?enroll_secret=s3', '0123456789', 413, { 'content-type': 'application/octet-stream' })
    assertFleetError(await res.json(), 'installer is larger than 5 bytes', [{ name: 'base', reason: 'installer is larger than 5 bytes' }])
    rest.expectSent([
      { operationName: 'BeginInstallerUpload', variables: { s: { kind: 'pkg', enrollSecret: 's3', desktop: false } } },
      { operationName: 'AbortInstallerUpload', variables: { u: 'up-2' } },
    ])
  })

  it('a refused begin (FORBIDDEN) is a 403 and nothing else is sent', async () => {
    rest.fail(BeginInstallerUploadDocument, forbidden())
    const res = await rest.doRaw('PUT', '/api/latest/fleet/installers/pkg?enroll_secret=s3', 'abc', 403, { 'content-type': 'application/octet-stream' })
    assertFleetError(await res.json(), 'Permission Denied', [{ name: 'base', reason: 'forbidden' }])
    rest.expectSent([{ operationName: 'BeginInstallerUpload', variables: { s: { kind: 'pkg', enrollSecret: 's3', desktop: false } } }])
  })
})
