export { startPublicServer, type PrefixHandler, type PublicServer } from './server.js'
export { loadGatewayConfig, type GatewayConfig } from './config.js'
export { SUBGRAPHS } from './subgraphs.js'
export { composeSupergraph } from './compose.js'
