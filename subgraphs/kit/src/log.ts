// A tiny structured logger (JSON lines on stderr). Errors carry the same uuid
// the client sees, so one grep finds both sides. Never pass request bodies of
// login, enroll or secret routes here.
type Level = 'debug' | 'info' | 'warn' | 'error' | 'silent'
const order: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 }
let threshold: Level = 'info'

export function setLogLevel(level: Level) { threshold = level }

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void
  info(msg: string, fields?: Record<string, unknown>): void
  warn(msg: string, fields?: Record<string, unknown>): void
  error(msg: string, fields?: Record<string, unknown>): void
}

export function createLogger(serviceName: string): Logger {
  const write = (level: Level, msg: string, fields?: Record<string, unknown>) => {
    if (order[level] < order[threshold]) return
    process.stderr.write(JSON.stringify({ time: new Date().toISOString(), level, serviceName, msg, ...fields }) + '\n')
  }
  return {
    debug: (m, f) => write('debug', m, f),
    info: (m, f) => write('info', m, f),
    warn: (m, f) => write('warn', m, f),
    error: (m, f) => write('error', m, f),
  }
}
