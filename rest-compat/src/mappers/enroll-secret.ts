// GraphQL EnrollSecret → Fleet's enroll secret JSON. Fleet's timestamps have
// whole seconds ("2021-01-07T19:40:04Z"); team_id is omitted for global secrets.
import type { FleetEnrollSecretFragment } from '../generated/graphql.js'

export const toFleetTime = (iso: string) => iso.replace(/\.\d+Z$/, 'Z')

export function toFleetEnrollSecret(s: FleetEnrollSecretFragment) {
  return { secret: s.secret, created_at: toFleetTime(s.createdAt), ...(s.teamId != null ? { team_id: Number(s.teamId) } : {}) }
}
