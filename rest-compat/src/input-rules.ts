// Rules every REST input obeys before an endpoint sees it, checked in one place for JSON and form bodies
// (body.ts) and for query strings and path parameters (app.ts): the input hygiene every surface applies
// (subgraph-kit input-hygiene.ts: no NUL character, bounded JSON nesting), in Fleet's REST error shape:
// a NUL is a 422 naming the field, nesting past MAX_JSON_DEPTH a 400.
import { MAX_JSON_DEPTH, NUL_REASON, findInputViolation, findJsonBodyViolation, type InputViolation } from '@fleetgraph/subgraph-kit'
import { RestError } from './errors.js'

export { MAX_JSON_DEPTH }

function refuse(v: InputViolation | null): void {
  if (!v) return
  if (v.kind === 'nul') throw new RestError('VALIDATION_FAILED', `${v.name} ${NUL_REASON}`, [{ name: v.name, reason: NUL_REASON }])
  throw new RestError('BAD_REQUEST', `json decoder error: nested deeper than ${MAX_JSON_DEPTH} levels`, [{ name: v.name, reason: `nested deeper than ${MAX_JSON_DEPTH} levels` }])
}

/** Throws a 422 naming the first field holding a NUL, or a 400 past MAX_JSON_DEPTH. */
export function checkInput(value: unknown, where: string): void {
  refuse(findInputViolation(value, where))
}

/** checkInput for a JSON body, cheap when the text holds no NUL escape and nests shallowly. */
export function checkJsonBody(text: string, parsed: unknown): void {
  refuse(findJsonBodyViolation(text, parsed))
}
