// What no input may carry, whatever surface it arrives on (REST bodies and query strings, the osquery
// agent API's enroll): a NUL character (U+0000) in any string or object key, since PostgreSQL cannot
// store it in text or jsonb; JSON nested deeper than MAX_JSON_DEPTH, since deeper documents only serve to
// exhaust the stack of whatever walks them next. Each surface turns a violation into its own error shape.

/** Deepest nesting a JSON body may have. Fleet's bodies need fewer than 10 levels; Go's decoder stops at 10,000. */
export const MAX_JSON_DEPTH = 100

export const NUL_REASON = 'must not contain NUL (\\u0000) characters'

/** The first rule an input breaks: `name` is the field as a dotted path (as in zod's errors). */
export type InputViolation = { kind: 'nul'; name: string } | { kind: 'depth'; name: string }

/** A key as it can be shown in a field name (the NUL itself would be invisible). */
export const printableKey = (key: string): string => key.replace(/\u0000/g, '\\u0000')

/** A container being walked: its entries are visited one by one, so no input costs more than one frame per level. */
interface Frame { node: object; keys: string[] | null; next: number; key: string }

const frame = (node: object, key: string): Frame => ({ node, keys: Array.isArray(node) ? null : Object.keys(node), next: 0, key })

/**
 * The first field whose value or key holds a NUL, or that nests past MAX_JSON_DEPTH; null when the input
 * is clean. `where` names the input when the NUL is the whole value (e.g. a top-level string body).
 * Iterative, so no input can overflow the stack here.
 * @example
 *   const v = findInputViolation(JSON.parse(text), 'body')
 *   if (v?.kind === 'nul') throw validationFailed(v.name, NUL_REASON)
 */
export function findInputViolation(value: unknown, where: string): InputViolation | null {
  if (typeof value === 'string') return value.includes('\u0000') ? { kind: 'nul', name: where } : null
  if (value === null || typeof value !== 'object') return null
  const stack: Frame[] = [frame(value, '')]
  const pathTo = (key: string) => [...stack.slice(1).map((f) => f.key), key].join('.')
  while (stack.length) {
    const top = stack[stack.length - 1]
    const length = top.keys ? top.keys.length : (top.node as unknown[]).length
    if (top.next >= length) { stack.pop(); continue }
    const i = top.next++
    const key = top.keys ? top.keys[i] : null
    if (key !== null && key.includes('\u0000')) return { kind: 'nul', name: pathTo(printableKey(key)) }
    const child = key !== null ? (top.node as Record<string, unknown>)[key] : (top.node as unknown[])[i]
    if (typeof child === 'string') {
      if (child.includes('\u0000')) return { kind: 'nul', name: pathTo(key ?? String(i)) }
    } else if (child !== null && typeof child === 'object') {
      if (stack.length >= MAX_JSON_DEPTH) return { kind: 'depth', name: pathTo(key ?? String(i)) }
      stack.push(frame(child, key ?? String(i)))
    }
  }
  return null
}

/**
 * findInputViolation for a parsed JSON body, cheap in the common case: JSON can carry a NUL only as the
 * escape \u0000, so without one in the text only the nesting is measured, on the text itself (no
 * allocation); the walk runs when needed.
 */
export function findJsonBodyViolation(text: string, parsed: unknown): InputViolation | null {
  return text.includes('\\u0000') || jsonDepth(text) > MAX_JSON_DEPTH ? findInputViolation(parsed, 'body') : null
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
