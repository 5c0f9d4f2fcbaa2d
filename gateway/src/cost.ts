// The cost of an operation, priced by list sizes (docs/limits.md, "Cost"). The weights are those of
// the cost directives spec the supergraph carries (https://specs.apollo.dev/cost/v0.1, also what
// Apollo Router's and Hive Gateway's demand control read):
//   - a field of object, interface or union type costs 1, a scalar or enum field 0
//     (`@cost(weight:)` on the field, or else on its type, replaces that weight);
//   - a list multiplies what is below it: by its `@listSize` slicing argument (`first`/`last`, from
//     a literal, a variable or its default), else by its `assumedSize`; with `sizedFields`
//     (`edges`, `nodes` of a connection) only those children are multiplied; a list without
//     `@listSize` counts as UNSIZED_LIST_SIZE items;
//   - introspection (`__schema`, `__type`, `__typename`) is free (depth and tokens bound it).
//
// Why not a library as it stands (ADR in docs/limits.md): graphql-armor's cost rule multiplies by
// `first`/`last` only when they are integer literals (`first: $n` is priced as 1) and knows no
// schema; Hive Gateway's demand control prices each subgraph request after planning, as the plan
// runs, so an operation is refused after part of it has executed. This prices the operation
// before any of that, from the same directives.
//
// Each fragment is priced once per operation (spreads reuse the price), so fragment fan-out costs
// one visit per fragment; a fragment cycle is priced 0 here and refused by graphql-js's own rule.
import {
  Kind, getNamedType, isCompositeType, isListType, isNonNullType, valueFromASTUntyped,
  type DirectiveNode, type DocumentNode, type FieldNode, type FragmentDefinitionNode, type GraphQLField,
  type GraphQLNamedType, type GraphQLOutputType, type GraphQLSchema, type OperationDefinitionNode,
  type SelectionSetNode, type ValueNode,
} from 'graphql'

/** `@listSize` as declared on a field of the supergraph. */
export interface ListSize {
  assumedSize?: number
  slicingArguments?: string[]
  sizedFields?: string[]
}

/** The cost directives of a schema, by `Type.field` (and `Type` for `@cost` on a type). */
export interface CostDirectives {
  listSize: Map<string, ListSize>
  weight: Map<string, number>
}

/** What a list without `@listSize` is assumed to hold. */
export const UNSIZED_LIST_SIZE = 10

const COST_SPEC = 'https://specs.apollo.dev/cost/v0.1'

/** The local names of `@cost` and `@listSize` as the schema's `@link` of the cost spec imports them. */
function directiveNames(doc: DocumentNode): { cost: string; listSize: string } {
  const names = { cost: 'cost', listSize: 'listSize' }
  for (const def of doc.definitions) {
    if (def.kind !== Kind.SCHEMA_DEFINITION && def.kind !== Kind.SCHEMA_EXTENSION) continue
    for (const d of def.directives ?? []) {
      if (d.name.value !== 'link') continue
      const args = Object.fromEntries((d.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value)]))
      if (typeof args.url !== 'string' || !args.url.startsWith(COST_SPEC)) continue
      const prefix = typeof args.as === 'string' ? args.as : 'cost'
      const imports = Array.isArray(args.import) ? args.import : []
      for (const key of ['cost', 'listSize'] as const) {
        const imported = imports.find((i: unknown) => i === `@${key}` || (typeof i === 'object' && i && (i as { name?: string }).name === `@${key}`))
        names[key] = imported === undefined ? `${prefix}__${key}` : typeof imported === 'string' ? key : String((imported as { as?: string }).as ?? `@${key}`).replace(/^@/, '')
      }
    }
  }
  return names
}

const argsOf = (d: DirectiveNode) => Object.fromEntries((d.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value)]))
const positive = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : undefined)

/** Reads `@cost` and `@listSize` from an SDL document (the supergraph, or a test schema). */
export function costDirectivesOf(doc: DocumentNode): CostDirectives {
  const names = directiveNames(doc)
  const out: CostDirectives = { listSize: new Map(), weight: new Map() }
  for (const def of doc.definitions) {
    if (!('name' in def) || !def.name || !('kind' in def)) continue
    const typeName = def.name.value
    for (const d of ('directives' in def ? def.directives : undefined) ?? []) {
      if (d.name.value === names.cost) { const w = positive(argsOf(d).weight); if (w !== undefined) out.weight.set(typeName, w) }
    }
    const fields = 'fields' in def ? def.fields : undefined
    for (const f of fields ?? []) {
      if (f.kind !== Kind.FIELD_DEFINITION) continue
      const key = `${typeName}.${f.name.value}`
      for (const d of f.directives ?? []) {
        const a = argsOf(d)
        if (d.name.value === names.cost) { const w = positive(a.weight); if (w !== undefined) out.weight.set(key, w) }
        if (d.name.value === names.listSize) {
          out.listSize.set(key, {
            assumedSize: positive(a.assumedSize),
            slicingArguments: Array.isArray(a.slicingArguments) ? a.slicingArguments.map(String) : undefined,
            sizedFields: Array.isArray(a.sizedFields) ? a.sizedFields.map(String) : undefined,
          })
        }
      }
    }
  }
  return out
}

/** How many list levels a type has ([[T]] → 2). */
function listDepth(type: GraphQLOutputType): number {
  let depth = 0
  let t: GraphQLOutputType = type
  while (isNonNullType(t) || isListType(t)) {
    if (isListType(t)) depth++
    t = (t as { ofType: GraphQLOutputType }).ofType
  }
  return depth
}

