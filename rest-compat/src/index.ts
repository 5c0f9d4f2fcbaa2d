export { createRestApp, type RestAppOptions } from './app.js'
export type { GraphQLExecutor, GraphQLRequest, GraphQLResponse } from './executor.js'
export { ROUTES } from './routes.js'
