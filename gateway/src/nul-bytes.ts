// No GraphQL string may carry a NUL character (U+0000): PostgreSQL cannot store
// one in text or jsonb, so it would surface as a 500 from the database. The
// gateway refuses it before execution with 422 BAD_USER_INPUT, naming where it
// is: a variable path (`$input.name`) or an argument path (`input.name`), in the
// message and as a field error (`extensions.errors`, the registry's shape, which
// the REST layer turns into Fleet's `errors: [{name, reason}]`).
import { GraphQLError, Kind, visit, type DocumentNode, type ValueNode } from 'graphql'

const NUL = '\u0000'
const REASON = 'must not contain a NUL character (U+0000)'

const segment = (path: string, key: string | number) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key)

/** The path of the first string (or object key) holding NUL in a JSON value; iterative, so deep nesting cannot overflow the stack. */
export function nulInJson(value: unknown, root: string): string | undefined {
  const stack: [unknown, string][] = [[value, root]]
  while (stack.length) {
    const [v, path] = stack.pop()!
    if (typeof v === 'string') { if (v.includes(NUL)) return path; continue }
    if (v === null || typeof v !== 'object') continue
    if (Array.isArray(v)) { for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], segment(path, i)]); continue }
    for (const [k, child] of Object.entries(v)) {
      if (k.includes(NUL)) return segment(path, k)
      stack.push([child, segment(path, k)])
    }
  }
  return undefined
}

function nulInLiteral(value: ValueNode, root: string): string | undefined {
  const stack: [ValueNode, string][] = [[value, root]]
  while (stack.length) {
    const [v, path] = stack.pop()!
    if (v.kind === Kind.STRING) { if (v.value.includes(NUL)) return path; continue }
    if (v.kind === Kind.LIST) { v.values.forEach((item, i) => stack.push([item, segment(path, i)])); continue }
    if (v.kind === Kind.OBJECT) for (const f of v.fields) stack.push([f.value, segment(path, f.name.value)])
  }
  return undefined
}

/** The first argument path (or variable default) in the document whose literal holds NUL. */
export function nulInDocument(document: DocumentNode): string | undefined {
  let found: string | undefined
  visit(document, {
    Argument(node) { found ??= nulInLiteral(node.value, node.name.value) },
    VariableDefinition(node) { if (node.defaultValue) found ??= nulInLiteral(node.defaultValue, `$${node.variable.name.value}`) },
  })
  return found
}

export function nulError(path: string): GraphQLError {
  return new GraphQLError(`${path}: ${REASON}.`, {
    extensions: { code: 'BAD_USER_INPUT', errors: [{ name: path, reason: REASON }], http: { status: 422, spec: false } },
  })
}

/** Checks variables and literals before an operation (query, mutation or subscription) runs. */
export function useRejectNulBytes() {
  const literals = new WeakMap<DocumentNode, string | null>()
  const check = ({ args, setResultAndStopExecution }: any) => {
    let inDocument = literals.get(args.document)
    if (inDocument === undefined) literals.set(args.document, inDocument = nulInDocument(args.document) ?? null)
    const where = inDocument ?? (args.variableValues ? nulInJson(args.variableValues, '') : undefined)
    if (where === undefined || where === null) return
    setResultAndStopExecution({ errors: [nulError(inDocument ? where : `$${where}`)] })
  }
  return { onExecute: check, onSubscribe: check }
}
