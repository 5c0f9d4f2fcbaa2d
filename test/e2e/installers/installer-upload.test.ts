// Installer uploads (issue 11, item 5; ADR 0006): PUT /api/latest/fleet/installers/{kind}
// takes the installer as a streamed body, up to 64 MiB, appends it to the database
// chunk by chunk, and swaps it in at the end. The server never holds the body
// whole, other requests are answered while it streams, and an upload that fails
// or is cut off leaves the previous installer and nothing else behind.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { createHash, randomBytes } from 'node:crypto'
import { once } from 'node:events'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import WebSocket from 'ws'
import { openDatabase } from '@fleetgraph/prisma'
import { freshDatabase, realServices, startStack, type TestStack } from '../../support/stack.js'
import { assertFleetError, doJSON, gql } from '../../support/client.js'
import { createUser, ENROLL_SECRET, setupInstance } from '../../support/fleet.js'

const MiB = 1024 * 1024
const MAX = 64 * MiB
const TEAM_SECRET = 'team-upload-secret'
const path_ = (kind: string, query = `enroll_secret=${ENROLL_SECRET}&desktop=true`) => `/api/latest/fleet/installers/${kind}?${query}`

/** `size` bytes that differ from chunk to chunk (block i starts with i), hashed as they are made. */
function* pattern(size: number, block = randomBytes(MiB)): Generator<Buffer> {
  for (let at = 0, i = 0; at < size; at += block.length, i++) {
    const b = Buffer.from(block.subarray(0, Math.min(block.length, size - at)))
    b.writeUInt32BE(i, 0)
    yield b
  }
}
const sha256 = (parts: Iterable<Buffer>) => { const h = createHash('sha256'); for (const p of parts) h.update(p); return h.digest('hex') }

interface Sent { status: number; body: any; sentBytes: number }

/**
 * PUTs the body piece by piece, waiting for the socket to drain (as a real client does); resolves
 * on the response even if the server stops reading early. `contentLength` undefined: chunked.
 * `beforePiece(i)` may hold piece i back (pacing).
 */
function put(base: string, url: string, token: string | undefined, body: Iterable<Buffer>, opts: { contentLength?: number; beforePiece?: (i: number) => Promise<void>; cutAfter?: number; holdBody?: boolean } = {}): Promise<Sent> {
  return new Promise((resolve, reject) => {
    let sentBytes = 0
    let answered = false
    const headers: Record<string, string> = { 'content-type': 'application/octet-stream' }
    if (token) headers.authorization = `Bearer ${token}`
    if (opts.contentLength !== undefined) headers['content-length'] = String(opts.contentLength)
    const req = request(base + url, { method: 'PUT', headers }, (res) => {
      answered = true
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (d) => { text += d })
      res.on('end', () => { resolve({ status: res.statusCode!, body: text ? JSON.parse(text) : undefined, sentBytes }); req.destroy() })
    })
    // once answered, a write into a closed connection is expected (the server stopped reading)
    req.on('error', (e) => { if (!answered) reject(e) })
    // headers only: the body is held back until an answer arrives (which ends the request)
    if (opts.holdBody) return void req.flushHeaders()
    void (async () => {
      let i = 0
      for (const piece of body) {
        if (answered || req.destroyed) return
        await opts.beforePiece?.(i++)
        if (opts.cutAfter !== undefined && sentBytes >= opts.cutAfter) { req.destroy(new Error('cut off by the test')); return }
        sentBytes += piece.length
        if (!req.write(piece)) {
          await new Promise<void>((r) => {
            const go = () => { req.off('drain', go); req.off('close', go); r() }
            req.on('drain', go)
            req.on('close', go)
          })
        }
      }
      if (!answered && !req.destroyed) req.end()
    })().catch(reject)
  })
}

/** Resident memory of a process, from /proc (Linux). */
const rssBytes = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) * 1024

/**
 * Live memory of the stack process, through its inspector: a full garbage collection, then the
 * JS heap in use plus memory outside it (Buffers, PGlite's WebAssembly memory). RSS alone also
 * counts the headroom V8 lets the heap grow by before it collects (tens of MiB whatever the upload).
 */
async function liveMemory(stack: TestStack) {
  const url = /Debugger listening on (ws:\/\/\S+)/.exec(stack.logs())?.[1]
  assert.ok(url, 'the stack runs with --inspect')
  const ws = new WebSocket(url)
  await once(ws, 'open')
  let next = 0
  const replies = new Map<number, (r: any) => void>()
  ws.on('message', (m) => { const r = JSON.parse(String(m)); replies.get(r.id)?.(r) })
  const call = (method: string, params?: unknown) => new Promise<any>((resolve) => { const id = ++next; replies.set(id, resolve); ws.send(JSON.stringify({ id, method, params })) })
  return {
    async bytes(): Promise<number> {
      await call('HeapProfiler.collectGarbage')
      const r = await call('Runtime.evaluate', { expression: 'JSON.stringify(process.memoryUsage())', returnByValue: true })
      const m = JSON.parse(r.result.result.value)
      return m.heapUsed + m.external
    },
    close: () => ws.close(),
  }
}

