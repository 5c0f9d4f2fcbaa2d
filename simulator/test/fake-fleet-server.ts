// The fake osquery server as a standalone process, for measuring the simulator
// at scale without a real server in the way:
//   node --import tsx simulator/test/fake-fleet-server.ts     # prints its URL
//   node simulator/dist/cli.js --hosts 10000 --server <URL> --enroll-secret secret --duration 60
// Hosts get a small pack and decorators; LIVE_AT ms after start (default 40 s)
// every enrolled host is handed one live query.
import { FakeFleet } from './fake-fleet.js'
;(async () => {
  const f = await FakeFleet.start()
  f.config = { options: { distributed_interval: 10, logger_tls_period: 10, config_refresh: 60, pack_delimiter: '/' }, decorators: { load: ['SELECT uuid AS host_uuid FROM system_info', 'SELECT hostname FROM system_info'] },
    packs: { Global: { queries: { info: { query: 'SELECT version, config_hash FROM osquery_info', interval: 30 } } } } }
  console.log(f.url)
  setTimeout(() => {
    for (const id of new Set(f.nodeKeys.values())) f.pending.set(id, { fleet_distributed_query_1: 'SELECT p.name, u.username FROM processes p JOIN users u USING (uid)' })
    console.log('live query queued for', f.pending.size)
  }, Number(process.env.LIVE_AT ?? 40000))
  setInterval(() => { console.log('requests', f.requests.length); f.requests.length = 0 }, 10000)
})()
