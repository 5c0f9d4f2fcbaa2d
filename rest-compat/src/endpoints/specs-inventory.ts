// Spec: "Get or apply configuration files" — labels, teams, enroll secrets
// (the inventory side of fleetctl get/apply). Each route is one GraphQL
// operation; validation, roles and transactions live in the inventory subgraph.
import { z } from 'zod'
import { emptyAnswer, endpoint } from '../endpoint.js'
import { RestError } from '../errors.js'
import { operation } from '../executor.js'
import {
  ApplyEnrollSecretSpecDocument, ApplyLabelSpecsDocument, ApplyTeamSpecsDocument, EnrollSecretsDocument, LabelSpecDocument, LabelSpecsDocument,
} from '../generated/graphql.js'
import { fleetLabelSpec, toFleetLabelSpec, toLabelSpecInput } from '../mappers/label-spec.js'
import { fleetEnrollSecret, toFleetEnrollSecret } from '../mappers/enroll-secret.js'
import { fleetTeamIdsByName, toFleetTeamIdsByName, toTeamSpecInput, type FleetTeamSpecIn } from '../mappers/team-spec.js'

/** Fleet's boolean query parameters: `1` or `true` (anything else parsable is false). */
const queryBool = z.enum(['1', 'true', '0', 'false', '']).optional().transform((v) => v === '1' || v === 'true')
const jsonObject = z.record(z.string(), z.unknown())

const LABEL_SPECS = operation(LabelSpecsDocument)
const LABEL_SPEC = operation(LabelSpecDocument)
const APPLY_LABEL_SPECS = operation(ApplyLabelSpecsDocument)
const ENROLL_SECRETS = operation(EnrollSecretsDocument)
const APPLY_ENROLL_SECRET_SPEC = operation(ApplyEnrollSecretSpecDocument)
const APPLY_TEAM_SPECS = operation(ApplyTeamSpecsDocument)

// ---------------------------------------------------------------- labels

export const getLabelSpecs = endpoint({
  document: LABEL_SPECS,
  response: z.object({ specs: z.array(fleetLabelSpec) }),
  respond: ({ labelSpecs }) => ({ specs: labelSpecs.map(toFleetLabelSpec) }),
})

export const getLabelSpec = endpoint({
  params: z.object({ name: z.string() }),
  document: LABEL_SPEC,
  variables: ({ params }) => ({ name: params.name }),
  response: z.object({ specs: fleetLabelSpec }),
  respond: ({ labelSpec }) => ({ specs: toFleetLabelSpec(labelSpec) }),
})

export const applyLabelSpecs = endpoint({
  // Go decodes loosely (unknown keys ignored, so GET output applies back), but
  // a label_type or label_membership_type outside its enum fails decoding: 400.
  body: z.object({
    specs: z.array(z.object({
      id: z.number().optional(),
      name: z.string().optional(),
      description: z.string().optional(),
      query: z.string().optional(),
      platform: z.string().optional(),
      label_type: z.enum(['regular', 'builtin']).optional(),
      label_membership_type: z.enum(['dynamic', 'manual']).optional(),
      hosts: z.array(z.string()).nullish(),
    })).max(10_000),
  }),
  document: APPLY_LABEL_SPECS,
  variables: ({ body }) => ({ specs: body.specs.map(toLabelSpecInput) }),
  response: emptyAnswer,
  respond: () => ({}),
})

// ---------------------------------------------------------------- enroll secrets

export const getEnrollSecretSpec = endpoint({
  document: ENROLL_SECRETS,
  response: z.object({ spec: z.object({ secrets: z.array(fleetEnrollSecret) }) }),
  respond: ({ enrollSecrets }) => ({ spec: { secrets: enrollSecrets.map(toFleetEnrollSecret) } }),
})

export const applyEnrollSecretSpec = endpoint({
  query: z.object({ dry_run: queryBool }),
  // secrets is required: Go would read a missing list as "delete every global secret".
  body: z.object({
    spec: z.object({
      secrets: z.array(z.object({ secret: z.string(), created_at: z.string().optional(), team_id: z.number().nullish() })).max(10_000),
    }),
  }),
  document: APPLY_ENROLL_SECRET_SPEC,
  variables: ({ body, query }) => ({ secrets: body.spec.secrets.map((s) => s.secret), dryRun: query.dry_run }),
  response: emptyAnswer,
  respond: () => ({}),
})

// ---------------------------------------------------------------- teams

// Fleet decodes this body strictly: an unknown key anywhere is a 400 unless
// ?force=true. Types are checked first (always a 400); unknown keys are kept
// through that first pass so the strict pass can name them.
const secretShape = { secret: z.string(), created_at: z.string().optional(), team_id: z.number().nullish() }
const teamSpecShape = (strict: boolean) => ({
  name: z.string().optional(),
  // A non-object is refused even with force: it could not be stored as agent options.
  agent_options: jsonObject.nullable().optional(),
  features: jsonObject.nullable().optional(),
  secrets: z.array(strict ? z.strictObject(secretShape) : z.looseObject(secretShape)).max(10_000).nullable().optional(),
  mdm: jsonObject.nullable().optional(),
})
const teamSpecsBody = z.looseObject({ specs: z.array(z.looseObject(teamSpecShape(false))).max(1000) })
const strictTeamSpecsBody = z.strictObject({ specs: z.array(z.strictObject(teamSpecShape(true))) })

function rejectUnknownKeys(body: unknown) {
  const r = strictTeamSpecsBody.safeParse(body)
  if (r.success) return
  const unknown = r.error.issues.flatMap((i) => (i.code === 'unrecognized_keys'
    ? i.keys.map((k) => ({ name: [...i.path, k].join('.'), reason: `json: unknown field "${k}"` }))
    : []))
  if (unknown.length) throw new RestError('BAD_REQUEST', unknown.map((e) => e.reason).join('; '), unknown)
}

export const applyTeamSpecs = endpoint({
  query: z.object({ dry_run: queryBool, force: queryBool }),
  body: teamSpecsBody,
  document: APPLY_TEAM_SPECS,
  variables: ({ body, query }) => {
    if (!query.force) rejectUnknownKeys(body)
    return { specs: body.specs.map((s) => toTeamSpecInput(s as FleetTeamSpecIn)), dryRun: query.dry_run, force: query.force }
  },
  response: fleetTeamIdsByName,
  respond: ({ applyTeamSpecs }) => toFleetTeamIdsByName(applyTeamSpecs),
})