describe('installer uploads', () => {
  let stack: TestStack
  let dataDir: string
  let fresh: Awaited<ReturnType<typeof freshDatabase>> | undefined
  let stopped = false
  let base: string, admin: string, maintainer: string
  const first = [...pattern(3.5 * MiB)]

  before(async () => {
    // One whole stack, as startIsolatedStack, but the data outlives the process: the last test reads it.
    const { databaseUrl, redisUrl } = realServices()
    dataDir = mkdtempSync(path.join(tmpdir(), 'fleetgraph-test-'))
    fresh = databaseUrl ? await freshDatabase(databaseUrl) : undefined
    // --inspect: the memory test reads the process's live memory after a forced collection.
    stack = await startStack({ DATA_DIR: dataDir, DATABASE_URL: fresh?.url ?? '', REDIS_URL: redisUrl ?? '', LICENSE_TIER: 'premium' }, { nodeArgs: ['--inspect=127.0.0.1:0'] })
    base = stack.url
    admin = (await setupInstance(base)).token
    maintainer = (await createUser(base, admin, 'maintainer')).token
    await doJSON(base, 'POST', '/api/latest/fleet/spec/teams', { specs: [{ name: 'uploads', secrets: [{ secret: TEAM_SECRET }] }] }, 200, admin)
  })
  after(async () => {
    if (!stopped) await stack.stop()
    await fresh?.drop()
    rmSync(dataDir, { recursive: true, force: true })
  })

  const download = async (kind: string) => {
    const r = await fetch(`${base}/api/v1/fleet/download_installer/${kind}`, {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: admin, enroll_secret: ENROLL_SECRET, desktop: 'true' }).toString(),
    })
    assert.equal(r.status, 200)
    return Buffer.from(await r.arrayBuffer())
  }

  it('stores the streamed body as the installer; downloads and ranges read it back', async () => {
    const r = await put(base, path_('pkg'), admin, first, { contentLength: 3.5 * MiB })
    assert.equal(r.status, 200, JSON.stringify(r.body))
    assert.deepEqual({ ...r.body.installer, id: undefined, created_at: undefined }, {
      id: undefined, created_at: undefined, kind: 'pkg', desktop: true, size: 3.5 * MiB, filename: 'fleet-osquery.pkg',
    })
    assert.equal(sha256([await download('pkg')]), sha256(first))
    // a range across the first chunk boundary, and one past the end
    const all = Buffer.concat(first)
    const q = `query($s: InstallerSelector!, $o: Int!, $l: Int!) { installer(selector: $s) { content(offset: $o, length: $l) } }`
    const s = { kind: 'pkg', enrollSecret: ENROLL_SECRET, desktop: true }
    const across = await gql(base, q, { s, o: MiB - 10, l: 30 }, admin)
    assert.deepEqual(Buffer.from(across.data!.installer.content, 'base64'), all.subarray(MiB - 10, MiB + 20))
    const end = await gql(base, q, { s, o: 3.5 * MiB - 5, l: 100 }, admin)
    assert.deepEqual(Buffer.from(end.data!.installer.content, 'base64'), all.subarray(3.5 * MiB - 5))
  })

  it('refuses in Fleet error shape: 401 without a token, 403 for a maintainer, 400 for a bad kind or no enroll_secret, 422 for a team or unknown secret and an empty body', async () => {
    const small = () => [randomBytes(1000)]
    const cases: [string, string | undefined, Iterable<Buffer>, number][] = [
      [path_('pkg'), undefined, small(), 401],
      [path_('pkg'), maintainer, small(), 403],
      [path_('exe'), admin, small(), 400],
      [path_('pkg', 'desktop=true'), admin, small(), 400],
      [path_('pkg', `enroll_secret=${TEAM_SECRET}`), admin, small(), 422],
      [path_('pkg', 'enroll_secret=no-such-secret'), admin, small(), 422],
      [path_('pkg'), admin, [], 422],
    ]
    for (const [url, token, body, status] of cases) {
      const r = await put(base, url, token, body)
      assert.equal(r.status, status, `${url}: ${JSON.stringify(r.body)}`)
      assertFleetError(r.body)
    }
    assert.equal(sha256([await download('pkg')]), sha256(first), 'the stored installer is unchanged')
  })

  it('answers 413 to a declared Content-Length over 64 MiB before reading the body', async () => {
    // The client sends the headers and waits: only an answer that needs no body byte arrives.
    const r = await put(base, path_('pkg'), admin, pattern(MAX + MiB), { contentLength: MAX + 1, holdBody: true })
    assert.equal(r.status, 413)
    assertFleetError(r.body)
    assert.equal(r.sentBytes, 0)
  })

  it('answers /healthz while an upload streams', async () => {
    let healthAt = 0
    let uploadAt = 0
    const upload = put(base, path_('deb', `enroll_secret=${ENROLL_SECRET}&desktop=true`), admin, pattern(8 * MiB), {
      contentLength: 8 * MiB,
      // The client holds the rest of the body until the health probe is answered: a server that
      // blocked on the upload would never answer it, and this test would time out.
      beforePiece: async (i) => {
        if (i !== 4) return
        const h = await fetch(`${base}/healthz`)
        assert.equal(h.status, 200)
        healthAt = performance.now()
      },
    }).then((r) => { uploadAt = performance.now(); return r })
    const r = await upload
    assert.equal(r.status, 200, JSON.stringify(r.body))
    assert.ok(healthAt > 0 && healthAt < uploadAt, 'the health probe completed before the upload')
  })

  it('stores 64 MiB holding a small multiple of the chunk size (1 MiB) in memory, not the installer', async (t) => {
    const block = randomBytes(MiB)
    const memory = await liveMemory(stack)
    try {
      const before = await memory.bytes()
      const rssBefore = rssBytes(stack.pid)
      let rssPeak = rssBefore
      const during: number[] = []
      const r = await put(base, path_('pkg'), admin, pattern(MAX, block), {
        contentLength: MAX,
        // every 8 MiB sent, while the server is in the middle of the upload: what does it hold?
        beforePiece: async (i) => {
          rssPeak = Math.max(rssPeak, rssBytes(stack.pid))
          if (i > 0 && i % 8 === 0) during.push(await memory.bytes())
        },
      })
      assert.equal(r.status, 200, JSON.stringify(r.body))
      assert.equal(r.body.installer.size, MAX)
      const held = Math.max(...during) - before
      t.diagnostic(`live memory +${(held / MiB).toFixed(1)} MiB at most while 64 MiB streamed (${during.length} samples); ` +
        `RSS ${(rssBefore / MiB).toFixed(0)} MiB, peak +${((rssPeak - rssBefore) / MiB).toFixed(0)} MiB`)
      // The chunk being read, and the one being appended several times over (bytes, base64, the
      // GraphQL request, the driver's message).
      assert.ok(held < 16 * MiB, `the server held ${(held / MiB).toFixed(1)} MiB more while 64 MiB streamed`)
    } finally {
      memory.close()
    }
    const got = await fetch(`${base}/api/v1/fleet/download_installer/pkg?enroll_secret=${ENROLL_SECRET}&desktop=true`, { method: 'HEAD', headers: { authorization: `Bearer ${admin}` } })
    assert.equal(got.headers.get('content-length'), String(MAX))
    assert.equal(sha256([await download('pkg')]), sha256(pattern(MAX, block)))
  })

  it('answers 413 as soon as a chunked body passes 64 MiB, while it is still arriving; the installer is unchanged', async () => {
    const stored = await download('deb')
    // An endless body: it ends only when the server closes the connection (or, here, answers).
    function* endless() { for (;;) yield* pattern(16 * MiB) }
    const r = await put(base, path_('deb'), admin, endless())
    assert.equal(r.status, 413)
    assertFleetError(r.body)
    // The answer came while the body was still being sent (it has no end); the kernel's socket
    // buffers on loopback take tens of MiB more than the server read.
    assert.ok(r.sentBytes < 2 * MAX, `sent ${r.sentBytes} bytes`)
    assert.equal(sha256([await download('deb')]), sha256([stored]))
  })

  it('an upload cut off mid-body leaves the previous installer', async () => {
    const stored = await download('deb')
    await assert.rejects(put(base, path_('deb'), admin, pattern(6 * MiB), { contentLength: 6 * MiB, cutAfter: 3 * MiB }))
    assert.equal(sha256([await download('deb')]), sha256([stored]))
  })

  it('leaves no upload or chunk rows behind: refused, cut-off and replaced uploads are deleted', async () => {
    // The cut-off upload is dropped when the server notices the closed connection: poll for it
    // through the public interface first (a new upload sweeps nothing it should not).
    assert.equal((await put(base, path_('rpm'), admin, [randomBytes(100)])).status, 200)
    stopped = true
    assert.equal(await stack.stop(), 0)
    const db = await openDatabase({ url: fresh?.url, dataDir })
    try {
      const rows = await db.sql.query<{ installers: number; uploads: number; orphans: number; bytes: number; sizes: number }>(
        `SELECT (SELECT count(*)::int FROM installers) AS installers,
                (SELECT count(*)::int FROM installer_uploads) AS uploads,
                (SELECT count(*)::int FROM installer_uploads u WHERE NOT EXISTS (SELECT 1 FROM installers i WHERE i.upload_id = u.id)) AS orphans,
                (SELECT coalesce(sum(length), 0)::int FROM installer_chunks) AS bytes,
                (SELECT coalesce(sum(size), 0)::int FROM installers) AS sizes`)
      assert.deepEqual(rows[0], { installers: 3, uploads: 3, orphans: 0, bytes: rows[0].sizes, sizes: MAX + 8 * MiB + 100 })
    } finally {
      await db.close()
    }
  })
})
