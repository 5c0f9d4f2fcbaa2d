// GraphiQL at GET /graphql, as a newcomer uses it: a real browser (Debian's chromium, driven by
// playwright-core) opens the page, puts a bearer token in the Headers tab, runs the default
// query and reads the answer in the result pane. Nothing may leave for another origin, and the
// page must run under its Content-Security-Policy without a violation.
//
// The browser: CHROMIUM_PATH, default /usr/bin/chromium (`apt-get install chromium`; CI installs it).
// Without it this test fails: it is the only test of the page in a browser.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { chromium, type Browser, type Page } from 'playwright-core'
import { startIsolatedStack, type TestStack } from '../../support/stack.js'
import { setupInstance } from '../../support/fleet.js'

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const DEADLINE_MS = 30_000

const HEADERS_EDITOR = '.graphiql-editor-tool .monaco-editor[data-uri*="headers"]'
const QUERY_EDITOR = '.graphiql-query-editor .monaco-editor'

/** Replaces the text of a Monaco editor as a user would: click, select all, type. */
async function typeInto(page: Page, editor: string, text: string): Promise<void> {
  await page.locator(editor).first().click()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.press('Delete')
  // Inserted as one piece (as a paste is), so Monaco's auto-closing brackets cannot reshape it.
  await page.keyboard.insertText(text)
}

describe('GraphiQL in a browser', () => {
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

  it('loads offline, sends the bearer token from the Headers tab and shows the answer', async () => {
    const origin = new URL(stack.url).origin
    const context = await browser.newContext()
    const page = await context.newPage()
    const elsewhere: string[] = []
    const cspViolations: string[] = []
    const graphqlRequests: { authorization?: string; body: string }[] = []
    // Every request is looked at before it leaves; one for another origin is recorded and stopped.
    await context.route('**/*', (route) => {
      const url = route.request().url()
      if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin) return route.continue()
      elsewhere.push(url)
      return route.abort()
    })
    page.on('request', (req) => {
      if (new URL(req.url()).origin === origin && req.method() === 'POST') graphqlRequests.push({ authorization: req.headers().authorization, body: req.postData() ?? '' })
    })
    page.on('console', (m) => { if (/Content.Security.Policy/i.test(m.text())) cspViolations.push(m.text()) })

    const response = await page.goto(`${stack.url}/graphql`, { waitUntil: 'load', timeout: DEADLINE_MS })
    assert.equal(response?.status(), 200)
    await page.locator('.graphiql-execute-button').waitFor({ timeout: DEADLINE_MS })

    // The bearer token, in the Headers tab of the editor tools.
    await page.getByRole('button', { name: 'Headers' }).click()
    await typeInto(page, HEADERS_EDITOR, JSON.stringify({ Authorization: `Bearer ${token}` }))
    // The query: the user's own email.
    await typeInto(page, QUERY_EDITOR, '{ me { email } }')
    await page.locator('.graphiql-execute-button').click()

    const result = page.locator('.result-window')
    await result.getByText('admin@example.com').waitFor({ timeout: DEADLINE_MS })
    const text = (await result.innerText()).replace(/\s+/g, '')
    assert.ok(text.includes('"me":{"email":"admin@example.com"}'), text)

    const run = graphqlRequests.find((r) => r.body.includes('me') && r.body.includes('email') && !r.body.includes('__schema'))
    assert.equal(run?.authorization, `Bearer ${token}`, 'the query carried the token from the Headers tab')
    assert.deepEqual(elsewhere, [], 'no request left for another origin')
    assert.deepEqual(cspViolations, [], 'the page runs under its Content-Security-Policy')
    await context.close()
  })

  it('introspects with the token (the schema is served to signed-in users only)', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(`${stack.url}/graphql`, { waitUntil: 'load', timeout: DEADLINE_MS })
    await page.locator('.graphiql-execute-button').waitFor({ timeout: DEADLINE_MS })
    await page.getByRole('button', { name: 'Headers' }).click()
    await typeInto(page, HEADERS_EDITOR, JSON.stringify({ Authorization: `Bearer ${token}` }))
    await typeInto(page, QUERY_EDITOR, '{ __schema { queryType { name } } }')
    await page.locator('.graphiql-execute-button').click()
    const result = page.locator('.result-window')
    await result.getByText('"Query"').waitFor({ timeout: DEADLINE_MS })
    await context.close()
  })
})
