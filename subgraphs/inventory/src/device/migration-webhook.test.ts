import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { FleetError } from '@fleetgraph/subgraph-kit'
import { migrationPayload, postMigrationWebhook } from './migration-webhook.js'

describe('MDM migration webhook sender', () => {
  let server: Server
  let url: string
  const received: { method?: string; type?: string; body: any }[] = []
  let answer = 200

  before(async () => {
    server = createServer((req, res) => {
      let raw = ''
      req.on('data', (c) => { raw += c })
      req.on('end', () => {
        received.push({ method: req.method, type: req.headers['content-type'], body: JSON.parse(raw) })
        if (req.url === '/slow') return // never answers: the sender's timeout must fire
        res.writeHead(answer).end('ok')
      })
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  after(async () => { server.closeAllConnections(); await new Promise((r) => server.close(r)) })

  it("posts Fleet's payload as JSON: timestamp and the host's id, uuid and serial", async () => {
    const at = new Date('2024-05-01T10:00:00Z')
    await postMigrationWebhook(`${url}/hook`, migrationPayload({ id: 7, uuid: 'U-7', hardware_serial: 'C02XYZ' }, at))
    const r = received.at(-1)!
    assert.equal(r.method, 'POST')
    assert.equal(r.type, 'application/json')
    assert.deepEqual(r.body, { timestamp: '2024-05-01T10:00:00.000Z', host: { id: 7, uuid: 'U-7', hardware_serial: 'C02XYZ' } })
  })

  it('fails with SERVICE_UNAVAILABLE when the receiver answers non-2xx', async () => {
    answer = 500
    try {
      await assert.rejects(postMigrationWebhook(`${url}/hook`, migrationPayload({ id: 1, uuid: 'u', hardware_serial: 's' }, new Date())),
        (e: unknown) => e instanceof FleetError && e.code === 'SERVICE_UNAVAILABLE' && /answered 500/.test(e.message))
    } finally { answer = 200 }
  })

  it('fails with SERVICE_UNAVAILABLE when the receiver is unreachable or too slow', async () => {
    await assert.rejects(postMigrationWebhook('http://127.0.0.1:1/hook', migrationPayload({ id: 1, uuid: 'u', hardware_serial: 's' }, new Date())),
      (e: unknown) => e instanceof FleetError && e.code === 'SERVICE_UNAVAILABLE')
    await assert.rejects(postMigrationWebhook(`${url}/slow`, migrationPayload({ id: 1, uuid: 'u', hardware_serial: 's' }, new Date()), 200),
      (e: unknown) => e instanceof FleetError && e.code === 'SERVICE_UNAVAILABLE')
  })
})
