import { registerEnumType } from 'type-graphql'

/** A host's last answer to a policy (inventory declares the same enum for HostFilter.policyResponse). */
export enum PolicyResponse { PASSING = 'PASSING', FAILING = 'FAILING' }
registerEnumType(PolicyResponse, {
  name: 'PolicyResponse',
  description: "A host's last answer to a policy.",
  valuesConfig: {
    PASSING: { description: 'The host passed the policy the last time it ran it.' },
    FAILING: { description: 'The host failed the policy the last time it ran it.' },
  },
})
