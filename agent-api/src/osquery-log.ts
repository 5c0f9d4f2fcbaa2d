// Agents' result and status logs (POST /api/osquery/log), written as JSON lines
// the way Fleet's default "filesystem" logger plugin does: one line per entry,
// appended in arrival order, rotated by size. Writes are batched per event-loop
// turn so 1,000 log posts a second cost a handful of appends, and a request is
// answered only once its lines are on disk (an acknowledged log is never lost).
import { appendFile, mkdir, rename, stat } from 'node:fs/promises'
import path from 'node:path'

export class OsqueryLogFile {
  private pending: string[] = []
  private waiters: { resolve(): void; reject(e: Error): void }[] = []
  private flushing: Promise<void> | null = null
  private size = -1

  constructor(private readonly file: string, private readonly maxBytes: number) {}

  /** Appends one JSON line per entry; resolves when they are written. */
  append(entries: unknown[]): Promise<void> {
    if (entries.length === 0) return Promise.resolve()
    for (const e of entries) this.pending.push(JSON.stringify(e) + '\n')
    const done = new Promise<void>((resolve, reject) => this.waiters.push({ resolve, reject }))
    this.flushing ??= Promise.resolve().then(() => this.flush())
    return done
  }

  async close(): Promise<void> { while (this.flushing) await this.flushing }

  private async flush(): Promise<void> {
    while (this.pending.length) {
      const text = this.pending.join('')
      const waiters = this.waiters
      this.pending = []
      this.waiters = []
      try {
        await this.write(text)
        for (const w of waiters) w.resolve()
      } catch (e) {
        for (const w of waiters) w.reject(e as Error)
      }
    }
    this.flushing = null
  }

  private async write(text: string) {
    if (this.size < 0) {
      await mkdir(path.dirname(this.file), { recursive: true })
      this.size = await stat(this.file).then((s) => s.size, () => 0)
    }
    if (this.size > 0 && this.size + Buffer.byteLength(text) > this.maxBytes) {
      await rename(this.file, this.file + '.1')
      this.size = 0
    }
    await appendFile(this.file, text)
    this.size += Buffer.byteLength(text)
  }
}
