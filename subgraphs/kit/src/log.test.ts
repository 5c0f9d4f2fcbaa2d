import { afterEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { LOG_REDACTED, createLogger, setLogLevel } from './log.js'

/** What `fn` wrote to stderr, as lines. */
function stderrOf(fn: () => void): string[] {
  const write = process.stderr.write
  let out = ''
  process.stderr.write = ((chunk: string | Uint8Array) => { out += chunk.toString(); return true }) as typeof process.stderr.write
  try { fn() } finally { process.stderr.write = write }
  return out.split('\n').filter(Boolean)
}

const parse = (line: string) => JSON.parse(line) as Record<string, unknown>

describe('createLogger', () => {
  afterEach(() => setLogLevel('info'))

  it('writes one JSON line per entry on stderr: level label, ISO time, serviceName, the fields and msg', () => {
    const lines = stderrOf(() => createLogger('stack').error('unhandled promise rejection', { uuid: 'u-1', error: 'Error: boom\n    at x (y.js:1:1)' }))
    assert.equal(lines.length, 1)
    assert.match(lines[0], /unhandled promise rejection/) // what test/e2e/faults/outages.test.ts looks for
    const entry = parse(lines[0])
    assert.deepEqual({ ...entry, time: undefined }, { level: 'error', time: undefined, serviceName: 'stack', uuid: 'u-1', error: 'Error: boom\n    at x (y.js:1:1)', msg: 'unhandled promise rejection' })
    assert.equal(new Date(entry.time as string).toISOString(), entry.time)
  })

  it('writes a caller\'s own "level" field once (REST passes one), not as a repeated key', () => {
    const [line] = stderrOf(() => createLogger('gateway').error('rest error', { level: 'error', uuid: 'u-2', path: '/api/v1/fleet/hosts' }))
    assert.equal(line.match(/"level"/g)?.length, 1, line)
    assert.equal(parse(line).level, 'error')
  })

  it('censors credentials by field name, at the top level and one level down', () => {
    const pem = '-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----\n'
    const secrets = {
      password: 'hunter2', token: 'tok-1', node_key: 'nk-1', enroll_secret: 'es-1', api_key: 'ak-1', apiToken: 'at-1',
      device_token: 'dt-1', privateKeyPem: pem, scep_key: pem,
      headers: { authorization: 'Bearer abc', cookie: 'sid=1', 'set-cookie': 'sid=2', 'x-api-key': 'xk' },
      body: { password: 'nested-pw', node_key: 'nested-nk' },
    }
    const [line] = stderrOf(() => createLogger('t').warn('something', { ...secrets, uuid: 'kept' }))
    for (const value of ['hunter2', 'tok-1', 'nk-1', 'es-1', 'ak-1', 'at-1', 'dt-1', 'MIIEow', 'Bearer abc', 'sid=1', 'sid=2', 'xk', 'nested-pw', 'nested-nk']) {
      assert.ok(!line.includes(value), `${value} leaked: ${line}`)
    }
    const entry = parse(line) as Record<string, Record<string, unknown>> & Record<string, unknown>
    assert.equal(entry.password, LOG_REDACTED)
    assert.equal(entry.privateKeyPem, LOG_REDACTED)
    assert.deepEqual(entry.headers, { authorization: LOG_REDACTED, cookie: LOG_REDACTED, 'set-cookie': LOG_REDACTED, 'x-api-key': LOG_REDACTED })
    assert.deepEqual(entry.body, { password: LOG_REDACTED, node_key: LOG_REDACTED })
    assert.equal(entry.uuid, 'kept')
  })

  it('scrubs secrets that travel inside URLs: device tokens, token-like query parameters, user:password@', () => {
    const [line] = stderrOf(() => createLogger('t').error('rest error', {
      path: '/api/latest/fleet/device/6f0c4bd1-secret/policies',
      url: '/api/fleet/orbit/installer?enroll_secret=es-2&desktop=true',
      error: 'connect ECONNREFUSED redis://default:pw-3@127.0.0.1:6379 (postgresql://fleet:pw-4@db/fleet)',
    }))
    for (const value of ['6f0c4bd1-secret', 'es-2', 'pw-3', 'pw-4']) assert.ok(!line.includes(value), `${value} leaked: ${line}`)
    const entry = parse(line)
    assert.equal(entry.path, `/api/latest/fleet/device/${LOG_REDACTED}/policies`)
    assert.equal(entry.url, `/api/fleet/orbit/installer?enroll_secret=${LOG_REDACTED}&desktop=true`)
    assert.match(entry.error as string, /redis:\/\/\[Redacted\]@127\.0\.0\.1:6379 \(postgresql:\/\/\[Redacted\]@db\/fleet\)$/)
  })

  it('follows setLogLevel, also for loggers created before the call', () => {
    const log = createLogger('bus')
    assert.equal(stderrOf(() => log.debug('hidden at info')).length, 0)
    setLogLevel('warn')
    assert.deepEqual(stderrOf(() => { log.info('i'); log.warn('w'); log.error('e') }).map((l) => parse(l).msg), ['w', 'e'])
    setLogLevel('debug')
    assert.deepEqual(stderrOf(() => log.debug('d', { n: 1 })).map((l) => [parse(l).level, parse(l).n]), [['debug', 1]])
    setLogLevel('silent')
    assert.equal(stderrOf(() => log.error('e')).length, 0)
  })
})
