// Decoding POST /api/v1/osquery/enroll exactly as the REST layer did when it served the route (Fleet's
// decoding rules, fleet-behaviour §4): a body past the limit → 413, an empty body → 400 "Expected JSON
// Body", a cross-origin request that is not JSON → 415, malformed JSON → 400, a NUL character anywhere
// (value or key) → 422 naming the field, JSON nested deeper than 100 levels → 400, then the fields'
// schema → 400 naming each bad field. Only the osquery error shape differs from REST's, and that is
// the shape agents read.
import type { IncomingMessage } from 'node:http'
import { z } from 'zod'
import { FleetError } from '@fleetgraph/subgraph-kit'

const detailTable = z.record(z.string(), z.unknown())

export const enrollBody = z.object({
  enroll_secret: z.string().max(255),
  host_identifier: z.string().max(255),
  platform_type: z.string().max(64).optional(),
  host_details: z.record(z.string(), detailTable).optional(),
})
export type EnrollBody = z.infer<typeof enrollBody>

/** Deepest nesting a body may have (as the REST layer's input rules). */
const MAX_JSON_DEPTH = 100
const NUL_REASON = 'must not contain NUL (\\u0000) characters'

export async function readEnrollRequest(req: IncomingMessage, url: URL, limitBytes: number): Promise<EnrollBody> {
  for (const [name, value] of url.searchParams) {
    if (name.includes('\u0000') || value.includes('\u0000')) throw nul(name.replace(/\u0000/g, '\\u0000'))
  }
  const text = await readText(req, limitBytes)
  if (!text.trim()) throw new FleetError('BAD_REQUEST', 'Expected JSON Body')
  // CSRF defence (Fleet 4.4x): browsers send Origin/Referer; a JSON API only takes JSON from them.
  if ((req.headers.origin || req.headers.referer) && !/^application\/json\s*(;|$)/i.test(req.headers['content-type'] ?? '')) {
    throw new FleetError('UNSUPPORTED_MEDIA_TYPE', 'unsupported content type: use application/json')
  }
  let body: unknown
  try { body = JSON.parse(text) } catch (e) { throw new FleetError('BAD_REQUEST', `json decoder error: ${(e as Error).message}`) }
  if (text.includes('\\u0000') || jsonDepth(text) > MAX_JSON_DEPTH) checkInput(body)
  const r = enrollBody.safeParse(body)
  if (r.success) return r.data
  const fieldErrors = r.error.issues.map((i) => ({ name: i.path.length ? i.path.join('.') : 'body', reason: i.message }))
  throw new FleetError('BAD_REQUEST', fieldErrors.map((e) => `${e.name}: ${e.reason}`).join('; '), { fieldErrors })
}

async function readText(req: IncomingMessage, limitBytes: number): Promise<string> {
  const tooLarge = () => new FleetError('PAYLOAD_TOO_LARGE', `request body is larger than ${limitBytes} bytes`)
  if (Number(req.headers['content-length'] || 0) > limitBytes) throw tooLarge()
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > limitBytes) throw tooLarge()
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

function nul(name: string): FleetError {
  return new FleetError('VALIDATION_FAILED', `${name} ${NUL_REASON}`, { fieldErrors: [{ name, reason: NUL_REASON }] })
}

/** The first field (dotted path) holding a NUL, or nesting past MAX_JSON_DEPTH; iterative, so no input overflows the stack. */
function checkInput(value: unknown): void {
  if (typeof value === 'string') { if (value.includes('\u0000')) throw nul('body'); return }
  if (value === null || typeof value !== 'object') return
  type Frame = { node: object; keys: string[] | null; next: number; key: string }
  const frame = (node: object, key: string): Frame => ({ node, keys: Array.isArray(node) ? null : Object.keys(node), next: 0, key })
  const stack: Frame[] = [frame(value, '')]
  const pathTo = (key: string) => [...stack.slice(1).map((f) => f.key), key].join('.')
  while (stack.length) {
    const top = stack[stack.length - 1]
    const length = top.keys ? top.keys.length : (top.node as unknown[]).length
    if (top.next >= length) { stack.pop(); continue }
    const i = top.next++
    const key = top.keys ? top.keys[i] : null
    if (key !== null && key.includes('\u0000')) throw nul(pathTo(key.replace(/\u0000/g, '\\u0000')))
    const child = key !== null ? (top.node as Record<string, unknown>)[key] : (top.node as unknown[])[i]
    if (typeof child === 'string') {
      if (child.includes('\u0000')) throw nul(pathTo(key ?? String(i)))
    } else if (child !== null && typeof child === 'object') {
      if (stack.length >= MAX_JSON_DEPTH) {
        throw new FleetError('BAD_REQUEST', `json decoder error: nested deeper than ${MAX_JSON_DEPTH} levels`, {
          fieldErrors: [{ name: pathTo(key ?? String(i)), reason: `nested deeper than ${MAX_JSON_DEPTH} levels` }],
        })
      }
      stack.push(frame(child, key ?? String(i)))
    }
  }
}

/** How deeply brackets nest in a JSON text (brackets inside strings do not count). */
function jsonDepth(text: string): number {
  let depth = 0, max = 0, inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c) i++
      else if (c === 0x22) inString = false
    } else if (c === 0x22) inString = true
    else if (c === 0x5b || c === 0x7b) { if (++depth > max) max = depth }
    else if (c === 0x5d || c === 0x7d) depth--
  }
  return max
}
