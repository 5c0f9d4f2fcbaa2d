// Reads request bodies with a size limit, Fleet's decoding rules: malformed
// JSON → 400, an empty body where one is required → 400 "Expected JSON Body",
// a cross-origin request that is not JSON → 415; HTML form posts as forms.
// Every body read here passes input-rules.ts (NUL → 422, nesting → 400).
import type { Context } from 'koa'
import { RestError } from './errors.js'
import { checkInput, checkJsonBody } from './input-rules.js'

/** The raw body as text, refused past `limitBytes` (413). */
async function readText(ctx: Context, limitBytes: number): Promise<string> {
  const declared = Number(ctx.get('content-length') || 0)
  if (declared > limitBytes) throw new RestError('PAYLOAD_TOO_LARGE', `request body is larger than ${limitBytes} bytes`)
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of ctx.req) {
    size += (chunk as Buffer).length
    if (size > limitBytes) {
      ctx.req.unpipe?.()
      ctx.set('Connection', 'close')
      throw new RestError('PAYLOAD_TOO_LARGE', `request body is larger than ${limitBytes} bytes`)
    }
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/** An application/x-www-form-urlencoded body (HTML form posts, e.g. download_installer) as a plain object. */
export async function readFormBody(ctx: Context, limitBytes: number): Promise<Record<string, string>> {
  if (!ctx.is('application/x-www-form-urlencoded')) throw new RestError('BAD_REQUEST', 'expected a form body (application/x-www-form-urlencoded)')
  const form = Object.fromEntries(new URLSearchParams(await readText(ctx, limitBytes)))
  checkInput(form, 'body')
  return form
}

export async function readJsonBody(ctx: Context, limitBytes: number, required: boolean): Promise<unknown> {
  const text = await readText(ctx, limitBytes)
  if (!text.trim()) {
    if (required) throw new RestError('BAD_REQUEST', 'Expected JSON Body')
    return undefined
  }
  // CSRF defence (Fleet 4.4x): browsers send Origin/Referer; a JSON API only takes JSON from them.
  if ((ctx.get('origin') || ctx.get('referer')) && !ctx.is('application/json')) {
    throw new RestError('UNSUPPORTED_MEDIA_TYPE', 'unsupported content type: use application/json')
  }
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch (e) {
    throw new RestError('BAD_REQUEST', `json decoder error: ${(e as Error).message}`)
  }
  checkJsonBody(text, body)
  return body
}
