// osquery remote API: POST /api/v1/osquery/enroll (fleet-behaviour §4).
// Errors leave in osquery's {error, node_invalid} shape (see routes.ts).
import { z } from 'zod'
import { endpoint } from '../endpoint.js'
import { operation } from '../executor.js'
import { EnrollDocument } from '../generated/graphql.js'

const detailTable = z.record(z.string(), z.unknown())

export const enroll = endpoint({
  body: z.object({
    enroll_secret: z.string().max(255),
    host_identifier: z.string().max(255),
    platform_type: z.string().max(64).optional(),
    host_details: z.record(z.string(), detailTable).optional(),
  }),
  document: operation(EnrollDocument),
  variables: ({ body: b }) => ({
    input: { enrollSecret: b.enroll_secret, hostIdentifier: b.host_identifier, platformType: b.platform_type ?? null, hostDetails: b.host_details ?? null },
  }),
  respond: ({ enrollAgent }) => ({ node_key: enrollAgent.nodeKey }),
})
