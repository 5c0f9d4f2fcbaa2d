import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { OsqueryLogFile } from './osquery-log.js'

const read = (f: string) => readFileSync(f, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l))

describe('osquery log file', () => {
  it('keeps the order of concurrent appends and rotates to .1 past the size limit', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'oqlog-'))
    try {
      const file = path.join(dir, 'nested', 'result.log')
      const log = new OsqueryLogFile(file, 200)
      await Promise.all([log.append([{ n: 1 }, { n: 2 }]), log.append([{ n: 3 }]), log.append([])])
      assert.deepEqual(read(file), [{ n: 1 }, { n: 2 }, { n: 3 }])
      await log.append([{ pad: 'x'.repeat(200) }])
      assert.deepEqual(read(file + '.1'), [{ n: 1 }, { n: 2 }, { n: 3 }])
      assert.deepEqual(read(file), [{ pad: 'x'.repeat(200) }])
      await log.close()
    } finally { rmSync(dir, { recursive: true, force: true }) }
  })

  it('rejects the appends of a batch that could not be written', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'oqlog-'))
    try {
      const blocker = path.join(dir, 'a-file')
      writeFileSync(blocker, '')
      const log = new OsqueryLogFile(path.join(blocker, 'result.log'), 1000) // its parent is a file: ENOTDIR
      await assert.rejects(log.append([{ n: 1 }]))
    } finally { rmSync(dir, { recursive: true, force: true }) }
  })
})
