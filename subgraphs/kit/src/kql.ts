// Kibana's `kuery` (KQL), the subset partner scripts send, parsed here (kql.repository.ts compiles it to
// SQL over a whitelist of fields per resource; ADR 0013). Written for this product rather than taken from Kibana
// (whose grammar is not ours to copy); no maintained npm package parses KQL.
//
// Grammar (case-insensitive keywords):
//   query   := or
//   or      := and ('or' and)*
//   and     := not ('and' not)*
//   not     := 'not' not | primary
//   primary := '(' query ')' | field ':' valueExpr | field ('<' | '<=' | '>' | '>=') value | value
//   valueExpr := '(' value (('or' | 'and') value)* ')' | value
//   value   := "quoted phrase" | bare word (may hold `*` wildcards)
// Field names may carry a saved-object type prefix (`fleet-agents.status`), which is dropped.
import { invalidArgument } from './errors.js'

export type KqlNode =
  | { kind: 'and' | 'or'; items: KqlNode[] }
  | { kind: 'not'; item: KqlNode }
  /** `field:value` (field null: free text); `value` keeps `*` as a wildcard unless quoted. */
  | { kind: 'match'; field: string | null; value: string; quoted: boolean }
  | { kind: 'range'; field: string; op: '<' | '<=' | '>' | '>='; value: string }

/** Longest kuery accepted, and how deep and how many terms it may nest. */
export const KQL_LIMITS = { length: 10_000, depth: 20, terms: 200 }

type Token = { t: 'word' | 'phrase' | '(' | ')' | ':' | 'op'; v: string }

/** A validation error on `kuery` in Kibana's words. */
export function syntaxError(detail: string): never {
  throw invalidArgument('kuery', `KQLSyntaxError: ${detail}`)
}

function tokenize(text: string): Token[] {
  const out: Token[] = []
  let i = 0
  while (i < text.length) {
    const c = text[i]!
    if (/\s/.test(c)) { i++; continue }
    if (c === '(' || c === ')' || c === ':') { out.push({ t: c, v: c }); i++; continue }
    if (c === '<' || c === '>') {
      const op = text[i + 1] === '=' ? `${c}=` : c
      out.push({ t: 'op', v: op }); i += op.length; continue
    }
    if (c === '"') {
      let v = ''
      i++
      while (i < text.length && text[i] !== '"') {
        if (text[i] === '\\' && i + 1 < text.length) i++
        v += text[i++]
      }
      if (i >= text.length) syntaxError('unterminated quoted phrase')
      i++
      out.push({ t: 'phrase', v })
      continue
    }
    let v = ''
    while (i < text.length && !/[\s():<>"]/.test(text[i]!)) {
      if (text[i] === '\\' && i + 1 < text.length) i++
      v += text[i++]
    }
    out.push({ t: 'word', v })
  }
  return out
}

const isKeyword = (tok: Token | undefined, kw: string) => tok?.t === 'word' && tok.v.toLowerCase() === kw

/**
 * Parses a kuery; a blank one is null (no filter). Syntax errors and inputs past KQL_LIMITS are a
 * validation error on `kuery`.
 * @example
 *   parseKql('status:online and tags:(a or b)')
 */
export function parseKql(text: string | null | undefined): KqlNode | null {
  if (text == null || !text.trim()) return null
  if (text.length > KQL_LIMITS.length) syntaxError(`the kuery is longer than ${KQL_LIMITS.length} characters`)
  const toks = tokenize(text)
  let pos = 0
  let terms = 0
  const peek = () => toks[pos]
  const next = () => toks[pos++]
  const term = (n: KqlNode): KqlNode => {
    if (++terms > KQL_LIMITS.terms) syntaxError(`more than ${KQL_LIMITS.terms} terms`)
    return n
  }
  const value = (): { value: string; quoted: boolean } => {
    const tok = next()
    if (tok?.t === 'word' || tok?.t === 'phrase') return { value: tok.v, quoted: tok.t === 'phrase' }
    return syntaxError(`expected a value${tok ? ` but found "${tok.v}"` : ' at the end'}`)
  }
  const group = (depth: number, kind: 'or' | 'and' = 'or'): KqlNode => {
    const items: KqlNode[] = []
    for (;;) {
      const left = depth > KQL_LIMITS.depth ? syntaxError(`nested deeper than ${KQL_LIMITS.depth} levels`) : kind === 'or' ? group(depth + 1, 'and') : unary(depth + 1)
      items.push(left)
      if (!isKeyword(peek(), kind)) break
      pos++
    }
    return items.length === 1 ? items[0]! : { kind, items }
  }
  const unary = (depth: number): KqlNode => {
    if (depth > KQL_LIMITS.depth) syntaxError(`nested deeper than ${KQL_LIMITS.depth} levels`)
    if (isKeyword(peek(), 'not')) { pos++; return { kind: 'not', item: unary(depth + 1) } }
    return primary(depth)
  }
  const fieldValues = (field: string, depth: number): KqlNode => {
    if (peek()?.t !== '(') { const v = value(); return term({ kind: 'match', field, ...v }) }
    pos++
    const items: KqlNode[] = []
    let kind: 'or' | 'and' = 'or'
    for (;;) {
      if (isKeyword(peek(), 'not')) { pos++; const v = value(); items.push({ kind: 'not', item: term({ kind: 'match', field, ...v }) }) }
      else { const v = value(); items.push(term({ kind: 'match', field, ...v })) }
      if (isKeyword(peek(), 'or') || isKeyword(peek(), 'and')) {
        const k = next()!.v.toLowerCase() as 'or' | 'and'
        if (items.length > 1 && k !== kind) syntaxError('mixing "and" and "or" in one value list needs parentheses')
        kind = k
        continue
      }
      break
    }
    if (next()?.t !== ')') syntaxError('expected ")"')
    if (depth > KQL_LIMITS.depth) syntaxError(`nested deeper than ${KQL_LIMITS.depth} levels`)
    return items.length === 1 ? items[0]! : { kind, items }
  }
  const primary = (depth: number): KqlNode => {
    const tok = peek()
    if (!tok) return syntaxError('expected a term at the end')
    if (tok.t === '(') {
      pos++
      const inner = group(depth + 1)
      if (next()?.t !== ')') syntaxError('expected ")"')
      return inner
    }
    if (tok.t === 'word' && toks[pos + 1]?.t === ':') {
      pos += 2
      return fieldValues(tok.v, depth + 1)
    }
    if (tok.t === 'word' && toks[pos + 1]?.t === 'op') {
      pos += 1
      const op = next()!.v as '<' | '<=' | '>' | '>='
      return term({ kind: 'range', field: tok.v, op, value: value().value })
    }
    if (tok.t === 'word' || tok.t === 'phrase') return term({ kind: 'match', field: null, ...value() })
    return syntaxError(`unexpected "${tok.v}"`)
  }
  const ast = group(0)
  if (pos < toks.length) syntaxError(`unexpected "${toks[pos]!.v}"`)
  return ast
}