export interface CostInput {
  schema: GraphQLSchema
  document: DocumentNode
  directives: CostDirectives
  /** The request's variables (a slicing argument given as a variable takes its value from here). */
  variables?: Record<string, unknown> | null
}

/** The cost of the most expensive operation in the document. */
export function operationCost({ schema, document, directives, variables }: CostInput): number {
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d)
  let max = 0
  for (const d of document.definitions) {
    if (d.kind !== Kind.OPERATION_DEFINITION) continue
    max = Math.max(max, new Pricer(schema, directives, fragments, d, variables ?? {}).operation())
  }
  return max
}

class Pricer {
  /** Fragment prices by fragment and sizing (undefined while being priced: a cycle, priced 0). */
  private readonly priced = new Map<string, number | undefined>()

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly directives: CostDirectives,
    private readonly fragments: Map<string, FragmentDefinitionNode>,
    private readonly op: OperationDefinitionNode,
    private readonly variables: Record<string, unknown>,
  ) {}

  operation(): number {
    const root = this.schema.getRootType(this.op.operation) ?? undefined
    return this.selections(this.op.selectionSet, root)
  }

  private value(node: ValueNode | undefined): unknown {
    if (!node) return undefined
    if (node.kind === Kind.VARIABLE) {
      const name = node.name.value
      if (name in this.variables) return this.variables[name]
      const def = this.op.variableDefinitions?.find((v) => v.variable.name.value === name)
      return def?.defaultValue ? valueFromASTUntyped(def.defaultValue) : undefined
    }
    return valueFromASTUntyped(node, this.variables)
  }

  /** @skip(if: true) and @include(if: false) take a selection out of the operation, and out of its price. */
  private skipped(node: { directives?: readonly DirectiveNode[] }): boolean {
    for (const d of node.directives ?? []) {
      const cond = d.arguments?.find((a) => a.name.value === 'if')
      if (d.name.value === 'skip' && this.value(cond?.value) === true) return true
      if (d.name.value === 'include' && this.value(cond?.value) === false) return true
    }
    return false
  }

  private selections(set: SelectionSetNode, parent: GraphQLNamedType | undefined, sized?: { fields: string[]; size: number }): number {
    let cost = 0
    for (const s of set.selections) {
      if (this.skipped(s)) continue
      if (s.kind === Kind.FIELD) {
        cost += this.field(s, parent, sized?.fields.includes(s.name.value) ? sized.size : undefined)
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        const type = s.typeCondition ? this.schema.getType(s.typeCondition.name.value) ?? undefined : parent
        cost += this.selections(s.selectionSet, type, sized)
      } else {
        cost += this.fragment(s.name.value, sized)
      }
    }
    return cost
  }

  /** A fragment's price, once per sizing it is spread under (a connection's sized fields, or none). */
  private fragment(name: string, sized?: { fields: string[]; size: number }): number {
    const def = this.fragments.get(name)
    if (!def) return 0
    const key = sized ? `${name}|${sized.size}|${sized.fields.join(',')}` : name
    if (this.priced.has(key)) return this.priced.get(key) ?? 0
    this.priced.set(key, undefined)
    const cost = this.selections(def.selectionSet, this.schema.getType(def.typeCondition.name.value) ?? undefined, sized)
    this.priced.set(key, cost)
    return cost
  }

  /** `sizedAs`: the field is a sized field (edges, nodes) of a connection priced at that many items. */
  private field(node: FieldNode, parent: GraphQLNamedType | undefined, sizedAs?: number): number {
    if (node.name.value.startsWith('__')) return 0
    const def: GraphQLField<unknown, unknown> | undefined = parent && 'getFields' in parent ? (parent.getFields() as Record<string, GraphQLField<unknown, unknown>>)[node.name.value] : undefined
    const named = def ? getNamedType(def.type) : undefined
    const key = parent ? `${parent.name}.${node.name.value}` : undefined
    // An unknown field (graphql-js's rules refuse it later) is priced as an object with no list.
    const composite = named ? isCompositeType(named) : Boolean(node.selectionSet)
    const weight = (key === undefined ? undefined : this.directives.weight.get(key)) ?? (named ? this.directives.weight.get(named.name) : undefined) ?? (composite ? 1 : 0)
    const listSize = key ? this.directives.listSize.get(key) : undefined
    let size = 1
    let sized: { fields: string[]; size: number } | undefined
    if (listSize) {
      let n: number | undefined
      for (const arg of listSize.slicingArguments ?? []) {
        const given = node.arguments?.find((a) => a.name.value === arg)
        const v = positive(given ? this.value(given.value) : def?.args.find((a) => a.name === arg)?.defaultValue)
        if (v !== undefined) n = Math.max(n ?? 0, v)
      }
      n ??= listSize.assumedSize ?? UNSIZED_LIST_SIZE
      if (listSize.sizedFields?.length) sized = { fields: listSize.sizedFields, size: n }
      else size = n
    } else if (sizedAs !== undefined) {
      size = sizedAs
    } else if (def) {
      size = UNSIZED_LIST_SIZE ** listDepth(def.type)
    }
    const below = node.selectionSet ? this.selections(node.selectionSet, named, sized) : 0
    return size * (weight + below)
  }
}
