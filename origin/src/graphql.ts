// /graphql on the public origin: GraphQL over HTTP with the body bounded before the runtime reads
// it, and graphql-ws for WebSocket upgrades. The operations themselves run in the gateway.
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocketServer } from 'ws'
import { useServer } from 'graphql-ws/use/ws'
import type { FederatedGateway } from '@fleetgraph/gateway'
import { bindToClientAddress } from '@fleetgraph/subgraph-kit'
import { isJsonPost, readJsonBody } from './graphql-body.js'

export function graphqlEndpoint(gateway: FederatedGateway, bodyLimitBytes: number, addressOf: (req: IncomingMessage) => string) {
  const gw = gateway.runtime

  function http(req: IncomingMessage, res: ServerResponse): void {
    // Bounded before anything is read: a body must declare its length (411 for chunked uploads, which
    // could otherwise grow without limit), and a declared length over the limit is a 413.
    const refuse = (status: number, code: string, message: string) => {
      res.writeHead(status, { 'content-type': 'application/json', connection: 'close' })
      res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }))
    }
    if (req.method === 'POST' && req.headers['content-length'] === undefined) return refuse(411, 'BAD_REQUEST', 'a request body must declare its Content-Length')
    if (Number(req.headers['content-length'] ?? 0) > bodyLimitBytes) {
      return refuse(413, 'PAYLOAD_TOO_LARGE', `request body is larger than ${bodyLimitBytes} bytes`)
    }
    // Our limit, not the runtime's built-in 25 MB: JSON bodies reach it already parsed (graphql-body.ts).
    if (isJsonPost(req)) return void readJsonBody(req, bodyLimitBytes).then((no) => (no ? refuse(no.status, no.code, no.message) : gw(req, res)), () => res.destroy())
    return void gw(req, res)
  }

  const wss = new WebSocketServer({ noServer: true })
  // Errors relayed from subgraphs are plain objects; graphql-ws expects GraphQLError.toJSON(), so serialise them here.
  const plain = (e: any) => (typeof e?.toJSON === 'function' ? e.toJSON() : { message: e?.message, locations: e?.locations, path: e?.path, extensions: e?.extensions })
  const wsServer = useServer({
    ...gateway.wsOptions((ctx) => ({ req: ctx.extra?.request, socket: ctx.extra?.socket })),
    onNext: (_c: unknown, _id: unknown, _p: unknown, _a: unknown, result: any) => (result?.errors ? { ...result, errors: result.errors.map(plain) } : result),
    onError: (_c: unknown, _id: unknown, _p: unknown, errors: readonly unknown[]) => errors.map(plain) as any,
  } as any, wss)

  function upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    // Each graphql-ws message runs as a request from the client's address (login over graphql-ws is limited too).
    wss.handleUpgrade(req, socket, head, (ws) => { bindToClientAddress(ws, addressOf(req)); wss.emit('connection', ws, req) })
  }

  // Keep-alive pings: load balancers drop idle sockets (graphql-ws has no pings of its own on the server).
  const ping = setInterval(() => { for (const c of wss.clients) c.ping() }, 25_000)
  ping.unref()

  return {
    http,
    upgrade,
    /** Ends every graphql-ws socket and its subscriptions. */
    close: async () => {
      clearInterval(ping)
      for (const c of wss.clients) c.terminate()
      await wsServer.dispose()
    },
  }
}
