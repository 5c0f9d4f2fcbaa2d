// Server-side request timing for `npm run bench -- --graph`, loaded into the stack process with
// `node --import` (the product has no timing hook of its own; its Prometheus histograms have
// 5 ms-wide buckets around the figures that matter here). It times every HTTP request that carries
// an `x-bench-row` header, from Node's 'request' event (headers parsed, before the body is read) to
// the response's 'finish' (the last byte handed to the kernel): the gateway's whole work, body
// parsing, planning, subgraph execution, SQL and serialisation included, the client and the
// loopback socket excluded. `GET /__bench/timings?row=<name>` answers the row's durations in
// milliseconds and forgets them; it is answered here, before the application sees the request.
import http from 'node:http'

const timings = new Map()
const emit = http.Server.prototype.emit

http.Server.prototype.emit = function (event, ...args) {
  if (event === 'request') {
    const [req, res] = args
    if (req.url?.startsWith('/__bench/timings')) {
      const row = new URL(req.url, 'http://x').searchParams.get('row') ?? ''
      const body = JSON.stringify(timings.get(row) ?? [])
      timings.delete(row)
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(body)
      return true
    }
    const row = req.headers['x-bench-row']
    if (typeof row === 'string') {
      const t0 = process.hrtime.bigint()
      res.once('finish', () => {
        const ms = Number(process.hrtime.bigint() - t0) / 1e6
        const list = timings.get(row) ?? []
        list.push(ms)
        timings.set(row, list)
      })
    }
  }
  return emit.call(this, event, ...args)
}
