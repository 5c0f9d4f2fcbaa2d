// Checks answers against the OpenAPI document: finds the operation for a method and a concrete
// path, picks the response for the status (exact, then 4XX/5XX, then default) and validates the
// body with a JSON Schema 2020-12 validator (ajv's 2020 build; OpenAPI 3.1's schemas are that
// dialect). Used by the REST harness here (every answer of rest-compat's contract tests) and by
// the end-to-end contract test against a running stack (test/e2e/contract/).
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js'

/** A documented response: its body's media types and its headers. */
export interface DocResponse { $ref?: string; description?: string; content?: Record<string, unknown>; headers?: Record<string, unknown> }

export interface OpenApiDoc {
  paths: Record<string, Record<string, { tags?: string[]; responses: Record<string, DocResponse> }>>
  components?: { responses?: Record<string, DocResponse> }
  tags?: { name: string }[]
}

export interface ContractCheck {
  /** The path template the request matched (e.g. `/api/{version}/fleet/packs/{id}`). */
  template: string
  /** The response key that describes the status (`200`, `401`, `4XX`). */
  response: string
  /** ajv's errors; empty when the body matches. */
  errors: ErrorObject[]
}

const SEGMENT = '[^/]+'
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const pointer = (...parts: string[]) => parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')

export function openApiContract(doc: OpenApiDoc) {
  // strict: false: the document's schemas carry OpenAPI's own members (description on $ref, etc.).
  const ajv = new Ajv2020({ strict: false, allErrors: true })
  ajv.addSchema(doc as object, 'openapi.json')
  const compiled = new Map<string, ValidateFunction>()
  // Most literal segments first, as the router prefers `/api/v1/fleet/schedule/{id}` to `/api/{version}/…`.
  const templates = Object.keys(doc.paths)
    .map((t) => ({ t, re: new RegExp(`^${t.split(/\{\w+\}/).map(escape).join(SEGMENT)}$`), literal: t.split('/').filter((s) => !s.startsWith('{')).length }))
    .sort((a, b) => b.literal - a.literal)

  /** The path template with this method that matches `path` (without its query string). */
  function templateOf(method: string, path: string): string | undefined {
    const p = path.split('?')[0]
    return templates.find(({ t, re }) => re.test(p) && doc.paths[t][method.toLowerCase()])?.t
  }

  /** The operation and the response that describe this status (exact, then 4XX/5XX, then default); throws when there are none. */
  function responseFor(method: string, path: string, status: number): { template: string; key: string; response: DocResponse; ref?: string } {
    const m = method.toLowerCase()
    const template = templateOf(m, path)
    if (!template) throw new Error(`the OpenAPI document has no ${method.toUpperCase()} operation for ${path}`)
    const responses = doc.paths[template][m].responses
    const key = [String(status), `${String(status)[0]}XX`, 'default'].find((k) => responses[k])
    if (!key) throw new Error(`${method.toUpperCase()} ${template} documents no response for ${status}`)
    const r = responses[key]
    const resolved = r.$ref ? doc.components?.responses?.[r.$ref.split('/').pop()!] : r
    if (!resolved) throw new Error(`${method.toUpperCase()} ${template} ${key}: ${r.$ref} is not in components.responses`)
    return { template, key, response: resolved, ref: r.$ref }
  }

  /** Validates an answer's JSON body; throws when no operation or response describes it, or describes no JSON body. */
  function check(method: string, path: string, status: number, body: unknown): ContractCheck {
    const m = method.toLowerCase()
    const { template, key, response, ref: shared } = responseFor(m, path, status)
    if (!response.content?.['application/json']) throw new Error(`${method.toUpperCase()} ${template} ${key} has no JSON body`)
    const ref = shared
      ? `openapi.json#/components/responses/${pointer(shared.split('/').pop()!, 'content', 'application/json', 'schema')}`
      : `openapi.json#/paths/${pointer(template, m, 'responses', key, 'content', 'application/json', 'schema')}`
    let validate = compiled.get(ref)
    if (!validate) compiled.set(ref, validate = ajv.compile({ $ref: ref }))
    return { template, response: key, errors: validate(body) ? [] : [...(validate.errors ?? [])] }
  }

  return { templateOf, responseFor, check }
}

/** ajv's errors as one line each, for an assertion message. */
export const describeErrors = (errors: ErrorObject[]) =>
  errors.map((e) => `${e.instancePath || '(body)'} ${e.message}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`).join('\n')
