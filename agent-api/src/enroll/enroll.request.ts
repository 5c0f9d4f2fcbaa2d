// Decoding POST /api/v1/osquery/enroll exactly as the REST layer did when it served the route (Fleet's
// decoding rules, fleet-behaviour §4): a body past the limit → 413, an empty body → 400 "Expected JSON
// Body", a cross-origin request that is not JSON → 415, malformed JSON → 400, a NUL character anywhere
// (value or key) → 422 naming the field, JSON nested deeper than 100 levels → 400, then the fields'
// schema → 400 naming each bad field. Only the osquery error shape differs from REST's, and that is
// the shape agents read.
import type { IncomingMessage } from 'node:http'
import { z } from 'zod'
import { FleetError, MAX_JSON_DEPTH, NUL_REASON, findJsonBodyViolation, printableKey } from '@fleetgraph/subgraph-kit'

const detailTable = z.record(z.string(), z.unknown())

export const enrollBody = z.object({
  enroll_secret: z.string().max(255),
  host_identifier: z.string().max(255),
  platform_type: z.string().max(64).optional(),
  host_details: z.record(z.string(), detailTable).optional(),
})
export type EnrollBody = z.infer<typeof enrollBody>

export async function readEnrollRequest(req: IncomingMessage, url: URL, limitBytes: number): Promise<EnrollBody> {
  for (const [name, value] of url.searchParams) {
    if (name.includes('\u0000') || value.includes('\u0000')) throw nul(printableKey(name))
  }
  const text = await readText(req, limitBytes)
  if (!text.trim()) throw new FleetError('BAD_REQUEST', 'Expected JSON Body')
  // CSRF defence (Fleet 4.4x): browsers send Origin/Referer; a JSON API only takes JSON from them.
  if ((req.headers.origin || req.headers.referer) && !/^application\/json\s*(;|$)/i.test(req.headers['content-type'] ?? '')) {
    throw new FleetError('UNSUPPORTED_MEDIA_TYPE', 'unsupported content type: use application/json')
  }
  let body: unknown
  try { body = JSON.parse(text) } catch (e) { throw new FleetError('BAD_REQUEST', `json decoder error: ${(e as Error).message}`) }
  const violation = findJsonBodyViolation(text, body)
  if (violation?.kind === 'nul') throw nul(violation.name)
  if (violation) {
    throw new FleetError('BAD_REQUEST', `json decoder error: nested deeper than ${MAX_JSON_DEPTH} levels`, {
      fieldErrors: [{ name: violation.name, reason: `nested deeper than ${MAX_JSON_DEPTH} levels` }],
    })
  }
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
