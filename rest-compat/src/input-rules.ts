// Rules every REST input obeys before an endpoint sees it, checked in one
// place for JSON and form bodies (body.ts) and for query strings and path
// parameters (app.ts):
// - no NUL character (U+0000) in any string or object key: PostgreSQL cannot
//   store it in text or jsonb, so it is refused as a 422 naming the field
//   instead of failing in the database as a 500;
// - JSON nested at most MAX_JSON_DEPTH levels (400): deeper documents only
//   serve to exhaust the stack of whatever walks them next.
import { RestError } from './errors.js'

/** Deepest nesting a JSON body may have. Fleet's bodies need fewer than 10 levels; Go's decoder stops at 10,000. */
export const MAX_JSON_DEPTH = 100

const NUL_REASON = 'must not contain NUL (\\u0000) characters'

/** A key as it can be shown in a field name (the NUL itself would be invisible). */
const printable = (key: string) => key.replace(/\u0000/g, '\\u0000')

/** A container being walked: its entries are visited one by one, so no input costs more than one frame per level. */
interface Frame { node: object; keys: string[] | null; next: number; key: string }

/**
 * Throws a 422 naming the first field (dotted path, as in zod's errors) whose
 * value or key holds a NUL, or a 400 past MAX_JSON_DEPTH. `where` names the
 * input when the NUL is the whole value (e.g. a top-level string body).
 * Iterative, so no input can overflow the stack here.
 */
export function checkInput(value: unknown, where: string): void {
  if (typeof value === 'string') { if (value.includes('\u0000')) throw nul(where); return }
  if (value === null || typeof value !== 'object') return
  const stack: Frame[] = [frame(value, '')]
  const pathTo = (key: string) => [...stack.slice(1).map((f) => f.key), key].join('.')
  while (stack.length) {
    const top = stack[stack.length - 1]
    const length = top.keys ? top.keys.length : (top.node as unknown[]).length
    if (top.next >= length) { stack.pop(); continue }
    const i = top.next++
    const key = top.keys ? top.keys[i] : null
    if (key !== null && key.includes('\u0000')) throw nul(pathTo(printable(key)))
    const child = key !== null ? (top.node as Record<string, unknown>)[key] : (top.node as unknown[])[i]
    if (typeof child === 'string') {
      if (child.includes('\u0000')) throw nul(pathTo(key ?? String(i)))
    } else if (child !== null && typeof child === 'object') {
      if (stack.length >= MAX_JSON_DEPTH) {
        const name = pathTo(key ?? String(i))
        throw new RestError('BAD_REQUEST', `json decoder error: nested deeper than ${MAX_JSON_DEPTH} levels`, [{ name, reason: `nested deeper than ${MAX_JSON_DEPTH} levels` }])
      }
      stack.push(frame(child, key ?? String(i)))
    }
  }
}

function frame(node: object, key: string): Frame {
  return { node, keys: Array.isArray(node) ? null : Object.keys(node), next: 0, key }
}

/**
 * checkInput for a JSON body, cheap in the common case: JSON can carry a NUL
 * only as the escape \u0000, so without one in the text only the nesting is
 * measured, on the text itself (no allocation); the walk runs when needed.
 */
export function checkJsonBody(text: string, parsed: unknown): void {
  if (text.includes('\\u0000') || jsonDepth(text) > MAX_JSON_DEPTH) checkInput(parsed, 'body')
}

/** How deeply brackets nest in a JSON text (brackets inside strings do not count). */
function jsonDepth(text: string): number {
  let depth = 0, max = 0, inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c) i++ // backslash: skip the escaped character
      else if (c === 0x22) inString = false
    } else if (c === 0x22) inString = true
    else if (c === 0x5b || c === 0x7b) { if (++depth > max) max = depth }
    else if (c === 0x5d || c === 0x7d) depth--
  }
  return max
}

function nul(name: string): RestError {
  return new RestError('VALIDATION_FAILED', `${name} ${NUL_REASON}`, [{ name, reason: NUL_REASON }])
}
