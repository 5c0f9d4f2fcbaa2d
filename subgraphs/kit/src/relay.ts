// Relay's conventions for the graph (docs/adr/0011-node-ids-and-connections.md):
// node ids that are unique across types, and cursor connections over keyset pages.
//
// Node ids are graphql-relay's global ids (base64 of "Type:id"). Every id argument also accepts
// Fleet's bare integer id, so the REST layer and existing clients keep working.
//
// Connections: a resolver turns its ConnectionArgs into a PageWindow (validated page size and a
// decoded cursor), its repository fetches `size + 1` rows in the window's direction with a keyset
// predicate (prisma's `keysetPredicate`), and `toPage` cuts the extra row into `hasNextPage`
// (or `hasPreviousPage` when paging backwards).
import { fromGlobalId, toGlobalId } from 'graphql-relay'
import { ArgsType, Directive, Field, ID, Int, InterfaceType, ObjectType, registerEnumType, type ClassType } from 'type-graphql'
import { badRequest, FleetError } from './errors.js'

/**
 * Every type that implements Node (its GraphQL type name). The type name is part of the id, so ids
 * never collide across types. EnrollSecret is not one: its key is the secret itself, not an integer.
 */
export const NODE_TYPES = [
  'Host', 'Label', 'Team', 'User',
  'Pack', 'SavedQuery', 'ScheduledQuery', 'Policy',
  'Campaign',
  'AppleProfile',
] as const
export type NodeType = (typeof NODE_TYPES)[number]
const nodeTypes: ReadonlySet<string> = new Set(NODE_TYPES)

const MAX_DB_ID = 2_147_483_647

/** The node id of a Fleet row: `toNodeId('Host', 7)` → "SG9zdDo3". */
export function toNodeId(type: NodeType, id: number): string {
  return toGlobalId(type, String(id))
}

/** The type and integer id inside a node id, or null when it is not one of ours (canonical form only). */
export function fromNodeId(id: string): { type: NodeType; id: number } | null {
  if (id.length > 64) return null
  let decoded: { type: string; id: string }
  try { decoded = fromGlobalId(id) } catch { return null }
  if (!nodeTypes.has(decoded.type) || !/^[1-9]\d{0,9}$/.test(decoded.id)) return null
  const n = Number(decoded.id)
  if (n > MAX_DB_ID) return null
  const type = decoded.type as NodeType
  // Only the canonical spelling: "SG9zdDo3" and "SG9zdDo3\n" or padding variants are not two ids of one host.
  return toGlobalId(type, decoded.id) === id ? { type, id: n } : null
}

/**
 * Parses an id argument: Fleet's integer id (as a number or a decimal string) or a node id. With
 * `type`, a node id of another type is refused (null), so a Label's id never finds a Host.
 */
export function parseId(id: unknown, type?: NodeType): number | null {
  if (typeof id === 'string' && id !== '' && !/^\d+$/.test(id)) {
    const node = fromNodeId(id)
    return node && (!type || node.type === type) ? node.id : null
  }
  const n = typeof id === 'number' ? id : typeof id === 'string' && /^\d{1,10}$/.test(id) ? Number(id) : NaN
  return Number.isSafeInteger(n) && n > 0 && n <= MAX_DB_ID ? n : null
}

/** The description every entity's `id` field carries. */
export const NODE_ID_DESCRIPTION = 'Globally unique id (Relay global object id: base64 of "Type:databaseId"). Refetch with node(id:); id arguments also accept databaseId.'
/** The description every entity's `databaseId` field carries. */
export const DATABASE_ID_DESCRIPTION = "Fleet's integer id for this row, as the REST API and foreign-key fields (teamId, queryId, hostIds…) use it."

/**
 * Relay's Node interface. Each subgraph's entity types implement it (`@ObjectType({ implements: Node })`);
 * implementations are not registered automatically, so a subgraph's schema holds only its own types.
 * @example
 *   @ObjectType({ implements: Node, description: '…' })
 *   export class Host { @Field(() => ID, { description: NODE_ID_DESCRIPTION }) get id() { return toNodeId('Host', this.row.id) } }
 */
@InterfaceType('Node', { description: 'An object with a globally unique id: refetch it with node(id:) or nodes(ids:).', autoRegisterImplementations: false })
export abstract class Node {
  @Field(() => ID, { description: NODE_ID_DESCRIPTION })
  id!: string
}

// ---------------------------------------------------------------------------------------------
// Connections

