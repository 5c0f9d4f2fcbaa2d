// Label rules: any reader may list labels (Fleet's authz lets observers read them).
import { pageWindow, requireReader, toPage, searchText } from '@fleetgraph/subgraph-kit'
import type { InventoryContext } from '../context.js'
import { checkCursorKeys } from '../paging/cursor-keys.js'
import { Label } from './label.type.js'
import { LabelConnection } from './label.connection.js'
import { LabelOrderField, type LabelsArgs } from './label.args.js'
import type { LabelFilterSpec } from './label.repository.js'

export class LabelService {
  async list(ctx: InventoryContext): Promise<Label[]> {
    requireReader(ctx)
    return (await ctx.repos.labels.list()).map((r) => new Label(r))
  }

  async page(ctx: InventoryContext, args: LabelsArgs): Promise<LabelConnection> {
    requireReader(ctx)
    const field = args.orderBy?.field ?? LabelOrderField.NAME
    const desc = args.orderBy?.direction === 'DESC'
    const window = pageWindow(args, `Label.${field}_${desc ? 'DESC' : 'ASC'}`, 2)
    checkCursorKeys(window, [field === LabelOrderField.NAME ? 'text' : 'timestamp'])
    const f = args.filter
    const filter: LabelFilterSpec = {
      search: searchText(f?.search),
      labelType: f?.labelType ?? undefined,
      membershipType: f?.membershipType ?? undefined,
      platform: f?.platform ?? undefined,
    }
    const rows = await ctx.repos.labels.page(filter, field, { forward: window.forward, desc, size: window.size, cursor: window.cursor })
    return new LabelConnection(toPage(rows, window, (r) => [r.key, r.row.id], (r) => new Label(r.row), () => ctx.repos.labels.count(filter)))
  }
}
export const labelService = new LabelService()
