// Rules for a list of enroll secrets, shared by the global spec and team specs.
import type { FieldError } from '@fleetgraph/subgraph-kit'

/** Fleet's fleet.MaxEnrollSecretsCount. */
export const MAX_ENROLL_SECRETS = 50
const MAX_SECRET_LENGTH = 255

export function enrollSecretProblems(secrets: string[], field = 'secrets'): FieldError[] {
  if (secrets.length > MAX_ENROLL_SECRETS) return [{ name: field, reason: 'too many secrets' }]
  const errs: FieldError[] = []
  if (secrets.some((s) => !s)) errs.push({ name: field, reason: 'enroll secret must not be empty' })
  if (secrets.some((s) => s.length > MAX_SECRET_LENGTH)) errs.push({ name: field, reason: `enroll secret must be at most ${MAX_SECRET_LENGTH} characters` })
  if (new Set(secrets).size !== secrets.length) errs.push({ name: field, reason: 'duplicate enroll secrets are not allowed' })
  return errs
}
