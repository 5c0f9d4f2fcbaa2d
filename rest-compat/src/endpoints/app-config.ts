// Fleet's app config (GET/PATCH /config: fleetctl get config, fleetctl apply
// kind: config, the UI's first request). Each route is one GraphQL operation;
// roles, the merge and validation live in the inventory subgraph.
import { z } from 'zod'
import { endpoint } from '../endpoint.js'
import { operation } from '../executor.js'
import { AppConfigDocument, UpdateAppConfigDocument } from '../generated/graphql.js'
import { fleetAppConfig, fleetAppConfigPatch, toAppConfigInput, toFleetAppConfig } from '../mappers/app-config.js'

/** Fleet's boolean query parameters: `1` or `true` (anything else parsable is false). */
const queryBool = z.enum(['1', 'true', '0', 'false', '']).optional().transform((v) => v === '1' || v === 'true')

const APP_CONFIG = operation(AppConfigDocument)
const UPDATE_APP_CONFIG = operation(UpdateAppConfigDocument)

export const getAppConfig = endpoint({
  document: APP_CONFIG,
  response: fleetAppConfig,
  respond: ({ appConfig }) => toFleetAppConfig(appConfig),
})

export const modifyAppConfig = endpoint({
  // overwrite (GitOps' replace-instead-of-merge) is accepted and ignored: every change merges.
  query: z.object({ dry_run: queryBool, force: queryBool, overwrite: queryBool }),
  body: fleetAppConfigPatch,
  document: UPDATE_APP_CONFIG,
  variables: ({ body, query }) => ({ input: toAppConfigInput(body), dryRun: query.dry_run, force: query.force }),
  response: fleetAppConfig,
  respond: ({ updateAppConfig }) => toFleetAppConfig(updateAppConfig),
})
