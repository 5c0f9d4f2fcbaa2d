// Kibana Fleet: enrollment API keys (kibana-fleet.md §1a F18, §2.6; ADR 0013). A key is an osquery/fleetd
// enroll secret of its agent policy; revoking (DELETE) keeps it inactive, and inactive or expired keys
// no longer enroll. Maintainers and admins only (Kibana: fleet-agents-all): observers get a 403.
import { z } from 'zod'
import { operation } from '../executor.js'
import {
  KibanaCreateEnrollmentApiKeyDocument, KibanaEnrollmentApiKeyDocument, KibanaEnrollmentApiKeysDocument, KibanaRevokeEnrollmentApiKeyDocument,
} from '../generated/graphql.js'
import { kibanaEndpoint, kibanaListQuery } from './endpoint.js'
import { enrollmentKeySchema, toKibanaEnrollmentKey } from './policy-shapes.js'

const LIST = operation(KibanaEnrollmentApiKeysDocument)
const GET = operation(KibanaEnrollmentApiKeyDocument)
const CREATE = operation(KibanaCreateEnrollmentApiKeyDocument)
const REVOKE = operation(KibanaRevokeEnrollmentApiKeyDocument)

const keyParams = z.object({ keyId: z.string().max(10_000) })

export const listEnrollmentApiKeys = kibanaEndpoint({
  privilege: 'all',
  query: z.object({ page: kibanaListQuery.page, perPage: kibanaListQuery.perPage, kuery: kibanaListQuery.kuery }),
  response: z.object({ items: z.array(enrollmentKeySchema), list: z.array(enrollmentKeySchema), total: z.number().int(), page: z.number().int(), perPage: z.number().int() }),
  document: LIST,
  variables: ({ query }) => ({ page: query.page, perPage: query.perPage, kuery: query.kuery }),
  respond: ({ enrollmentApiKeys: r }) => {
    const items = r.items.map(toKibanaEnrollmentKey)
    // `list` is Kibana's deprecated copy of `items`.
    return { list: items, items, total: r.total, page: r.page, perPage: r.perPage }
  },
})

export const getEnrollmentApiKey = kibanaEndpoint({
  privilege: 'all',
  params: keyParams,
  response: z.object({ item: enrollmentKeySchema }),
  document: GET,
  variables: ({ params }) => ({ id: params.keyId }),
  respond: ({ enrollmentApiKey }) => ({ item: toKibanaEnrollmentKey(enrollmentApiKey) }),
})

export const createEnrollmentApiKey = kibanaEndpoint({
  privilege: 'all',
  body: z.object({ policy_id: z.string().max(10_000), name: z.string().optional(), expiration: z.string().max(64).optional() }),
  response: z.object({ item: enrollmentKeySchema, action: z.literal('created') }),
  document: CREATE,
  variables: ({ body }) => ({ policyId: body.policy_id, name: body.name, expiration: body.expiration }),
  respond: ({ createEnrollmentApiKey }) => ({ item: toKibanaEnrollmentKey(createEnrollmentApiKey), action: 'created' as const }),
})

export const deleteEnrollmentApiKey = kibanaEndpoint({
  privilege: 'all',
  params: keyParams,
  query: z.object({ forceDelete: z.string().optional(), includeHidden: z.string().optional() }),
  response: z.object({ action: z.literal('deleted') }),
  document: REVOKE,
  variables: ({ params }) => ({ id: params.keyId }),
  respond: () => ({ action: 'deleted' as const }),
})
