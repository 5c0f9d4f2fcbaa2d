// A self-drawn progress bar: redrawn in place with "\r" on a terminal, plain
// lines (at most one a second, plus the last) when stderr is a file or a pipe,
// so CI logs stay readable.
export interface ProgressStream {
  write(text: string): unknown
  isTTY?: boolean
  columns?: number
}

export class ProgressBar {
  private lastLineAt = -Infinity
  private lastText = ''
  private finished = false

  constructor(private readonly stream: ProgressStream, private readonly total: number, private readonly label: string, private readonly now = Date.now) {}

  update(done: number, note = ''): void {
    if (this.finished) return
    const pct = this.total ? Math.floor((done / this.total) * 100) : 100
    const counts = `${done}/${this.total} ${this.label}${note ? ` ${note}` : ''}`
    if (this.stream.isTTY) {
      const width = Math.max(10, Math.min(40, (this.stream.columns ?? 80) - counts.length - 10))
      const filled = Math.round((width * pct) / 100)
      const text = `\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(pct).padStart(3)}% ${counts}`
      if (text !== this.lastText) this.stream.write(text + '\x1b[K')
      this.lastText = text
      return
    }
    const t = this.now()
    const text = `${pct}% ${counts}`
    if (text !== this.lastText && (t - this.lastLineAt >= 1000 || done >= this.total)) {
      this.stream.write(text + '\n')
      this.lastLineAt = t
      this.lastText = text
    }
  }

  /** Draws the final state and ends the line. */
  finish(done: number, note = ''): void {
    if (this.finished) return
    this.update(done, note)
    this.finished = true
    if (this.stream.isTTY) this.stream.write('\n')
  }
}
