export { startOrigin, type AgentApiMount, type Origin, type OriginServices, type OriginSettings } from './server.js'
export { routeTable, dispatchRequest, dispatchUpgrade, type HttpHandler, type Route, type RouteHandlers, type UpgradeHandler } from './routes.js'
export { createPathProxy, type PathProxy } from './path-proxy.js'
export { loadOriginConfig, tlsOptions, type OriginConfig } from './config.js'
