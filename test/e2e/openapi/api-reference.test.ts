// The API reference page at GET /api/docs, as a newcomer uses it: a real browser (Debian's
// chromium, driven by playwright-core) opens the page, sees the operations of the route table with
// their summaries, signs in with the Authorize button and runs GET /me with "Try it out". Nothing
// may leave for another origin, and the page must run under its Content-Security-Policy.
//
// The browser: CHROMIUM_PATH, default /usr/bin/chromium (`apt-get install chromium`; CI installs it).
// Without it this test fails, as the GraphiQL test does (test/e2e/graph/graphiql.test.ts).
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { KIBANA_PATH, ROUTES } from '@fleetgraph/rest-compat'
import { startIsolatedStack, type TestStack } from '../../support/stack.js'
import { setupInstance } from '../../support/fleet.js'

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const DEADLINE_MS = 30_000

/** Kibana's paths (FleetDM's orbit routes, under /api/fleet/orbit, are FleetDM's). */
const isKibanaPath = (path: string) => KIBANA_PATH.test(path) && !path.startsWith('/api/fleet/orbit/')

describe('API reference page in a browser', () => {
  let stack: TestStack
  let browser: Browser
  let token: string

  before(async () => {
    assert.ok(existsSync(CHROMIUM), `no Chromium at ${CHROMIUM}: install Debian's chromium package (apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary`)
    stack = await startIsolatedStack()
    token = (await setupInstance(stack.url)).token
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] })
  })
  after(async () => {
    await browser?.close()
    await stack?.stop()
  })

  /** A page that records every request for another origin (and stops it) and every CSP violation. */
  async function openReference(pagePath = '/api/docs'): Promise<{ context: BrowserContext; page: Page; elsewhere: string[]; cspViolations: string[] }> {
    const origin = new URL(stack.url).origin
    const context = await browser.newContext()
    const page = await context.newPage()
    const elsewhere: string[] = []
    const cspViolations: string[] = []
    await context.route('**/*', (route) => {
      const url = route.request().url()
      if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin) return route.continue()
      elsewhere.push(url)
      return route.abort()
    })
    page.on('console', (m) => { if (/Content.Security.Policy/i.test(m.text())) cspViolations.push(m.text()) })
    const response = await page.goto(`${stack.url}${pagePath}`, { waitUntil: 'load', timeout: DEADLINE_MS })
    assert.equal(response?.status(), 200)
    await page.locator('.opblock').first().waitFor({ timeout: DEADLINE_MS })
    return { context, page, elsewhere, cspViolations }
  }

  it('renders every route of the route table, FleetDM\'s and Kibana\'s on their own pages, with their summaries, and loads nothing from elsewhere', async () => {
    const kibanaRoutes = ROUTES.filter((r) => isKibanaPath(r.path))
    for (const [pagePath, routes, summary] of [
      ['/api/docs', ROUTES.filter((r) => !isKibanaPath(r.path)), 'spec: Packs > Get pack'],
      ['/api/docs/kibana', kibanaRoutes, 'Kibana seed 003: Fleet > Get agent setup info (F6)'],
    ] as const) {
      const { context, page, elsewhere, cspViolations } = await openReference(pagePath)
      await page.waitForFunction((n) => document.querySelectorAll('.opblock').length >= n, routes.length, { timeout: DEADLINE_MS }).catch(() => {})
      assert.equal(await page.locator('.opblock').count(), routes.length, `${pagePath}: one operation per route`)
      await page.getByText(summary, { exact: true }).waitFor({ timeout: DEADLINE_MS })
      assert.match(await page.locator('.info .title').innerText(), /Fleetgraph REST API/)
      assert.deepEqual(elsewhere, [], 'no request left for another origin')
      assert.deepEqual(cspViolations, [], 'the page runs under its Content-Security-Policy')
      await context.close()
    }
    assert.ok(kibanaRoutes.length > 0 && kibanaRoutes.length < ROUTES.length)
  })

  it('signs in with Authorize and runs GET /me with "Try it out" against this server', async () => {
    const { context, page, elsewhere, cspViolations } = await openReference()
    // Authorize: the bearer token, kept in the page only (persistAuthorization is off).
    await page.locator('.auth-wrapper .authorize').click()
    const bearer = page.locator('.auth-container').filter({ hasText: 'bearerAuth' })
    await bearer.locator('input').fill(token)
    await bearer.getByRole('button', { name: 'Apply credentials' }).click()
    await bearer.getByRole('button', { name: 'Close' }).click()

    const me = page.locator('#operations-Authentication-get_api_version_fleet_me')
    await me.locator('.opblock-summary').click()
    await me.getByRole('button', { name: 'Try it out' }).click()
    await me.locator('select').first().selectOption('latest')
    await me.getByRole('button', { name: 'Execute' }).click()
    const live = me.locator('.live-responses-table')
    await live.getByText('admin@example.com').first().waitFor({ timeout: DEADLINE_MS })
    assert.equal((await live.locator('tbody .response-col_status').first().innerText()).trim(), '200')
    assert.match(await me.locator('.request-url').innerText(), /\/api\/latest\/fleet\/me$/)
    assert.deepEqual(elsewhere, [], 'no request left for another origin')
    assert.deepEqual(cspViolations, [], 'the page runs under its Content-Security-Policy')
    await context.close()
  })
})
