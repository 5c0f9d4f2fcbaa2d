// A parsed kuery (kql.ts) as a SQL condition over one resource's whitelist of fields (ADR 0013).
import { Prisma } from '@fleetgraph/prisma'
import { syntaxError, type KqlNode } from './kql.js'

const { sql, join } = Prisma.Prisma
type Sql = Prisma.Prisma.Sql

/** How one kuery field reads in SQL. */
export interface KqlField {
  /** The column or expression compared. */
  column: Sql
  type: 'text' | 'date' | 'number' | 'boolean'
  /** The column is a text[] (tags): a match is any element matching. */
  array?: boolean
  /** Maps a written value to what the column holds (e.g. Kibana's status names), or null: matches nothing. */
  value?: (v: string) => string | null
  /** Compiles the match itself (derived fields such as an agent's status). */
  match?: (value: string) => Sql
}

export interface KqlSchema {
  /** Saved-object type names a field may be prefixed with (`fleet-agents` in `fleet-agents.status`). */
  prefixes: string[]
  /** The resource's name in errors (`fleet-agents`). */
  type: string
  fields: Record<string, KqlField>
  /** Fields free text (a value with no field) searches. */
  freeText: string[]
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`)

/** `now`, `now-10m`, `now+1d` or an ISO date, as a timestamp; else a validation error. */
function dateValue(v: string): Date {
  const m = /^now(?:([+-])(\d{1,6})([smhdwMy]))?$/.exec(v)
  if (m) {
    const unit = { s: 1e3, m: 6e4, h: 36e5, d: 864e5, w: 6048e5, M: 2592e6, y: 31536e6 }[m[3] as 's'] ?? 0
    return new Date(Date.now() + (m[1] === '-' ? -1 : 1) * Number(m[2] ?? 0) * unit)
  }
  const d = new Date(v)
  if (Number.isNaN(d.getTime())) syntaxError(`"${v}" is not a date`)
  return d
}

function fieldOf(schema: KqlSchema, name: string): KqlField {
  const dot = schema.prefixes.find((p) => name.startsWith(`${p}.`))
  const bare = dot ? name.slice(dot.length + 1) : name
  const f = Object.hasOwn(schema.fields, bare) ? schema.fields[bare] : undefined
  if (!f) syntaxError(`This key '${bare}' does NOT exist in ${schema.type} saved object index patterns`)
  return f
}

function matchSql(f: KqlField, raw: string, quoted: boolean): Sql {
  if (!quoted && raw === '*') return f.array ? sql`cardinality(${f.column}) > 0` : sql`${f.column} IS NOT NULL`
  if (f.match) return f.match(raw)
  const mapped = f.value ? f.value(raw) : raw
  if (mapped == null) return sql`FALSE`
  switch (f.type) {
    case 'boolean': {
      if (!/^(true|false)$/i.test(mapped)) syntaxError(`"${raw}" is not a boolean`)
      return sql`${f.column} = ${mapped.toLowerCase() === 'true'}`
    }
    case 'number': {
      if (!/^-?\d+(\.\d+)?$/.test(mapped)) syntaxError(`"${raw}" is not a number`)
      return sql`${f.column} = ${Number(mapped)}`
    }
    case 'date': return sql`${f.column} = ${dateValue(mapped)}`
    default: {
      const wild = !quoted && mapped.includes('*')
      if (f.array) {
        return wild
          ? sql`EXISTS (SELECT 1 FROM unnest(${f.column}) AS kql_t(v) WHERE kql_t.v ILIKE ${escapeLike(mapped).replace(/\*/g, '%')})`
          : sql`${mapped} = ANY(${f.column})`
      }
      // Keyword fields: exact, case-sensitive as Elasticsearch's keywords; `*` is a wildcard.
      return wild ? sql`${f.column} ILIKE ${escapeLike(mapped).replace(/\*/g, '%')}` : sql`${f.column} = ${mapped}`
    }
  }
}

function rangeSql(f: KqlField, op: string, raw: string): Sql {
  const opSql = Prisma.Prisma.raw(op)
  if (f.type === 'date') return sql`${f.column} ${opSql} ${dateValue(raw)}`
  if (f.type === 'number') {
    if (!/^-?\d+(\.\d+)?$/.test(raw)) syntaxError(`"${raw}" is not a number`)
    return sql`${f.column} ${opSql} ${Number(raw)}`
  }
  return sql`${f.column} ${opSql} ${raw}`
}

/**
 * A parsed kuery as a SQL condition over the schema's fields (`TRUE` for none). Unknown fields are a
 * validation error in Kibana's strict-KQL words.
 * @example
 *   const where = kqlToSql(parseKql(kuery), AGENT_KQL)
 */
export function kqlToSql(node: KqlNode | null, schema: KqlSchema): Sql {
  if (!node) return sql`TRUE`
  switch (node.kind) {
    case 'and': case 'or':
      return sql`(${join(node.items.map((n) => kqlToSql(n, schema)), node.kind === 'and' ? ' AND ' : ' OR ')})`
    case 'not': return sql`NOT (${kqlToSql(node.item, schema)})`
    case 'range': return rangeSql(fieldOf(schema, node.field), node.op, node.value)
    case 'match': {
      if (node.field !== null) return matchSql(fieldOf(schema, node.field), node.value, node.quoted)
      const text = node.quoted ? `%${escapeLike(node.value)}%` : `%${escapeLike(node.value).replace(/\*/g, '%')}%`
      const cols = schema.freeText.map((n) => schema.fields[n]!.column)
      return cols.length ? sql`(${join(cols.map((c) => sql`${c} ILIKE ${text}`), ' OR ')})` : sql`FALSE`
    }
  }
}
