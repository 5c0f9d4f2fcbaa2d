// Label specs: read labels with their manual members' hostnames, and apply a
// whole request in one transaction (upsert by name, replace manual membership).
import type { Database } from '@fleetgraph/prisma'
import type { LabelSpecRow } from './label-spec.type.js'

export interface LabelSpecWrite {
  name: string; description: string; query: string; platform: string
  label_membership_type: 'dynamic' | 'manual'
  /** Manual labels: the member hostnames (membership is replaced); null for dynamic labels (membership untouched). */
  hosts: string[] | null
}

// Keeps each statement well under PostgreSQL's 65,535 bind parameters.
const CHUNK = 10_000

export class LabelSpecRepository {
  constructor(private readonly db: Database) {}

  /** Every label (or the one named `name`), by id, with the hostnames of manual labels' members. */
  async list(name?: string): Promise<LabelSpecRow[]> {
    const labels = await this.db.prisma.label.findMany({ where: name === undefined ? undefined : { name }, orderBy: { id: 'asc' } })
    const manual = labels.filter((l) => l.label_membership_type === 'manual' && l.label_type !== 'builtin').map((l) => l.id)
    const members = manual.length
      ? await this.db.prisma.labelMembership.findMany({
        relationLoadStrategy: 'join',
        where: { label_id: { in: manual } },
        select: { label_id: true, host: { select: { hostname: true } } },
      })
      : []
    const byLabel = new Map<number, Set<string>>(manual.map((id) => [id, new Set()]))
    for (const m of members) byLabel.get(m.label_id)?.add(m.host.hostname)
    return labels.map((l) => {
      const hosts = byLabel.get(l.id)
      return { ...l, hosts: hosts ? [...hosts].sort() : null }
    })
  }

  /** Names of the labels seeded as builtin. */
  async builtinNames(): Promise<string[]> {
    const rows = await this.db.prisma.label.findMany({ where: { label_type: 'builtin' }, select: { name: true } })
    return rows.map((r) => r.name)
  }

  /** Applies every spec in one transaction: all of them or none. */
  async apply(specs: LabelSpecWrite[]): Promise<void> {
    await this.db.prisma.$transaction(async (tx) => {
      for (const s of specs) {
        const fields = { description: s.description, query: s.query, platform: s.platform, label_membership_type: s.label_membership_type }
        const label = await tx.label.upsert({
          where: { name: s.name },
          create: { name: s.name, label_type: 'regular', ...fields },
          update: fields,
          select: { id: true },
        })
        if (!s.hosts) continue
        await tx.labelMembership.deleteMany({ where: { label_id: label.id } })
        for (let i = 0; i < s.hosts.length; i += CHUNK) {
          const hosts = await tx.host.findMany({ where: { hostname: { in: s.hosts.slice(i, i + CHUNK) } }, select: { id: true } })
          if (hosts.length) {
            await tx.labelMembership.createMany({ data: hosts.map((h) => ({ label_id: label.id, host_id: h.id })), skipDuplicates: true })
          }
        }
      }
    }, { timeout: 30_000 })
  }
}
