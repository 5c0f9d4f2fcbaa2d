// The campaigns list's rules against a fake store: who sees which campaigns, what a filter or a
// cursor becomes before it reaches SQL, and what is refused.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { OrderDirection, toNodeId, type FleetError, type Role, type Viewer } from '@fleetgraph/subgraph-kit'
import { createLoaders, type CampaignsContext } from '../context.js'
import type { CampaignRepository, CampaignScope, KeysetWindow } from './campaign.repository.js'
import { CampaignOrderField } from './campaign.args.js'
import { CampaignStatus, type CampaignRow } from './campaign.type.js'
import { CampaignGraphService } from './campaign-graph.service.js'

const service = new CampaignGraphService()
const viewer = (globalRole: Role | null): Viewer =>
  ({ userId: 7, email: 'u@example.com', name: 'U', globalRole, teams: globalRole ? [] : [{ teamId: 3, role: 'maintainer' }], sessionId: 1, apiOnly: false })
const row = (id: number): CampaignRow => ({ id, query_id: 1, user_id: 7, status: 2, created_at: new Date(Date.UTC(2026, 0, id)), updated_at: new Date(0), action_id: `action-${id}`, kibana_action_id: null })

/** Records what the list asks of storage; returns `rows` for every page. */
function fakeContext(v: Viewer, rows: CampaignRow[] = []) {
  const pages: [CampaignScope, KeysetWindow][] = []
  const repo = {
    async page(scope: CampaignScope, w: KeysetWindow) { pages.push([scope, w]); return rows },
    async count() { return rows.length },
  } as Pick<CampaignRepository, 'page' | 'count'>
  const repos = { campaigns: repo as CampaignRepository }
  // Only what the list reads: the viewer, the repository and the loaders.
  const ctx = { viewer: v, repos, loaders: createLoaders(repos) } as unknown as CampaignsContext
  return { ctx, pages }
}

const code = async (p: Promise<unknown>) => { try { await p; return 'ok' } catch (e) { return (e as FleetError).code } }

describe('campaigns list', () => {
  it('shows global roles every campaign and team members only their own', async () => {
    for (const [role, owner] of [['observer', null], ['admin', null], [null, 7]] as const) {
      const { ctx, pages } = fakeContext(viewer(role))
      await service.list(ctx, {})
      assert.equal(pages[0]![0].owner, owner, String(role))
    }
  })

  it('turns filters into stored values: ids of either form, statuses as Fleet\'s integers', async () => {
    const { ctx, pages } = fakeContext(viewer('admin'))
    await service.list(ctx, { filter: { queryId: toNodeId('SavedQuery', 4), userId: '9', status: [CampaignStatus.WAITING, CampaignStatus.COMPLETED] } })
    assert.deepEqual(pages[0]![0], { owner: null, queryId: 4, userId: 9, statuses: [0, 2] })
  })

  it('answers an empty page without asking storage when a filter id names another type', async () => {
    const { ctx, pages } = fakeContext(viewer('admin'), [row(1)])
    const page = await service.list(ctx, { filter: { queryId: toNodeId('Host', 4) } })
    assert.deepEqual(page.nodes, [])
    assert.equal(pages.length, 0)
  })

  it('pages newest first by default and hands out cursors that page on from the row', async () => {
    const { ctx, pages } = fakeContext(viewer('admin'), [row(3), row(2), row(1)])
    const first = await service.list(ctx, { first: 2 })
    assert.deepEqual(first.nodes.map((c) => c.row.id), [3, 2])
    assert.equal(first.pageInfo.hasNextPage, true)
    assert.deepEqual(pages[0]![1], { forward: true, limit: 3, cursor: null, desc: true })
    await service.list(ctx, { first: 2, after: first.pageInfo.endCursor })
    assert.deepEqual(pages[1]![1], { forward: true, limit: 3, cursor: [row(2).created_at.toISOString(), 2], desc: true })
  })

  it('refuses a cursor issued for the other direction, and a page over the maximum', async () => {
    const { ctx } = fakeContext(viewer('admin'), [row(2), row(1)])
    const { pageInfo } = await service.list(ctx, { first: 1 })
    assert.equal(await code(service.list(ctx, { first: 1, after: pageInfo.endCursor, orderBy: { field: CampaignOrderField.CREATED_AT, direction: OrderDirection.ASC } })), 'BAD_REQUEST')
    assert.equal(await code(service.list(ctx, { first: 501 })), 'PAGE_SIZE_EXCEEDED')
  })

  it('answers 401 to an anonymous caller', async () => {
    const { ctx } = fakeContext(viewer('admin'))
    assert.equal(await code(service.list({ ...ctx, viewer: null }, {})), 'UNAUTHENTICATED')
  })
})