/** Page size when neither `first` nor `last` is given. */
export const DEFAULT_PAGE_SIZE = 50
/** Largest `first`/`last` accepted; more is refused with PAGE_SIZE_EXCEEDED (docs/limits.md). */
export const MAX_PAGE_SIZE = 500
/** Longest cursor accepted: ours are well under it. */
const MAX_CURSOR_LENGTH = 1024

/** The listSize directive every connection field carries, so the gateway's cost rule prices `first`/`last`. */
export const CONNECTION_LIST_SIZE = `@listSize(assumedSize: ${DEFAULT_PAGE_SIZE}, slicingArguments: ["first", "last"], sizedFields: ["edges", "nodes"], requireOneSlicingArgument: false)`

export enum OrderDirection { ASC = 'ASC', DESC = 'DESC' }
registerEnumType(OrderDirection, {
  name: 'OrderDirection',
  description: 'Sort direction.',
  valuesConfig: { ASC: { description: 'Ascending: A to Z, oldest first.' }, DESC: { description: 'Descending: Z to A, newest first.' } },
})

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: `Return the first n items (after \`after\`); at most ${MAX_PAGE_SIZE}. Default ${DEFAULT_PAGE_SIZE} when neither first nor last is given.` })
  first?: number | null

  @Field(() => String, { nullable: true, description: 'Return items after this cursor (an edge\'s cursor or pageInfo.endCursor).' })
  after?: string | null

  @Field(() => Int, { nullable: true, description: `Return the last n items (before \`before\`); at most ${MAX_PAGE_SIZE}.` })
  last?: number | null

  @Field(() => String, { nullable: true, description: 'Return items before this cursor (an edge\'s cursor or pageInfo.startCursor).' })
  before?: string | null
}

@Directive('@shareable')
@ObjectType({ description: 'Where a page sits in its connection (Relay).' })
export class PageInfo {
  @Field(() => Boolean, { description: 'More items follow this page. When paging backwards (last/before): true when a `before` cursor was given.' })
  hasNextPage!: boolean

  @Field(() => Boolean, { description: 'More items precede this page. When paging forwards (first/after): true when an `after` cursor was given.' })
  hasPreviousPage!: boolean

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge; null on an empty page.' })
  startCursor!: string | null

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge; null on an empty page.' })
  endCursor!: string | null
}

/** Cursor values: the sort keys of a row, the row's id last. */
export type CursorKey = string | number | boolean | null

/** What a repository needs to fetch one page: direction, size (fetch size + 1) and the decoded cursor. */
export interface PageWindow {
  /** True for first/after (and the default), false for last/before. */
  forward: boolean
  size: number
  /** The keys of the cursor row (`after` when forward, `before` when backward), or null from the start/end. */
  cursor: CursorKey[] | null
  /** The order the cursor was issued for: a cursor from another order is refused. */
  order: string
}

const pageSizeExceeded = (arg: string, n: number) =>
  new FleetError('PAGE_SIZE_EXCEEDED', `${arg} is ${n}; at most ${MAX_PAGE_SIZE} items per page. Page with the cursors instead.`, { fieldErrors: [{ name: arg, reason: `must be between 0 and ${MAX_PAGE_SIZE}` }] })

function checkSize(arg: string, n: number | null | undefined): void {
  if (n == null) return
  if (!Number.isInteger(n) || n < 0) throw badRequest(`${arg} must be a non-negative integer`)
  if (n > MAX_PAGE_SIZE) throw pageSizeExceeded(arg, n)
}

/** Encodes a cursor: the order's name and the row's sort keys. */
export function encodeCursor(order: string, keys: CursorKey[]): string {
  return Buffer.from(JSON.stringify({ o: order, k: keys })).toString('base64url')
}

function decodeCursor(arg: string, cursor: string, order: string, keyCount: number): CursorKey[] {
  const invalid = () => badRequest(`${arg}: not a cursor of this list and order`)
  if (cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw invalid()
  let parsed: unknown
  try { parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) } catch { throw invalid() }
  if (!parsed || typeof parsed !== 'object') throw invalid()
  const { o, k } = parsed as { o?: unknown; k?: unknown }
  if (o !== order || !Array.isArray(k) || k.length !== keyCount) throw invalid()
  if (!k.every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v))) throw invalid()
  if (k.some((v) => typeof v === 'string' && (v.length > 512 || v.includes('\u0000')))) throw invalid()
  return k as CursorKey[]
}

/**
 * Validates connection arguments and decodes the cursor for `order` (its name, e.g. "HOSTNAME_ASC",
 * and its number of keys, the id included). BAD_REQUEST for a foreign or forged cursor, for `first`
 * with `last`, or for a cursor on the wrong side; PAGE_SIZE_EXCEEDED above MAX_PAGE_SIZE.
 */
