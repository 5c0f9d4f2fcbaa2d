// Not in Fleet's spec: Fleet builds the installers of "Downloadable installers"
// in its sandbox; here admins upload them. PUT /api/latest/fleet/installers/{kind}
// ?enroll_secret=…&desktop=true|false with the raw bytes as the body, up to
// 64 MiB (docs/adr/0006-installer-uploads.md, docs/compat.md "Installer uploads").
//
// The body is never held whole: it is read in chunks of the size the inventory
// service names (1 MiB), and each chunk is appended by one GraphQL mutation
// before the next is read, so a slow database slows the client (TCP back
// pressure) instead of filling memory, and other requests run between chunks.
// The upload is begun first (caller, kind and secret are checked before any byte
// is read) and completed at the end, which swaps the installer in at once; any
// failure, an oversized body or a client that goes away drops the upload and
// leaves the previous installer as it was.
import type { Context } from 'koa'
import { z } from 'zod'
import { reads, runOperation, type Endpoint, type EndpointDeps } from '../endpoint.js'
import { RestError } from '../errors.js'
import { operation } from '../executor.js'
import {
  AbortInstallerUploadDocument, AppendInstallerUploadDocument, BeginInstallerUploadDocument, CompleteInstallerUploadDocument,
  type BeginInstallerUploadMutation, type CompleteInstallerUploadMutation,
} from '../generated/graphql.js'
import { installerQuery, kindParam, selector } from './installers.js'

const BEGIN = operation(BeginInstallerUploadDocument)
const APPEND = operation(AppendInstallerUploadDocument)
const COMPLETE = operation(CompleteInstallerUploadDocument)
const ABORT = operation(AbortInstallerUploadDocument)

type Upload = BeginInstallerUploadMutation['beginInstallerUpload']
type StoredInstaller = CompleteInstallerUploadMutation['completeInstallerUpload']

const tooLarge = (maxSize: number) => new RestError('PAYLOAD_TOO_LARGE', `installer is larger than ${maxSize} bytes`)

/**
 * After a 413 nothing more of the body is read. The socket is left paused, so TCP back pressure
 * stops the client, which reads the answer and closes the connection (else the server's keep-alive
 * timeout closes it; a client still sending cannot reuse it). Closing it at once would reset it
 * while the client is still sending, and the client would see the reset instead of the answer;
 * Node's default, reading the rest of the body to throw it away, would let a client send without end.
 */
function stopReading(ctx: Context) {
  const req = ctx.req
  if (req.complete || req.destroyed) return
  req.read(0) // the body counts as consumed here, so Node does not drain it after the answer
  req.pause()
}

/** Reads the body into chunks of `upload.chunkSize` bytes and appends each; returns the size. */
async function streamBody(deps: EndpointDeps, ctx: Context, upload: Upload): Promise<number> {
  // One buffer, reused: each append sends a base64 copy and is awaited before more is read.
  const chunk = Buffer.allocUnsafe(upload.chunkSize)
  let filled = 0
  let offset = 0
  const flush = async () => {
    const data = await runOperation(deps, ctx, APPEND, { u: upload.id, o: offset, c: chunk.toString('base64', 0, filled) })
    offset = data.appendInstallerUpload.received
    filled = 0
  }
  // destroyOnReturn: false: stopping early (413) must not tear the socket down before the answer.
  for await (const piece of ctx.req.iterator({ destroyOnReturn: false }) as AsyncIterable<Buffer>) {
    if (offset + filled + piece.length > upload.maxSize) throw tooLarge(upload.maxSize)
    let at = 0
    while (at < piece.length) {
      const n = piece.copy(chunk, filled, at)
      filled += n
      at += n
      if (filled === chunk.length) await flush()
    }
  }
  if (filled > 0) await flush()
  return offset
}

const storedInstaller = z.object({
  installer: z.object({
    id: z.number().int(), kind: z.enum(['pkg', 'msi', 'deb', 'rpm']), desktop: z.boolean(),
    size: z.number().int(), filename: z.string(), created_at: z.string(),
  }),
})

export const uploadInstaller: Endpoint = reads({ params: kindParam, query: installerQuery, bodyType: 'binary', response: storedInstaller }, (deps) => async (ctx) => {
  let upload: Upload | undefined
  let stored: StoredInstaller | undefined
  let reading = false
  try {
    const s = selector(ctx, { ...ctx.query, kind: ctx.params.kind })
    upload = (await runOperation(deps, ctx, BEGIN, { s })).beginInstallerUpload
    if (Number(ctx.get('content-length') || 0) > upload.maxSize) throw tooLarge(upload.maxSize)
    reading = true
    const size = await streamBody(deps, ctx, upload).catch((e) => {
      // The client went away mid-body: nobody is left to answer, and it is not a server error.
      if (ctx.req.destroyed && !(e instanceof RestError)) throw new RestError('BAD_REQUEST', 'the client closed the connection before the body ended')
      throw e
    })
    stored = (await runOperation(deps, ctx, COMPLETE, { u: upload.id, n: size })).completeInstallerUpload
  } catch (e) {
    if (e instanceof RestError && e.code === 'PAYLOAD_TOO_LARGE') stopReading(ctx)
    // Refused before the body was read (401, 403, 400, 422): Node drains it, as on every route.
    // Failed while reading it: the rest is not wanted, and the connection cannot be reused.
    else if (reading) ctx.set('Connection', 'close')
    throw e
  } finally {
    // Whatever went wrong (413, a client gone mid-body, a refused chunk): drop what was received.
    if (upload && !stored) await runOperation(deps, ctx, ABORT, { u: upload.id }).catch(() => {})
  }
  ctx.status = 200
  ctx.type = 'application/json; charset=utf-8'
  const answer: z.infer<typeof storedInstaller> = {
    installer: { id: Number(stored.id), kind: stored.kind, desktop: stored.desktop, size: stored.size, filename: stored.filename, created_at: stored.createdAt },
  }
  ctx.body = JSON.stringify(answer)
})
