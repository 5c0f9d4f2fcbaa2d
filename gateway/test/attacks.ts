// Hostile documents from issue 11, shared by the gateway's unit tests.

/** `fragment F1 on Query { ...F0 ...F0 }` … `FN`, operation `{ ...FN }`: 2^N copies of `hosts { id }` once expanded. */
export function fanOut(n: number): string {
  let doc = 'fragment F0 on Query { hosts { id } } '
  for (let i = 1; i <= n; i++) doc += `fragment F${i} on Query { ...F${i - 1} ...F${i - 1} } `
  return `${doc}{ ...F${n} }`
}

/** `{ a1: hosts { id hostname } a2: … }` */
export const aliases = (n: number, field = 'hosts { id hostname }') =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i + 1}: ${field}`).join(' ')} }`

/** `{ ... on Query { ... on Query { … hosts { id } } } }` */
export const nestedInlineFragments = (n: number) => `{ ${'... on Query { '.repeat(n)}hosts { id }${' }'.repeat(n)} }`

/** `{ hosts { hosts { … id } } }` */
export const nestedSelections = (n: number) => `{ ${'hosts { '.repeat(n)}id${' }'.repeat(n)} }`

/** F0 → F1 → … → F(n-1) → F0 */
export function fragmentCycle(n: number): string {
  let doc = '{ ...F0 } '
  for (let i = 0; i < n; i++) doc += `fragment F${i} on Query { ...F${(i + 1) % n} } `
  return doc
}

/** `{ hosts { id @include(if: true) id @include(if: true) … } }` */
export const directives = (n: number) => `{ hosts { ${Array.from({ length: n }, () => 'id @include(if: true)').join(' ')} } }`
