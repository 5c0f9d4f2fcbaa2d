import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { parseCliArgs, UsageError } from './args.js'

const required = ['--hosts', '5', '--server', 'http://127.0.0.1:8080/', '--enroll-secret', 's']

describe('parseCliArgs', () => {
  it('applies the documented defaults', () => {
    const o = parseCliArgs(required)!
    assert.deepEqual(
      [o.hosts, o.server, o.platforms, o.distributedInterval, o.configInterval, o.loggerInterval, o.startPeriod, o.seed, o.insecure],
      [5, 'http://127.0.0.1:8080', ['ubuntu', 'darwin', 'windows', 'centos'], 10, 60, 60, 10, 1, false],
    )
  })

  it('reads every flag', () => {
    const o = parseCliArgs([...required, '--platforms', 'darwin,windows', '--distributed-interval', '3', '--config-interval', '20', '--logger-interval', '7', '--start-period', '0', '--seed', '9', '--insecure'])!
    assert.deepEqual([o.platforms, o.distributedInterval, o.configInterval, o.loggerInterval, o.startPeriod, o.seed, o.insecure], [['darwin', 'windows'], 3, 20, 7, 0, 9, true])
  })

  it('rejects missing, unknown and malformed flags', () => {
    assert.throws(() => parseCliArgs(['--hosts', '5']), UsageError)
    assert.throws(() => parseCliArgs([...required, '--platforms', 'beos']), /unknown platform "beos"/)
    assert.throws(() => parseCliArgs([...required.slice(2), '--hosts', 'x']), /--hosts must be an integer/)
    assert.throws(() => parseCliArgs([...required, '--bogus']), UsageError)
    assert.throws(() => parseCliArgs(['--hosts', '1', '--server', 'ftp://x', '--enroll-secret', 's']), /http/)
  })

  it('returns undefined for --help', () => {
    assert.equal(parseCliArgs(['--help']), undefined)
  })
})
