// Kibana Fleet settings with no FleetDM meaning (ADR 0013), stored as JSON bodies by kind and id in
// kibana_settings: Fleet Server hosts, proxies, and the osquery_manager package's install state.
import { Prisma, type Database } from '@fleetgraph/prisma'

type Json = Prisma.Prisma.InputJsonObject
export type SettingKind = 'fleet-server-host' | 'proxy' | 'epm-package'

export class KibanaSettingsRepository {
  constructor(private readonly db: Database) {}

  async get<T>(kind: SettingKind, id: string): Promise<T | null> {
    const row = await this.db.prisma.kibanaSetting.findUnique({ where: { kind_id: { kind, id } }, select: { body: true } })
    return (row?.body as T | undefined) ?? null
  }

  /** Every setting of a kind, oldest first (at most `limit`). */
  async list<T>(kind: SettingKind, limit: number): Promise<{ id: string; body: T }[]> {
    const rows = await this.db.prisma.kibanaSetting.findMany({ where: { kind }, orderBy: [{ created_at: 'asc' }, { id: 'asc' }], take: limit, select: { id: true, body: true } })
    return rows.map((r) => ({ id: r.id, body: r.body as T }))
  }

  count(kind: SettingKind): Promise<number> { return this.db.prisma.kibanaSetting.count({ where: { kind } }) }

  async put(kind: SettingKind, id: string, body: object): Promise<void> {
    await this.db.prisma.kibanaSetting.upsert({ where: { kind_id: { kind, id } }, create: { kind, id, body: body as Json }, update: { body: body as Json } })
  }

  /** Inserts a new setting; false when the id is taken. */
  async insert(kind: SettingKind, id: string, body: object): Promise<boolean> {
    const r = await this.db.prisma.kibanaSetting.createMany({ data: [{ kind, id, body: body as Json }], skipDuplicates: true })
    return r.count === 1
  }

  async delete(kind: SettingKind, id: string): Promise<boolean> {
    return (await this.db.prisma.kibanaSetting.deleteMany({ where: { kind, id } })).count === 1
  }

  async serverUrl(): Promise<string> {
    const row = await this.db.prisma.appConfig.findUnique({ where: { id: 1 }, select: { server_url: true } })
    return row?.server_url ?? ''
  }
}
