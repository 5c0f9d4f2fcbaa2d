// Kibana Fleet: the package registry (EPM), osquery_manager only (kibana-fleet.md §1a F7–F9; ADR 0013).
// GET reports the package installed with the version this server serves (1.15.0); install is idempotent;
// DELETE uninstalls as Kibana does (refused while an integration of it is on a policy with hosts, unless
// forced; otherwise its integrations go too); the one file served is a manifest.yml written for this
// server, describing what it supports. Any other package is a Boom 404.
import { z } from 'zod'
import { operation, run } from '../executor.js'
import { reads } from '../endpoint.js'
import { RestError } from '../errors.js'
import {
  KibanaInstallPackageDocument, KibanaPackageDocument, KibanaUninstallPackageDocument, type KibanaPackageInfoFragment,
} from '../generated/graphql.js'
import { kibanaEndpoint, kibanaInput } from './endpoint.js'
import { queryBool } from './policy-shapes.js'

const GET = operation(KibanaPackageDocument)
const INSTALL = operation(KibanaInstallPackageDocument)
const UNINSTALL = operation(KibanaUninstallPackageDocument)

const pkgParams = z.object({ pkgName: z.string().max(1_000), pkgVersion: z.string().max(1_000).optional() })

/** Kibana's PackageInfo, as much of it as describes this package here. */
function toPackageInfo(p: KibanaPackageInfoFragment) {
  return {
    name: p.name, title: p.packageTitle, version: p.version, latestVersion: p.version, release: 'ga', type: 'integration', format_version: '3.0.0',
    description: 'osquery hosts managed by this server: the options and packs of their agent policies.',
    categories: ['security'], status: p.installed ? 'installed' : 'not_installed',
    policy_templates: [{ name: 'osquery_manager', title: p.packageTitle, description: 'osquery options and packs of an agent policy', multiple: false, inputs: [{ type: 'osquery', title: 'osquery' }] }],
    data_streams: [], assets: {}, keepPoliciesUpToDate: false,
    ...(p.installed ? {
      installationInfo: {
        name: p.name, version: p.version, install_status: 'installed', install_source: 'registry', installed_kibana: [], installed_es: [],
        verification_status: 'unknown', ...(p.installedAt ? { created_at: p.installedAt, updated_at: p.installedAt } : {}),
      },
    } : {}),
  }
}

/** This server's own manifest of the package: what it supports, in the package-spec layout. */
function manifest(p: KibanaPackageInfoFragment): string {
  return [
    'format_version: 3.0.0',
    `name: ${p.name}`,
    `title: ${p.packageTitle}`,
    `version: ${p.version}`,
    'description: >-',
    '  osquery hosts managed by this server. An agent policy is a team (or the global configuration);',
    "  this integration's osquery options are the policy's agent options, and its packs are the packs",
    '  targeting the policy. Hosts enroll with osquery or fleetd, using an enrollment key as the enroll secret.',
    'type: integration',
    'categories:',
    '  - security',
    'policy_templates:',
    '  - name: osquery_manager',
    `    title: ${p.packageTitle}`,
    '    description: osquery options and packs of an agent policy',
    '    multiple: false',
    '    inputs:',
    '      - type: osquery',
    '        title: osquery',
    '        description: the osquery config (options and packs) this server serves to enrolled hosts',
    '',
  ].join('\n')
}

const packageInfoSchema = z.looseObject({ name: z.string(), title: z.string(), version: z.string(), status: z.enum(['installed', 'not_installed']) })

export const getPackage = kibanaEndpoint({
  privilege: 'read',
  params: pkgParams,
  query: z.object({ prerelease: queryBool, full: queryBool, withMetadata: queryBool, ignoreUnverified: queryBool }),
  response: z.object({ item: packageInfoSchema, metadata: z.object({ has_policies: z.boolean() }) }),
  document: GET,
  variables: ({ params }) => ({ name: params.pkgName }),
  respond: ({ kibanaPackage }) => ({ item: toPackageInfo(kibanaPackage), metadata: { has_policies: kibanaPackage.hasPolicies } }),
})

export const installPackage = kibanaEndpoint({
  privilege: 'all',
  params: pkgParams,
  query: z.object({ prerelease: queryBool, ignoreMappingUpdateErrors: queryBool, skipDataStreamRollover: queryBool }),
  body: z.object({ force: z.boolean().optional(), ignore_constraints: z.boolean().optional() }).optional(),
  response: z.object({ _meta: z.object({ install_source: z.string() }), items: z.array(z.object({ id: z.string(), type: z.string() })) }),
  document: INSTALL,
  variables: ({ params }) => ({ name: params.pkgName }),
  // No Kibana or Elasticsearch assets come with it here.
  respond: () => ({ _meta: { install_source: 'registry' }, items: [] }),
})

export const deletePackage = kibanaEndpoint({
  privilege: 'all',
  params: pkgParams,
  query: z.object({ force: queryBool }),
  body: z.object({ force: z.boolean().optional() }).optional(),
  response: z.object({ items: z.array(z.object({ id: z.string(), type: z.string() })) }),
  document: UNINSTALL,
  variables: ({ params, query, body }) => ({ name: params.pkgName, force: !!(query.force || body?.force) }),
  respond: () => ({ items: [] }),
})

/** GET …/{pkgName}/{pkgVersion}/{filePath}: the package's manifest.yml (the only file it has here), raw YAML. */
const fileParams = pkgParams.extend({ filePath: z.string().max(1_000) })
export const getPackageFile = reads({ params: fileParams, responseType: 'text/yaml' }, (deps) => async (ctx) => {
  const { params } = await kibanaInput(deps, ctx, { privilege: 'read', params: fileParams })
  const { kibanaPackage } = await run(deps.execute, GET, ctx.get('authorization') || undefined, { name: params.pkgName })
  if (params.filePath !== 'manifest.yml') throw new RestError('NOT_FOUND', `${params.pkgName}-${params.pkgVersion ?? kibanaPackage.version}/${params.filePath.slice(0, 255)} not found`)
  ctx.status = 200
  ctx.type = 'text/yaml; charset=utf-8'
  ctx.body = manifest(kibanaPackage)
})
