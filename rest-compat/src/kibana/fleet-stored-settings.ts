// Kibana Fleet settings answered from what this server stores or is (kibana-fleet.md §1a F11, F15, F16;
// ADR 0013): outputs (one: this server, where agents post their results), proxies (stored for Kibana's
// clients; nothing goes through them), Fleet Server hosts (the default is this server's public URL until
// changed), and POST /api/fleet/setup (nothing to set up: initialized).
import { z } from 'zod'
import { operation } from '../executor.js'
import {
  KibanaCreateProxyDocument, KibanaDeleteProxyDocument, KibanaFleetServerHostDocument, KibanaFleetServerHostsDocument, KibanaOutputsDocument,
  KibanaProxiesDocument, KibanaProxyDocument, KibanaUpdateFleetServerHostDocument, KibanaUpdateProxyDocument, KibanaViewerDocument,
  type KibanaFleetServerHostFieldsFragment, type KibanaProxyFieldsFragment,
} from '../generated/graphql.js'
import { RestError } from '../errors.js'
import { kibanaEndpoint, kibanaListSchema } from './endpoint.js'

const OUTPUTS = operation(KibanaOutputsDocument)
const PROXIES = operation(KibanaProxiesDocument)
const PROXY = operation(KibanaProxyDocument)
const CREATE_PROXY = operation(KibanaCreateProxyDocument)
const UPDATE_PROXY = operation(KibanaUpdateProxyDocument)
const DELETE_PROXY = operation(KibanaDeleteProxyDocument)
const HOSTS = operation(KibanaFleetServerHostsDocument)
const HOST = operation(KibanaFleetServerHostDocument)
const UPDATE_HOST = operation(KibanaUpdateFleetServerHostDocument)
const VIEWER = operation(KibanaViewerDocument)

const list = <T>(items: T[]) => ({ items, total: items.length, page: 1, perPage: items.length })

// ---------------------------------------------------------------- outputs

const outputSchema = z.looseObject({ id: z.string(), name: z.string(), type: z.string(), hosts: z.array(z.string()), is_default: z.boolean(), is_default_monitoring: z.boolean() })

/**
 * The one output, in Kibana's shape. Its type is Kibana's default ("elasticsearch": the enum has nothing
 * closer); its hosts are this server, which stores the results osquery posts to it.
 */
const toOutput = (o: { id: string; name: string; hosts: string[] }) => ({
  id: o.id, name: o.name, type: 'elasticsearch', hosts: o.hosts, is_default: true, is_default_monitoring: true, is_internal: false,
  is_preconfigured: true, ca_sha256: null, ca_trusted_fingerprint: null, config_yaml: null, proxy_id: null, preset: 'balanced',
  allow_edit: [],
})

export const listOutputs = kibanaEndpoint({
  privilege: 'read',
  response: kibanaListSchema(outputSchema),
  document: OUTPUTS,
  respond: ({ kibanaOutputs }) => list(kibanaOutputs.map(toOutput)),
})

export const getOutput = kibanaEndpoint({
  privilege: 'read',
  params: z.object({ outputId: z.string().max(10_000) }),
  response: z.object({ item: outputSchema }),
  document: OUTPUTS,
  respond: ({ kibanaOutputs }, { params }) => {
    const o = kibanaOutputs.find((x) => x.id === params.outputId)
    if (!o) throw new RestError('NOT_FOUND', `Output ${params.outputId.slice(0, 255)} not found`)
    return { item: toOutput(o) }
  },
})

// ---------------------------------------------------------------- proxies

const proxySchema = z.object({
  id: z.string(), name: z.string(), url: z.string(), proxy_headers: z.record(z.string(), z.unknown()).nullable().optional(),
  certificate_authorities: z.string().nullable().optional(), certificate: z.string().nullable().optional(),
  certificate_key: z.string().nullable().optional(), is_preconfigured: z.boolean(),
})
const toProxy = (p: KibanaProxyFieldsFragment) => ({
  id: p.id, name: p.name, url: p.url, proxy_headers: p.proxyHeaders, certificate_authorities: p.certificateAuthorities,
  certificate: p.certificate, certificate_key: p.certificateKey, is_preconfigured: false,
})
const proxyBody = z.object({
  id: z.string().min(1).max(255).optional(), name: z.string(), url: z.string(),
  proxy_headers: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).nullable().optional(),
  certificate_authorities: z.string().nullable().optional(), certificate: z.string().nullable().optional(), certificate_key: z.string().nullable().optional(),
  is_preconfigured: z.boolean().optional(),
})
const proxyInput = (b: Partial<z.infer<typeof proxyBody>>) => ({
  name: b.name, url: b.url, proxyHeaders: b.proxy_headers, certificateAuthorities: b.certificate_authorities, certificate: b.certificate, certificateKey: b.certificate_key,
})
const proxyParams = z.object({ itemId: z.string().max(10_000) })

