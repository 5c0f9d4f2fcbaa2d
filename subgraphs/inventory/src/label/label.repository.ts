import type { Database } from '@fleetgraph/prisma'
import { keysetCount, keysetPage, likeContains, raw, sql, type KeyedRow, type KeysetTable, type KeysetWindow, type Sql } from '../paging/paging.repository.js'
import type { LabelRow } from './label.type.js'

/** Filters of the labels connection (label.service.ts parses them). */
export interface LabelFilterSpec { search?: string; labelType?: string; membershipType?: string; platform?: string }

const table = (order: 'NAME' | 'CREATED_AT'): KeysetTable => ({
  select: raw('l.id, l.name, l.description, l.query, l.platform, l.label_type, l.label_membership_type, l.created_at, l.updated_at'),
  from: raw('labels l'),
  key: raw(order === 'NAME' ? 'l.name' : 'l.created_at'),
  cast: order === 'NAME' ? 'text' : 'timestamp',
  id: raw('l.id'),
})

function conds(f: LabelFilterSpec): Sql[] {
  const c: Sql[] = []
  if (f.search) c.push(sql`l.name ILIKE ${likeContains(f.search)}`)
  if (f.labelType) c.push(sql`l.label_type = ${f.labelType}`)
  if (f.membershipType) c.push(sql`l.label_membership_type = ${f.membershipType}`)
  if (f.platform != null) c.push(sql`l.platform = ${f.platform}`)
  return c
}

export class LabelRepository {
  constructor(private readonly db: Database) {}
  /** Every label by id (REST's label lists). */
  list(): Promise<LabelRow[]> { return this.db.prisma.label.findMany({ orderBy: { id: 'asc' } }) }
  byIds(ids: number[]): Promise<LabelRow[]> { return this.db.prisma.label.findMany({ where: { id: { in: ids } } }) }

  /** One keyset page of labels. */
  page(f: LabelFilterSpec, order: 'NAME' | 'CREATED_AT', w: KeysetWindow): Promise<KeyedRow<LabelRow>[]> {
    return keysetPage<LabelRow>(this.db, table(order), conds(f), w)
  }

  count(f: LabelFilterSpec): Promise<number> { return keysetCount(this.db, table('NAME'), conds(f)) }

  /** The labels of each host, by name, in one statement (Host.labels). */
  async ofHosts(hostIds: number[]): Promise<Map<number, LabelRow[]>> {
    const rows = await this.db.prisma.labelMembership.findMany({
      relationLoadStrategy: 'join',
      where: { host_id: { in: hostIds } },
      select: { host_id: true, label: true },
    })
    const out = new Map<number, LabelRow[]>(hostIds.map((id) => [id, []]))
    for (const r of rows) out.get(r.host_id)?.push(r.label)
    for (const labels of out.values()) labels.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id - b.id))
    return out
  }
}
