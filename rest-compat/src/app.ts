// The REST compatibility app: Fleet's documented routes, each translated into
// GraphQL operations on the federated schema.
import Koa from 'koa'
import Router from '@koa/router'
import { errorMiddleware, RestError } from './errors.js'
import type { GraphQLExecutor } from './executor.js'
import { API_VERSIONS, ROUTES } from './routes.js'

export interface RestAppOptions {
  execute: GraphQLExecutor
  bodyLimitBytes: number
  log: (fields: Record<string, unknown>) => void
}

export function createRestApp(opts: RestAppOptions): Koa {
  const app = new Koa()
  app.proxy = true // behind a load balancer, X-Forwarded-For names the client (rate limits key on it)
  app.silent = true // errors are logged by the error middleware, with their uuid
  app.use(errorMiddleware(opts.log))
  const router = new Router()
  router.param('version', (version, ctx, next) => {
    if (!API_VERSIONS.has(version)) throw new RestError('NOT_FOUND', `unknown API version: ${version}`)
    return next()
  })
  // Fleet declares ids as {id:[0-9]+}: a non-numeric id matches no route there, so it is a 404 here too.
  router.param('id', (id, ctx, next) => {
    if (!/^\d{1,10}$/.test(id)) throw new RestError('NOT_FOUND', `no route for ${ctx.method} ${ctx.path}`)
    return next()
  })
  const deps = { execute: opts.execute, bodyLimitBytes: opts.bodyLimitBytes }
  for (const r of ROUTES) {
    const handler = r.endpoint(deps)
    router[r.method](r.path, r.errors ? (ctx) => { ctx.state.errorStyle = r.errors; return handler(ctx) } : handler)
  }
  app.use(router.routes())
  app.use(router.allowedMethods({ throw: true }))
  // Anything else is a JSON 404 in Fleet's shape (API clients parse every body).
  app.use(async (ctx) => { throw new RestError('NOT_FOUND', `no route for ${ctx.method} ${ctx.path}`) })
  return app
}
