// Same-named fields merge (GraphQL spec, "Field Collection"): `{ users { id } users { email } }`
// answers one list of users, each with id and email. The router runtime's result projection
// (@graphql-hive/router-runtime 1.4.23, `projectSelectionSet`) merges two sibling fields with
// the same response key by concatenating their lists (graphql-tools' mergeDeep without
// respectArrays), so the list came back twice; fragments take another path and merge item by
// item. Before planning, each selection set is therefore rewritten to hold each response key
// once: sibling fields with the same response key, name, arguments and directives become one
// field whose selection set is the union of theirs. Siblings whose @skip/@include differ cannot
// be merged without the variables; each such later occurrence is moved into an inline fragment
// without a type condition (same meaning), which the projection merges item by item.
import { Kind, print, visit, type ASTNode, type DocumentNode, type FieldNode, type InlineFragmentNode, type SelectionNode, type SelectionSetNode } from 'graphql'

const responseKey = (f: FieldNode) => f.alias?.value ?? f.name.value
const signature = (f: FieldNode) => [f.name.value, ...(f.arguments ?? []).map(print), '@', ...(f.directives ?? []).map(print)].join(' ')

function mergeSelections(selections: readonly SelectionNode[]): SelectionNode[] | undefined {
  const out: SelectionNode[] = []
  const firstBySignature = new Map<string, number>()
  const keys = new Set<string>()
  let changed = false
  for (const sel of selections) {
    if (sel.kind !== Kind.FIELD) { out.push(sel); continue }
    const sig = `${responseKey(sel)} ${signature(sel)}`
    const at = firstBySignature.get(sig)
    if (at !== undefined) {
      changed = true
      const first = out[at] as FieldNode
      if (first.selectionSet && sel.selectionSet) {
        const union = [...first.selectionSet.selections, ...sel.selectionSet.selections]
        out[at] = { ...first, selectionSet: { ...first.selectionSet, selections: mergeSelections(union) ?? union } }
      }
      continue
    }
    if (keys.has(responseKey(sel))) {
      // Same response key, other directives: keep it, behind an inline fragment.
      changed = true
      const fragment: InlineFragmentNode = { kind: Kind.INLINE_FRAGMENT, selectionSet: { kind: Kind.SELECTION_SET, selections: [sel] } }
      out.push(fragment)
      continue
    }
    keys.add(responseKey(sel))
    firstBySignature.set(sig, out.length)
    out.push(sel)
  }
  return changed ? out : undefined
}

const normalised = new WeakMap<DocumentNode, DocumentNode>()

/**
 * The document with each selection set holding each response key once; the same object when
 * nothing had to change (the runtime caches query plans per document object), and one stable
 * result per document otherwise.
 */
export function mergeSameNamedFields(document: DocumentNode): DocumentNode {
  let out = normalised.get(document)
  if (!out) {
    out = visit(document, {
      SelectionSet: {
        leave(node: SelectionSetNode): ASTNode | undefined {
          const merged = mergeSelections(node.selections)
          return merged ? { ...node, selections: merged } : undefined
        },
      },
    })
    normalised.set(document, out)
  }
  return out
}

export function useMergeSameNamedFields() {
  const rewrite = ({ args }: any) => { args.document = mergeSameNamedFields(args.document) }
  return { onExecute: rewrite, onSubscribe: rewrite }
}
