// Configuration is read once at boot, validated with zod and frozen. Each
// workspace declares its own variables with these helpers; nothing else reads
// process.env.
import { z } from 'zod'

// One zod for every workspace's settings (re-exported so workspaces need no zod of their own).
export { z }

/** Parses `env` against `shape`; throws one readable error listing every bad variable. */
export function parseEnv<T extends z.ZodRawShape>(shape: T, env: NodeJS.ProcessEnv = process.env): Readonly<z.infer<z.ZodObject<T>>> {
  const result = z.object(shape).safeParse(env)
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`)
    throw new Error(`invalid configuration:\n${lines.join('\n')}`)
  }
  return Object.freeze(result.data)
}

/** Field builders shared by every workspace's configuration. */
export const env = {
  port: (dflt: number) => z.coerce.number().int().min(0).max(65535).default(dflt),
  /** An optional URL; empty counts as unset. */
  optionalUrl: (protocols: string[]) => z.string().trim().optional().transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || protocols.some((p) => v.startsWith(p)), { message: `must start with ${protocols.join(' or ')}` }),
  bool: (dflt: boolean) => z.enum(['true', 'false']).default(dflt ? 'true' : 'false').transform((v) => v === 'true'),
}

/** Settings every process shares: where data lives and how processes talk. */
export const sharedShape = {
  DATABASE_URL: env.optionalUrl(['postgresql://', 'postgres://']),
  DATA_DIR: z.string().default('./.data'),
  REDIS_URL: env.optionalUrl(['redis://', 'rediss://']),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  // Fleet's license tier: premium-only features answer 402 on free (Fleet reads it from a license key).
  LICENSE_TIER: z.enum(['free', 'premium']).optional(),
  // When the Premium license expires (ISO 8601 date or date-time). Unset: one year after the instance
  // was set up (Fleet reads it from the license key; clients show a past date as expired).
  LICENSE_EXPIRATION: isoDate().optional(),
}

/** An ISO 8601 date (2027-01-31) or date-time with a zone (2027-01-31T12:00:00Z); empty counts as unset. */
function isoDate() {
  return z.string().trim().transform((v, ctx) => {
    if (!v) return undefined
    const ok = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2}))?$/.test(v)
    const d = new Date(v.length === 10 ? `${v}T00:00:00Z` : v)
    if (!ok || Number.isNaN(d.getTime()) || (v.length === 10 && d.toISOString().slice(0, 10) !== v)) {
      ctx.addIssue({ code: 'custom', message: `"${v}" is not an ISO 8601 date (2027-01-31) or date-time with a zone (2027-01-31T12:00:00Z)` })
      return z.NEVER
    }
    return d
  })
}

/**
 * The license settings every subgraph that reports the license reads.
 * @example
 *   const { licenseExpiration } = loadLicenseConfig(deps.env)
 */
export function loadLicenseConfig(env: NodeJS.ProcessEnv = process.env) {
  const cfg = parseEnv({ LICENSE_EXPIRATION: sharedShape.LICENSE_EXPIRATION }, env)
  return Object.freeze({ licenseExpiration: cfg.LICENSE_EXPIRATION })
}
export type LicenseConfig = ReturnType<typeof loadLicenseConfig>

