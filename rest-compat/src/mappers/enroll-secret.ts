// GraphQL EnrollSecret → Fleet's enroll secret JSON. Fleet's timestamps have
// whole seconds ("2021-01-07T19:40:04Z"); team_id is omitted for global secrets.
import { z } from 'zod'
import type { FleetEnrollSecretFragment } from '../generated/graphql.js'

export const toFleetTime = (iso: string) => iso.replace(/\.\d+Z$/, 'Z')

export const fleetEnrollSecret = z.object({
  secret: z.string(),
  created_at: z.string(),
  team_id: z.number().int().optional().meta({ description: 'Absent for a global secret' }),
}).meta({ id: 'FleetEnrollSecret' })
export type FleetEnrollSecret = z.infer<typeof fleetEnrollSecret>

export function toFleetEnrollSecret(s: FleetEnrollSecretFragment): FleetEnrollSecret {
  return { secret: s.secret, created_at: toFleetTime(s.createdAt), ...(s.teamId != null ? { team_id: Number(s.teamId) } : {}) }
}