export function pageWindow(args: ConnectionArgs, order: string, keyCount: number): PageWindow {
  checkSize('first', args.first)
  checkSize('last', args.last)
  if (args.first != null && args.last != null) throw badRequest('first and last cannot be combined: page forwards (first/after) or backwards (last/before)')
  const backward = args.last != null || (args.first == null && args.before != null)
  if (backward && args.after != null) throw badRequest('after pages forwards: use it with first')
  if (!backward && args.before != null) throw badRequest('before pages backwards: use it with last')
  const size = (backward ? args.last : args.first) ?? DEFAULT_PAGE_SIZE
  const raw = backward ? args.before : args.after
  return { forward: !backward, size, cursor: raw == null ? null : decodeCursor(backward ? 'before' : 'after', raw, order, keyCount), order }
}

/** One page, ready for a connection type. */
export interface Page<T> {
  nodes: T[]
  cursors: string[]
  pageInfo: PageInfo
  /** Counted only when the client asks for totalCount. */
  totalCount: () => Promise<number>
}

/**
 * Builds a page from the rows a repository fetched for `window` (at most `size + 1`, in the window's
 * direction: backward windows come newest-to-oldest of the order and are put back in order here).
 */
export function toPage<R, T>(rows: R[], window: PageWindow, keysOf: (row: R) => CursorKey[], wrap: (row: R) => T, totalCount: () => Promise<number>): Page<T> {
  const more = rows.length > window.size
  const kept = more ? rows.slice(0, window.size) : rows
  if (!window.forward) kept.reverse()
  const cursors = kept.map((r) => encodeCursor(window.order, keysOf(r)))
  const pageInfo = Object.assign(new PageInfo(), {
    hasNextPage: window.forward ? more : window.cursor != null,
    hasPreviousPage: window.forward ? window.cursor != null : more,
    startCursor: cursors[0] ?? null,
    endCursor: cursors[cursors.length - 1] ?? null,
  })
  let counted: Promise<number> | undefined
  return { nodes: kept.map(wrap), cursors, pageInfo, totalCount: () => (counted ??= totalCount()) }
}

/** An empty page (e.g. a parent the caller may not see into). */
export function emptyPage<T>(): Page<T> {
  return { nodes: [], cursors: [], pageInfo: Object.assign(new PageInfo(), { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null }), totalCount: async () => 0 }
}

export interface ConnectionClass<T extends object> {
  new (page: Page<T>): { readonly page: Page<T> }
}

/**
 * The Relay connection and edge types for a node type: `connectionOf(Host, 'Host')` declares
 * HostConnection { edges { cursor node } nodes pageInfo totalCount } and HostEdge. Both are
 * @shareable: subgraphs that return the same node type declare identical connection types.
 */
export function connectionOf<T extends object>(node: ClassType<T>, name: string, describe = `${name}s`): ConnectionClass<T> {
  @Directive('@shareable')
  @ObjectType(`${name}Edge`, { description: `One of ${describe} in a page, with its cursor.` })
  class Edge {
    constructor(cursor: string, node: T) { this.cursor = cursor; this.node = node }
    @Field(() => String, { description: 'Pass as `after` (or `before`) to page from this item.' })
    cursor: string

    @Field(() => node, { description: 'The item.' })
    node: T
  }

  @Directive('@shareable')
  @ObjectType(`${name}Connection`, { description: `A page of ${describe} (Relay cursor connection).` })
  class Connection {
    constructor(readonly page: Page<T>) {}

    @Field(() => [Edge], { description: 'The items of this page with their cursors.' })
    get edges(): Edge[] { return this.page.nodes.map((n, i) => new Edge(this.page.cursors[i]!, n)) }

    @Field(() => [node], { description: 'The items of this page, without cursors.' })
    get nodes(): T[] { return this.page.nodes }

    @Field(() => PageInfo, { description: 'Cursors and whether more pages exist.' })
    get pageInfo(): PageInfo { return this.page.pageInfo }

    @Field(() => Int, { description: 'How many items the whole list holds with these filters, counted on request (a count of 1,000 or more may be up to a few seconds old: ADR 0011).' })
    get totalCount(): Promise<number> { return this.page.totalCount() }
  }
  return Connection
}

/** Longest search text a list filter uses; longer text is cut (a filter, not an input to store). */
export const MAX_SEARCH_LENGTH = 255
/** A list filter's free-text search: trimmed, cut to MAX_SEARCH_LENGTH, undefined when empty. */
export function searchText(s: string | null | undefined): string | undefined {
  return s?.trim().slice(0, MAX_SEARCH_LENGTH) || undefined
}
