// Spec: "Trigger cron schedule" — fleetctl trigger. The name is a query
// parameter; a missing or unknown name is Fleet's 404 listing the valid names.
import { z } from 'zod'
import { emptyAnswer, endpoint } from '../endpoint.js'
import { operation } from '../executor.js'
import { TriggerCronDocument } from '../generated/graphql.js'

const TRIGGER_CRON = operation(TriggerCronDocument)

export const triggerCron = endpoint({
  query: z.object({ name: z.string().max(255).optional() }),
  document: TRIGGER_CRON,
  variables: ({ query }) => ({ name: query.name ?? '' }),
  response: emptyAnswer,
  respond: () => ({}),
})
