// The client address the limits key on (client-address.ts): X-Forwarded-For is believed only from a
// trusted proxy, read from the right past trusted hops; TRUSTED_PROXIES is checked at start.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { IncomingMessage } from 'node:http'
import { clientAddressResolver, parseTrustedProxies } from '../src/client-address.js'
import { loadOriginConfig } from '../src/config.js'

const req = (peer: string | undefined, xff?: string) => {
  const socket = { remoteAddress: peer }
  return { headers: xff === undefined ? {} : { 'x-forwarded-for': xff }, socket, connection: socket } as unknown as IncomingMessage
}

describe('client address', () => {
  it('trusts only loopback by default: a proxy on this machine names the client, a direct client cannot', () => {
    const addressOf = clientAddressResolver(loadOriginConfig({}).TRUSTED_PROXIES)
    assert.equal(addressOf(req('127.0.0.1', '198.51.100.7')), '198.51.100.7')
    assert.equal(addressOf(req('::ffff:127.0.0.1', '198.51.100.7')), '198.51.100.7')
    assert.equal(addressOf(req('203.0.113.9', '198.51.100.7')), '203.0.113.9', 'a direct client sending the header keeps its own address')
    assert.equal(addressOf(req('127.0.0.1')), '127.0.0.1')
  })

  it('reads X-Forwarded-For from the right: a client cannot prepend an address through a trusted proxy', () => {
    const addressOf = clientAddressResolver(parseTrustedProxies('loopback, 10.0.0.0/8'))
    assert.equal(addressOf(req('127.0.0.1', '1.1.1.1, 198.51.100.7')), '198.51.100.7')
    assert.equal(addressOf(req('127.0.0.1', '1.1.1.1, 198.51.100.7, 10.1.2.3')), '198.51.100.7', 'past every trusted hop')
    assert.equal(addressOf(req('127.0.0.1', 'garbage')), 'garbage', 'what the trusted proxy says is taken as said')
  })

  it('with none, the peer is always the client', () => {
    const addressOf = clientAddressResolver(parseTrustedProxies('none'))
    assert.equal(addressOf(req('127.0.0.1', '198.51.100.7')), '127.0.0.1')
    assert.equal(addressOf(req(undefined, '198.51.100.7')), 'unknown')
  })

  it('refuses a TRUSTED_PROXIES it cannot read, naming it', () => {
    for (const bad of ['10.0.0.0/99', 'not-an-address', 'loopback,,999.1.1.1']) {
      assert.throws(() => loadOriginConfig({ TRUSTED_PROXIES: bad }), /TRUSTED_PROXIES/, bad)
    }
    assert.deepEqual(loadOriginConfig({ TRUSTED_PROXIES: ' uniquelocal , 192.0.2.1 ' }).TRUSTED_PROXIES, ['uniquelocal', '192.0.2.1'])
  })
})
