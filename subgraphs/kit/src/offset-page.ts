// Numbered pages, as Kibana's lists page (`page` with `perPage` or `pageSize`) over its saved objects
// and Elasticsearch: an offset and a limit. Kibana's own bound is kept — no page reaches past the
// 10,000th row (SO_SEARCH_LIMIT, Elasticsearch's max_result_window) — so an offset never scans far.
import { Field, Int, ObjectType, type ClassType } from 'type-graphql'
import { invalidArgument } from './errors.js'

/** Deepest row a numbered page may reach (Kibana's SO_SEARCH_LIMIT). */
export const MAX_OFFSET_WINDOW = 10_000

export interface OffsetWindow { offset: number; limit: number; page: number; perPage: number }

/**
 * The offset and limit of page `page` (numbered from `firstPage`) of `perPage` rows, or a validation
 * error naming the argument: negative or fractional numbers, or a page reaching past MAX_OFFSET_WINDOW.
 * @example
 *   const w = offsetWindow(args.page ?? 1, args.perPage ?? 20)
 *   const rows = await repo.offsetPage(w.offset, w.limit)
 */
export function offsetWindow(page: number, perPage: number, firstPage: 0 | 1 = 1, names = { page: 'page', perPage: 'perPage' }): OffsetWindow {
  if (!Number.isInteger(page) || page < firstPage) throw invalidArgument(names.page, `must be an integer of at least ${firstPage}`)
  if (!Number.isInteger(perPage) || perPage < 0) throw invalidArgument(names.perPage, 'must be a non-negative integer')
  const offset = (page - firstPage) * perPage
  if (offset + perPage > MAX_OFFSET_WINDOW) {
    throw invalidArgument(names.page, `${names.page} × ${names.perPage} must not exceed ${MAX_OFFSET_WINDOW} (the deepest row a numbered page reaches)`)
  }
  return { offset, limit: perPage, page, perPage }
}

/** One numbered page of rows and the list's total. */
export interface OffsetPage<T> { nodes: T[]; totalCount: number }

/**
 * The GraphQL type of a numbered page of a node type: `offsetPageOf(Pack, 'Pack')` declares
 * PackPage { nodes totalCount }.
 */
export function offsetPageOf<T extends object>(node: ClassType<T>, name: string, describe = `${name}s`): ClassType<OffsetPage<T>> {
  @ObjectType(`${name}Page`, { description: `A numbered page of ${describe} and how many the whole list holds.` })
  class NumberedPage implements OffsetPage<T> {
    @Field(() => [node], { description: 'The items of this page.' }) nodes!: T[]
    @Field(() => Int, { description: 'How many items the whole list holds.' }) totalCount!: number
  }
  return NumberedPage
}
