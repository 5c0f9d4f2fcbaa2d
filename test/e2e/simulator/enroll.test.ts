// The host simulator (`npm run simulate`) against the real stack: 20 simulated
// osquery agents enroll through the osquery remote API and show up as hosts in
// GraphQL; SIGTERM stops the simulator cleanly with its summary.
// Only enrollment is asserted: the simulator tolerates servers that do not
// serve config/distributed/log yet, and this test must not depend on them.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { ROOT, startIsolatedStack, type TestStack } from '../../support/stack.js'
import { setupInstance, ENROLL_SECRET } from '../../support/fleet.js'
import { gql, waitFor } from '../../support/client.js'

const PLATFORMS = ['darwin', 'windows', 'ubuntu']
const HOSTS = 20

describe('host simulator', () => {
  let stack: TestStack
  let token: string
  let sim: ChildProcess
  let stdout = ''
  let stderr = ''
  let exited: Promise<number | null>

  before(async () => {
    stack = await startIsolatedStack()
    token = (await setupInstance(stack.url)).token
    sim = spawn(process.execPath, [
      path.join(ROOT, 'simulator/dist/cli.js'), '--hosts', String(HOSTS), '--server', stack.url, '--enroll-secret', ENROLL_SECRET,
      '--platforms', PLATFORMS.join(','), '--start-period', '2', '--seed', String(Math.floor(Math.random() * 1e6)),
    ], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
    sim.stdout!.on('data', (d) => (stdout += d))
    sim.stderr!.on('data', (d) => (stderr += d))
    exited = new Promise((resolve) => sim.on('exit', (code) => resolve(code)))
  })

  after(async () => {
    if (sim.exitCode === null && sim.signalCode === null) sim.kill('SIGKILL')
    await stack.stop()
  })

  it(`enrolls ${HOSTS} hosts with distinct hostnames on the chosen platforms`, async () => {
    const hosts = await waitFor(async () => {
      const r = await gql<{ hostList: { hostname: string; platform: string; osVersion: string }[] }>(stack.url, '{ hostList { hostname platform osVersion } }', undefined, token)
      assert.equal(r.errors, undefined, JSON.stringify(r.errors))
      return r.data!.hostList.length >= HOSTS ? r.data!.hostList : undefined
    }, 60_000, 250).catch((e) => { throw new Error(`${e.message}\nsimulator stderr:\n${stderr}`) })
    assert.equal(hosts.length, HOSTS)
    assert.equal(new Set(hosts.map((h) => h.hostname)).size, HOSTS, 'hostnames repeat')
    assert.deepEqual([...new Set(hosts.map((h) => h.platform))].sort(), [...PLATFORMS].sort())
    // Round-robin over the platforms: 7 darwin, 7 windows, 6 ubuntu.
    for (const [i, p] of PLATFORMS.entries()) assert.equal(hosts.filter((h) => h.platform === p).length, Math.ceil((HOSTS - i) / PLATFORMS.length), p)
    for (const h of hosts) assert.notEqual(h.osVersion, '', `${h.hostname} has no OS version`)
  })

  it('stops on SIGTERM with exit code 0 and prints its summary', async () => {
    sim.kill('SIGTERM')
    assert.equal(await exited, 0, stderr)
    assert.match(stdout, /Simulation summary/)
    assert.match(stdout, new RegExp(`hosts enrolled:\\s+${HOSTS}/${HOSTS}`))
    assert.match(stdout, /requests:\s+\d+ \(enroll \d+, config \d+, distributed_read \d+, distributed_write \d+, log \d+\)/)
    assert.match(stdout, /live queries answered:\s+\d+/)
  })
})
