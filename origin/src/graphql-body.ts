// GRAPHQL_BODY_LIMIT_BYTES is the /graphql body limit. GraphQL Yoga, under the
// Hive runtime, caps bodies at its own default (maxRequestBodySize, 25,000,000
// bytes), which the runtime offers no option to change. So a JSON body is read
// here, bounded by our limit, and handed over already parsed, as Node frameworks
// with a body parser do (`req.body`): the Fetch adapter (whatwg-node) then reads
// no stream, and Yoga's size check has nothing to count. The Content-Length
// header, already checked against our limit, is dropped so Yoga does not compare
// it with its own.
import type { IncomingMessage } from 'node:http'

export interface BodyRefusal { status: number; code: string; message: string }

const JSON_TYPES = /^application\/(graphql\+)?json\b/i

/** A POST whose body Yoga would parse as JSON. */
export const isJsonPost = (req: IncomingMessage) => req.method === 'POST' && JSON_TYPES.test(req.headers['content-type'] ?? '')

/** Reads and parses a JSON body of at most `limit` bytes into `req.body`; a refusal when it cannot. */
export async function readJsonBody(req: IncomingMessage, limit: number): Promise<BodyRefusal | undefined> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > limit) return { status: 413, code: 'PAYLOAD_TOO_LARGE', message: `request body is larger than ${limit} bytes` }
    chunks.push(chunk)
  }
  let body: unknown
  try {
    body = JSON.parse(Buffer.concat(chunks, size).toString('utf8'))
  } catch {
    return { status: 400, code: 'BAD_REQUEST', message: 'POST body sent invalid JSON.' }
  }
  // The adapter takes only a non-empty object as already parsed (it would read the spent stream otherwise).
  if (body === null || typeof body !== 'object' || Object.keys(body).length === 0) {
    return { status: 400, code: 'BAD_REQUEST', message: 'POST body must be a JSON object with a query' }
  }
  ;(req as IncomingMessage & { body?: unknown }).body = body
  delete req.headers['content-length']
  return undefined
}
