export { createRestApp, type RestAppOptions } from './app.js'
export type { GraphQLExecutor, GraphQLRequest, GraphQLResponse, GraphQLSubscriber } from './executor.js'
export { createResultSockets } from './results/sockets.js'
export { ROUTES } from './routes.js'
