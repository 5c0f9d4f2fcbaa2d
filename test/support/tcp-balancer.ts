// A round-robin TCP load balancer in front of several replicas, as a test's
// agents see production: each new connection goes to the next replica that
// accepts it, so a killed replica's share moves to the others.
import { connect, createServer, type AddressInfo, type Socket } from 'node:net'

export interface Balancer { url: string; close(): Promise<void> }

export async function startBalancer(backends: string[]): Promise<Balancer> {
  const targets = backends.map((u) => new URL(u))
  let next = 0
  const sockets = new Set<Socket>()
  const server = createServer((client) => {
    sockets.add(client)
    client.on('close', () => sockets.delete(client))
    client.pause()
    const attempt = (tries: number) => {
      if (tries >= targets.length) return void client.destroy()
      const t = targets[next++ % targets.length]
      const upstream = connect(Number(t.port), t.hostname)
      upstream.once('error', () => attempt(tries + 1))
      upstream.once('connect', () => {
        upstream.removeAllListeners('error')
        sockets.add(upstream)
        upstream.on('close', () => { sockets.delete(upstream); client.destroy() })
        upstream.on('error', () => client.destroy())
        client.on('error', () => upstream.destroy())
        client.on('close', () => upstream.destroy())
        client.pipe(upstream).pipe(client)
        client.resume()
      })
    }
    attempt(0)
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => { for (const s of sockets) s.destroy(); await new Promise((r) => server.close(r)) },
  }
}
