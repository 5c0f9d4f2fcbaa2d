// Spec: "Downloadable installers" (Fleet Sandbox). HEAD says whether an
// installer exists (query parameters, the caller's bearer token); POST is an
// HTML form post (the token is a form field, so a browser can download) and
// streams the installer range by range through GraphQL, never holding it whole.
// The spec's 400 for an unknown kind or a missing installer is followed (Fleet
// answers 404; docs/compat.md).
import { Readable } from 'node:stream'
import type { Context } from 'koa'
import { z } from 'zod'
import { readFormBody } from '../body.js'
import { reads, runOperation, type Endpoint, type EndpointDeps } from '../endpoint.js'
import { RestError } from '../errors.js'
import { operation } from '../executor.js'
import { InstallerDocument, InstallerRangeDocument, type InstallerKind, type InstallerSelector } from '../generated/graphql.js'

const KINDS: readonly InstallerKind[] = ['pkg', 'msi', 'deb', 'rpm']
const isKind = (k: string): k is InstallerKind => (KINDS as readonly string[]).includes(k)
/** One GraphQL range per MiB written. */
const RANGE = 1024 * 1024
const FIND = operation(InstallerDocument)
const RANGE_QUERY = operation(InstallerRangeDocument)

const selectorInput = z.object({
  kind: z.string(),
  enroll_secret: z.string({ error: 'enroll_secret is required' }).min(1, 'enroll_secret is required').max(255),
  // Fleet: Desktop only when the value is exactly "true"
  desktop: z.string().optional(),
})

/** The installer a request names: `kind` from the path, `enroll_secret` and `desktop` from the query or form. */
export function selector(ctx: Context, raw: unknown): InstallerSelector {
  const r = selectorInput.safeParse(raw)
  if (!r.success) throw new RestError('BAD_REQUEST', r.error.issues[0].message, [{ name: String(r.error.issues[0].path[0] ?? 'base'), reason: r.error.issues[0].message }])
  const kind = r.data.kind
  if (!isKind(kind)) throw new RestError('BAD_REQUEST', `invalid installer kind: ${kind} (pkg, msi, deb or rpm)`)
  return { kind, enrollSecret: r.data.enroll_secret, desktop: r.data.desktop === 'true' }
}

async function find(deps: EndpointDeps, ctx: Context, s: InstallerSelector) {
  const data = await runOperation(deps, ctx, FIND, { s })
  if (!data.installer) throw new RestError('BAD_REQUEST', "installer doesn't exist")
  return data.installer
}

export const kindParam = z.object({ kind: z.string().meta({ description: 'pkg, msi, deb or rpm' }) })
/** The installer's enroll secret and flavour, in the query (HEAD, upload) or the form (download). */
export const installerQuery = selectorInput.omit({ kind: true })

/** 200 with the installer's Content-Length and no body, or 400 when there is none. */
export const headInstaller: Endpoint = reads({ params: kindParam, query: installerQuery, status: 200 }, (deps) => async (ctx) => {
  const installer = await find(deps, ctx, selector(ctx, { ...ctx.query, kind: ctx.params.kind }))
  ctx.status = 200
  ctx.set('Content-Length', String(installer.size)) // no body: Koa answers HEAD with the headers only
})

export const downloadInstaller: Endpoint = reads({
  params: kindParam, body: installerQuery.extend({ token: z.string().meta({ description: 'The session or API token (a form field, so a browser can download)' }) }), bodyType: 'form',
  responseType: 'application/octet-stream', auth: 'none', // the token is in the form
}, (deps) => async (ctx) => {
  const form = await readFormBody(ctx, deps.bodyLimitBytes)
  if (!form.token) throw new RestError('UNAUTHENTICATED', 'Authentication required')
  // The form's token authenticates the request, as a bearer token would.
  ctx.request.headers.authorization = `Bearer ${form.token}`
  const s = selector(ctx, { ...form, kind: ctx.params.kind })
  const installer = await find(deps, ctx, s)
  async function* ranges() {
    for (let offset = 0; offset < installer.size; offset += RANGE) {
      const data = await runOperation(deps, ctx, RANGE_QUERY, { s, o: offset, l: Math.min(RANGE, installer.size - offset) })
      // replaced or deleted while streaming: end the response short rather than mix two files
      if (data.installer?.createdAt !== installer.createdAt) throw new Error('installer changed during download')
      yield Buffer.from(data.installer.content, 'base64')
    }
  }
  ctx.status = 200
  ctx.set('Content-Type', 'application/octet-stream')
  ctx.set('Content-Length', String(installer.size))
  ctx.set('Content-Disposition', `attachment;filename="${installer.filename}"`)
  ctx.set('X-Content-Type-Options', 'nosniff')
  ctx.body = Readable.from(ranges())
})
