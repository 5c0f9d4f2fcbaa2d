// A connection's sort order as the services and repositories share it: the field, the direction,
// and the name a cursor is issued for (a cursor of another order is refused by pageWindow).
import { OrderDirection, type CursorKey } from '@fleetgraph/subgraph-kit'

export interface SortOrder<F extends string> { field: F; desc: boolean; name: string }

export function sortOrder<F extends string>(o: { field: F; direction?: OrderDirection | null } | null | undefined, defaultField: F): SortOrder<F> {
  const field = o?.field ?? defaultField
  const desc = o?.direction === OrderDirection.DESC
  return { field, desc, name: `${field}_${desc ? 'DESC' : 'ASC'}` }
}

/** A timestamp as a cursor key (milliseconds, as the columns store them: TIMESTAMP(3)). */
export const timeKey = (d: Date): CursorKey => d.toISOString()
