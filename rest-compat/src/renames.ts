// Fleet's 2026 renames: queries → reports, teams → fleets (fleetdm/fleet PRs #43587, #47378). Fleet
// keeps one table of primary (new) paths with their deprecated (old) paths, both serving one handler
// (server/service/deprecated_paths.go), and renames JSON keys per field with a `renameto` tag
// (server/platform/endpointer): a request may use either spelling of a key, both at once is a 400
// ("Specify only one of …"), and an answer carries both spellings. This module is that, declared once:
// `renamed` emits a route's two entries for the route table, `withRenamedKeys` a request schema that
// accepts both spellings of its keys.
import { z } from 'zod'
import type { Route } from './routes.js'

/**
 * A route Fleet renamed: the new spelling is the route (first in the table), each old spelling an
 * alias serving the same endpoint (documented as deprecated in the OpenAPI document, naming the new path).
 * @example
 *   ...renamed({ method: 'post', path: `${V}/spec/fleets`, endpoint: applyTeamSpecs, doc: 'Apply fleets' }, `${V}/spec/teams`),
 */
export function renamed(route: Omit<Route, 'renamedTo'>, ...oldPaths: string[]): Route[] {
  return [route, ...oldPaths.map((path) => ({ ...route, path, doc: `${route.doc} — deprecated spelling of ${route.path}`, renamedTo: route.path }))]
}

/**
 * A request object (body or query string) whose keys Fleet renamed: each new key (`renames[new] = old`)
 * is accepted in place of the old one and read as it; both in one object is a 400 naming the two, as
 * Fleet answers (AliasConflictError). The document lists both keys.
 * @example
 *   body: withRenamedKeys({ query_id: z.number().int().nullish() }, { report_id: 'query_id' })
 */
export function withRenamedKeys<S extends z.ZodRawShape, N extends string>(
  shape: S, renames: Readonly<Record<N, keyof S & string>>,
): z.ZodType<z.output<z.ZodObject<S>>, z.input<z.ZodObject<S>> & Partial<Record<N, unknown>>> {
  const pairs = Object.entries(renames) as [N, keyof S & string][]
  const extra = Object.fromEntries(pairs.map(([neu, old]) => [neu, (shape[old] as unknown as z.ZodType).meta({ description: `Fleet's new name for \`${old}\` (not with it)` })]))
  return z.object({ ...shape, ...extra })
    .superRefine((v, ctx) => {
      const o = v as Record<string, unknown>
      for (const [neu, old] of pairs) {
        if (o[neu] !== undefined && o[old] !== undefined) ctx.addIssue({ code: 'custom', path: [neu], message: `Specify only one of "${old}" or "${neu}"` })
      }
    })
    .transform((v) => {
      const o: Record<string, unknown> = { ...v }
      for (const [neu, old] of pairs) {
        if (o[neu] !== undefined) o[old] = o[neu]
        delete o[neu]
      }
      return o as z.output<z.ZodObject<S>>
    }) as unknown as z.ZodType<z.output<z.ZodObject<S>>, z.input<z.ZodObject<S>> & Partial<Record<N, unknown>>>
}
