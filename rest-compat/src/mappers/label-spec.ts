// GraphQL LabelSpec ↔ Fleet's label spec JSON. Fleet omits platform when empty,
// label_type when "regular" and hosts when there are none (omitempty).
import { z } from 'zod'
import type { FleetLabelSpecFragment, LabelSpecInput } from '../generated/graphql.js'

export const fleetLabelSpec = z.object({
  id: z.number().int(),
  name: z.string(),
  description: z.string(),
  query: z.string(),
  platform: z.string().optional(),
  label_type: z.string().optional().meta({ description: 'Absent for a regular label' }),
  label_membership_type: z.string(),
  hosts: z.array(z.string()).optional(),
}).meta({ id: 'FleetLabelSpec' })
export type FleetLabelSpec = z.infer<typeof fleetLabelSpec>

export function toFleetLabelSpec(s: FleetLabelSpecFragment): FleetLabelSpec {
  return {
    id: Number(s.id),
    name: s.name,
    description: s.description,
    query: s.query,
    ...(s.platform ? { platform: s.platform } : {}),
    ...(s.labelType && s.labelType !== 'regular' ? { label_type: s.labelType } : {}),
    label_membership_type: s.labelMembershipType,
    ...(s.hosts?.length ? { hosts: s.hosts } : {}),
  }
}

export interface FleetLabelSpecIn {
  name?: string; description?: string; query?: string; platform?: string
  label_type?: string; label_membership_type?: string; hosts?: string[] | null
}

export function toLabelSpecInput(s: FleetLabelSpecIn): LabelSpecInput {
  return {
    name: s.name ?? '', description: s.description ?? null, query: s.query ?? null, platform: s.platform ?? null,
    labelType: s.label_type ?? null, labelMembershipType: s.label_membership_type ?? null, hosts: s.hosts ?? null,
  }
}
