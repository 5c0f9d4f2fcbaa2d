// Structured logs through pino: one JSON line per entry on stderr, shaped as
// before ({"level":"warn","time":"<ISO>","serviceName":…,…fields,"msg":…}) so
// that whatever greps or parses the logs keeps working. Errors carry the same
// uuid the client sees, so one grep finds both sides.
//
// Secrets never reach the log: fields named like credentials are censored by
// pino's redact (at the top level and one level down, e.g. headers.cookie),
// and string fields are scrubbed of the secrets that travel inside URLs (the
// device token in /device/<token>/…, token-like query parameters, user:password@
// in connection strings). Still: never pass request bodies of login, enroll or
// secret routes here.
import { pino, type Logger as PinoLogger } from 'pino'

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent'

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void
  info(msg: string, fields?: Record<string, unknown>): void
  warn(msg: string, fields?: Record<string, unknown>): void
  error(msg: string, fields?: Record<string, unknown>): void
}

export const LOG_REDACTED = '[Redacted]'

// Field names (snake_case as in Fleet's REST and osquery's API, camelCase as in
// GraphQL and our own code) whose values are credentials.
const SECRET_KEYS = [
  'authorization', 'proxy-authorization', 'cookie', 'set-cookie',
  'password', 'passwords', 'new_password', 'newPassword', 'old_password', 'oldPassword',
  'token', 'tokens', 'access_token', 'accessToken', 'refresh_token', 'refreshToken', 'api_token', 'apiToken', 'session_key', 'sessionKey',
  'api_key', 'apiKey', 'x-api-key',
  'node_key', 'nodeKey', 'enroll_secret', 'enrollSecret', 'secret', 'secrets',
  'device_token', 'deviceToken', 'device_auth_token', 'deviceAuthToken',
  'private_key', 'privateKey', 'privateKeyPem', 'key_pem', 'keyPem', 'apns_key', 'apnsKey', 'scep_key', 'scepKey', 'pem',
]
const pathOf = (key: string) => (/^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `["${key}"]`)
const REDACT_PATHS = SECRET_KEYS.flatMap((k) => [pathOf(k).replace(/^\./, ''), `*${pathOf(k)}`])

// Query parameters that carry credentials in URLs Fleet's clients call.
const SECRET_QUERY = /([?&](?:token|enroll_secret|node_key|api_key|password|secret)=)[^&#\s"]*/gi
const DEVICE_TOKEN_PATH = /(\/device\/)[^/?#\s"]+/g
const URL_USERINFO = /(\b[a-z][a-z0-9+.-]*:\/\/)[^/@\s"]+@/gi

function scrub(value: string): string {
  return value.replace(URL_USERINFO, `$1${LOG_REDACTED}@`).replace(DEVICE_TOKEN_PATH, `$1${LOG_REDACTED}`).replace(SECRET_QUERY, `$1${LOG_REDACTED}`)
}

const root: PinoLogger = pino(
  {
    level: 'info',
    base: undefined, // no pid/hostname: the old lines had neither
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: {
      level: (label) => ({ level: label }),
      log: (fields) => {
        const out: Record<string, unknown> = {}
        for (const [k, v] of Object.entries(fields)) {
          // pino writes level, time and msg itself; a caller's copy would repeat the key.
          if (k === 'level' || k === 'time' || k === 'msg') continue
          out[k] = typeof v === 'string' ? scrub(v) : v
        }
        return out
      },
    },
    redact: { paths: REDACT_PATHS, censor: LOG_REDACTED },
  },
  // process.stderr rather than a sonic-boom destination: writes to files and
  // pipes are synchronous on Linux, so the last line before process.exit()
  // (e.g. "shutdown timed out") is never lost, exactly as before.
  process.stderr,
)

/** Applies to every logger, including those created before the call (they follow the root's level). */
export function setLogLevel(level: LogLevel) { root.level = level }

export function createLogger(serviceName: string): Logger {
  const child = root.child({ serviceName })
  const write = (level: Exclude<LogLevel, 'silent'>) => (msg: string, fields?: Record<string, unknown>) => {
    if (fields) child[level](fields, msg)
    else child[level](msg)
  }
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') }
}