export const listProxies = kibanaEndpoint({
  privilege: 'read',
  response: kibanaListSchema(proxySchema),
  document: PROXIES,
  respond: ({ kibanaProxies }) => list(kibanaProxies.map(toProxy)),
})

export const getProxy = kibanaEndpoint({
  privilege: 'read', params: proxyParams, response: z.object({ item: proxySchema }),
  document: PROXY, variables: ({ params }) => ({ id: params.itemId }),
  respond: ({ kibanaProxy }) => ({ item: toProxy(kibanaProxy) }),
})

export const createProxy = kibanaEndpoint({
  privilege: 'all', body: proxyBody, response: z.object({ item: proxySchema }),
  document: CREATE_PROXY, variables: ({ body }) => ({ id: body.id, input: proxyInput(body) }),
  respond: ({ createKibanaProxy }) => ({ item: toProxy(createKibanaProxy) }),
})

export const updateProxy = kibanaEndpoint({
  privilege: 'all', params: proxyParams, body: proxyBody.partial(), response: z.object({ item: proxySchema }),
  document: UPDATE_PROXY, variables: ({ params, body }) => ({ id: params.itemId, input: proxyInput(body) }),
  respond: ({ updateKibanaProxy }) => ({ item: toProxy(updateKibanaProxy) }),
})

export const deleteProxy = kibanaEndpoint({
  privilege: 'all', params: proxyParams, response: z.object({ id: z.string() }),
  document: DELETE_PROXY, variables: ({ params }) => ({ id: params.itemId }),
  respond: ({ deleteKibanaProxy }) => ({ id: deleteKibanaProxy }),
})

// ---------------------------------------------------------------- Fleet Server hosts

const hostSchema = z.object({
  id: z.string(), name: z.string(), host_urls: z.array(z.string()), is_default: z.boolean(), is_internal: z.boolean(),
  is_preconfigured: z.boolean(), proxy_id: z.string().nullable().optional(),
})
const toHost = (h: KibanaFleetServerHostFieldsFragment) => ({
  id: h.id, name: h.name, host_urls: h.hostUrls, is_default: h.isDefault, is_internal: false, is_preconfigured: false, proxy_id: h.proxyId,
})
const hostParams = z.object({ itemId: z.string().max(10_000) })

export const listFleetServerHosts = kibanaEndpoint({
  privilege: 'read', response: kibanaListSchema(hostSchema), document: HOSTS,
  respond: ({ kibanaFleetServerHosts }) => list(kibanaFleetServerHosts.map(toHost)),
})

export const getFleetServerHost = kibanaEndpoint({
  privilege: 'read', params: hostParams, response: z.object({ item: hostSchema }),
  document: HOST, variables: ({ params }) => ({ id: params.itemId }),
  respond: ({ kibanaFleetServerHost }) => ({ item: toHost(kibanaFleetServerHost) }),
})

export const updateFleetServerHost = kibanaEndpoint({
  privilege: 'all', params: hostParams,
  body: z.looseObject({
    name: z.string().optional(), host_urls: z.array(z.string()).min(1).max(10).optional(), is_default: z.boolean().optional(),
    is_internal: z.boolean().optional(), proxy_id: z.string().nullable().optional(),
  }),
  response: z.object({ item: hostSchema }),
  document: UPDATE_HOST,
  variables: ({ params, body }) => ({ id: params.itemId, input: { name: body.name, hostUrls: body.host_urls, isDefault: body.is_default, proxyId: body.proxy_id === null ? '' : body.proxy_id } }),
  respond: ({ updateKibanaFleetServerHost }) => ({ item: toHost(updateKibanaFleetServerHost) }),
})

// ---------------------------------------------------------------- setup

/** POST /api/fleet/setup: there is nothing to set up (no Elasticsearch, no preconfiguration), so it is initialized. */
export const fleetSetup = kibanaEndpoint({
  privilege: 'read',
  response: z.object({ isInitialized: z.boolean(), nonFatalErrors: z.array(z.object({ name: z.string(), message: z.string() })) }),
  document: VIEWER,
  respond: () => ({ isInitialized: true, nonFatalErrors: [] }),
})
