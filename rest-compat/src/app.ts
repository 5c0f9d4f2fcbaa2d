// The REST compatibility app: Fleet's documented routes, each translated into
// GraphQL operations on the federated schema.
import { randomUUID } from 'node:crypto'
import Koa, { type Context } from 'koa'
import Router from '@koa/router'
import { MAX_INT } from './endpoint.js'
import { errorMiddleware, RestError } from './errors.js'
import type { GraphQLExecutor } from './executor.js'
import { checkInput } from './input-rules.js'
import { API_VERSIONS, ROUTES } from './routes.js'
import { isKibanaPath, KIBANA_NOT_FOUND, kibanaConventions } from './kibana/conventions.js'

export interface RestAppOptions {
  execute: GraphQLExecutor
  bodyLimitBytes: number
  log: (fields: Record<string, unknown>) => void
}

export function createRestApp(opts: RestAppOptions): Koa {
  const app = new Koa()
  app.proxy = true // behind a load balancer, X-Forwarded-For names the client (rate limits key on it)
  app.silent = true // errors are logged by the error middleware, with their uuid
  // What still reaches Koa's own handler fails after the response started (a streamed body that breaks,
  // e.g. an installer download): the client sees a cut-off response, the log gets the uuid and the stack.
  // Koa reports a broken stream twice (its error event, then the finished response): log it once.
  const reported = new WeakSet<object>()
  app.on('error', (err: unknown, ctx?: Context) => {
    if (err !== null && typeof err === 'object') {
      if (reported.has(err)) return
      reported.add(err)
    }
    opts.log({ level: 'error', uuid: randomUUID(), path: ctx?.path, method: ctx?.method, error: String((err as Error)?.stack ?? err) })
  })
  app.use(errorMiddleware(opts.log))
  app.use(kibanaConventions())
  const router = new Router()
  router.param('version', (version, ctx, next) => {
    if (!API_VERSIONS.has(version)) throw new RestError('NOT_FOUND', `unknown API version: ${version}`)
    return next()
  })
  // Fleet declares ids as {id:[0-9]+}: a non-numeric id matches no route there, so it is a 404 here too.
  // A numeric id that does not fit an id column (32-bit) is a 400, as Fleet answers ids it cannot parse.
  router.param('id', (id, ctx, next) => {
    if (!/^\d+$/.test(id)) throw new RestError('NOT_FOUND', `no route for ${ctx.method} ${ctx.path}`)
    if (id.length > 10 || Number(id) > MAX_INT) throw new RestError('BAD_REQUEST', `id: must be at most ${MAX_INT}`, [{ name: 'id', reason: `must be at most ${MAX_INT}` }])
    return next()
  })
  const deps = { execute: opts.execute, bodyLimitBytes: opts.bodyLimitBytes }
  for (const r of ROUTES) {
    const handler = r.endpoint(deps)
    router[r.method](r.path, (ctx) => {
      if (r.errors) ctx.state.errorStyle = r.errors
      // Bodies are checked where they are read (body.ts); path and query here, before any endpoint.
      checkInput(ctx.params, 'path')
      checkInput(ctx.query, 'query')
      return handler(ctx)
    })
  }
  app.use(router.routes())
  app.use(router.allowedMethods({ throw: true }))
  // Anything else is a JSON 404 in Fleet's shape (API clients parse every body), or Kibana's Boom 404
  // under Kibana's API paths.
  app.use(async (ctx) => { throw new RestError('NOT_FOUND', isKibanaPath(ctx.path) ? KIBANA_NOT_FOUND : `no route for ${ctx.method} ${ctx.path}`) })
  return app
}
