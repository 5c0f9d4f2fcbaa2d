// Kibana Fleet settings and the package registry, as far as this server has them (ADR 0013). Reading:
// any Fleet user; changing: global maintainers and admins. Nothing here changes how hosts are managed:
// Fleet Server hosts and proxies are stored for Kibana's clients (Terraform reads them back); the one
// output is this server; the one package is osquery_manager.
import { randomUUID } from 'node:crypto'
import { FleetError, WRITERS, invalidArgument, requireReader, requireRole } from '@fleetgraph/subgraph-kit'
import type { InventoryContext } from '../context.js'
import { OSQUERY_MANAGER, OSQUERY_MANAGER_TITLE, OSQUERY_MANAGER_VERSION } from '../package-policy/package-policy-rules.js'
import {
  KibanaFleetServerHost, KibanaOutput, KibanaPackage, KibanaProxy,
  type FleetServerHostBody, type KibanaFleetServerHostInput, type KibanaProxyInput, type PackageState, type ProxyBody,
} from './kibana-settings.type.js'

export const DEFAULT_FLEET_SERVER_HOST_ID = 'fleet-default-fleet-server-host'
const MAX_PROXIES = 1_000
const MAX_PEM = 65_536

const httpUrl = (v: string): boolean => { try { const u = new URL(v); return (u.protocol === 'http:' || u.protocol === 'https:') && v.length <= 2048 } catch { return false } }
const packageNotFound = (name: string) => new FleetError('NOT_FOUND', `${name.slice(0, 100)} not found: this server manages osquery agents only, and its one package is ${OSQUERY_MANAGER}`)

function checkName(name: string): string {
  if (!name.trim() || name.length > 255) throw invalidArgument('name', 'name must be 1 to 255 characters')
  return name
}
function checkPem(field: string, v: string | null | undefined): string | null {
  if (v == null || v === '') return null
  if (v.length > MAX_PEM) throw invalidArgument(field, `${field} must be at most ${MAX_PEM} characters`)
  return v
}

export class KibanaSettingsService {
  // ------------------------------------------------------------ Fleet Server hosts

  async fleetServerHosts(ctx: InventoryContext): Promise<KibanaFleetServerHost[]> {
    requireReader(ctx)
    return [await this.defaultHost(ctx)]
  }

  async fleetServerHost(ctx: InventoryContext, id: string): Promise<KibanaFleetServerHost> {
    requireReader(ctx)
    if (id !== DEFAULT_FLEET_SERVER_HOST_ID) throw new FleetError('NOT_FOUND', `Fleet server host ${id.slice(0, 255)} not found`)
    return this.defaultHost(ctx)
  }

  async updateFleetServerHost(ctx: InventoryContext, id: string, input: KibanaFleetServerHostInput): Promise<KibanaFleetServerHost> {
    const current = await this.fleetServerHost(ctx, id)
    requireRole(ctx, WRITERS)
    const urls = input.hostUrls ?? current.body.host_urls
    if (!urls.length || urls.length > 10 || urls.some((u) => !httpUrl(u))) throw invalidArgument('host_urls', 'host_urls must be 1 to 10 http(s) URLs')
    const body: FleetServerHostBody = {
      name: input.name != null ? checkName(input.name) : current.body.name, host_urls: urls,
      is_default: input.isDefault ?? current.body.is_default, proxy_id: input.proxyId === undefined ? current.body.proxy_id : (input.proxyId || null),
    }
    if (body.proxy_id && body.proxy_id.length > 255) throw invalidArgument('proxy_id', 'proxy_id must be at most 255 characters')
    await ctx.repos.kibanaSettings.put('fleet-server-host', id, body)
    return new KibanaFleetServerHost(id, body)
  }

  /** The default host: as stored, else this server's public URL. */
  private async defaultHost(ctx: InventoryContext): Promise<KibanaFleetServerHost> {
    const stored = await ctx.repos.kibanaSettings.get<FleetServerHostBody>('fleet-server-host', DEFAULT_FLEET_SERVER_HOST_ID)
    if (stored) return new KibanaFleetServerHost(DEFAULT_FLEET_SERVER_HOST_ID, stored)
    const url = await ctx.repos.kibanaSettings.serverUrl()
    return new KibanaFleetServerHost(DEFAULT_FLEET_SERVER_HOST_ID, { name: 'Default', host_urls: url ? [url] : [], is_default: true, proxy_id: null })
  }

  // ------------------------------------------------------------ proxies

  async proxies(ctx: InventoryContext): Promise<KibanaProxy[]> {
    requireReader(ctx)
    return (await ctx.repos.kibanaSettings.list<ProxyBody>('proxy', MAX_PROXIES)).map((p) => new KibanaProxy(p.id, p.body))
  }

  async proxy(ctx: InventoryContext, id: string): Promise<KibanaProxy> {
    requireReader(ctx)
    const body = id.length <= 255 ? await ctx.repos.kibanaSettings.get<ProxyBody>('proxy', id) : null
    if (!body) throw new FleetError('NOT_FOUND', `Proxy ${id.slice(0, 255)} not found`)
    return new KibanaProxy(id, body)
  }

  async createProxy(ctx: InventoryContext, input: KibanaProxyInput, id?: string | null): Promise<KibanaProxy> {
    requireRole(ctx, WRITERS)
    if (id != null && (!id || id.length > 255)) throw invalidArgument('id', 'id must be 1 to 255 characters')
    if (input.name == null || input.url == null) throw invalidArgument(input.name == null ? 'name' : 'url', 'name and url are required')
    const body = this.proxyBody(input, null)
    if (await ctx.repos.kibanaSettings.count('proxy') >= MAX_PROXIES) throw new FleetError('BAD_REQUEST', `at most ${MAX_PROXIES} proxies may be stored`)
    const key = id ?? randomUUID()
    if (!await ctx.repos.kibanaSettings.insert('proxy', key, body)) throw new FleetError('CONFLICT', `Proxy ${key} already exists`)
    return new KibanaProxy(key, body)
  }

  async updateProxy(ctx: InventoryContext, id: string, input: KibanaProxyInput): Promise<KibanaProxy> {
    const current = await this.proxy(ctx, id)
    requireRole(ctx, WRITERS)
    const body = this.proxyBody(input, current.body)
    await ctx.repos.kibanaSettings.put('proxy', id, body)
    return new KibanaProxy(id, body)
  }

  async deleteProxy(ctx: InventoryContext, id: string): Promise<string> {
    await this.proxy(ctx, id)
    requireRole(ctx, WRITERS)
    await ctx.repos.kibanaSettings.delete('proxy', id)
    return id
  }

  private proxyBody(input: KibanaProxyInput, current: ProxyBody | null): ProxyBody {
    const url = input.url ?? current!.url
    if (!/^(https?|socks5):\/\/[^\s]+$/i.test(url) || url.length > 2048) throw invalidArgument('url', 'url must be an http(s) or socks5 URL')
    const headers = input.proxyHeaders === undefined ? current?.proxy_headers ?? null : input.proxyHeaders
    if (headers && JSON.stringify(headers).length > MAX_PEM) throw invalidArgument('proxy_headers', `proxy_headers must be at most ${MAX_PEM} characters of JSON`)
    return {
      name: input.name != null ? checkName(input.name) : current!.name, url, proxy_headers: headers,
      certificate_authorities: input.certificateAuthorities === undefined ? current?.certificate_authorities ?? null : checkPem('certificate_authorities', input.certificateAuthorities),
      certificate: input.certificate === undefined ? current?.certificate ?? null : checkPem('certificate', input.certificate),
      certificate_key: input.certificateKey === undefined ? current?.certificate_key ?? null : checkPem('certificate_key', input.certificateKey),
    }
  }

  // ------------------------------------------------------------ outputs

  async outputs(ctx: InventoryContext): Promise<KibanaOutput[]> {
    requireReader(ctx)
    return [new KibanaOutput(await ctx.repos.kibanaSettings.serverUrl())]
  }

  // ------------------------------------------------------------ the package registry (osquery_manager only)

  async package(ctx: InventoryContext, name: string): Promise<KibanaPackage> {
    requireReader(ctx)
    if (name !== OSQUERY_MANAGER) throw packageNotFound(name)
    return this.packageOf(ctx)
  }

  /** Installs osquery_manager (idempotent: it is always there to install). */
  async installPackage(ctx: InventoryContext, name: string): Promise<KibanaPackage> {
    requireRole(ctx, WRITERS)
    if (name !== OSQUERY_MANAGER) throw packageNotFound(name)
    await ctx.repos.kibanaSettings.put('epm-package', OSQUERY_MANAGER, { installed: true, installed_at: new Date().toISOString() } satisfies PackageState)
    return this.packageOf(ctx)
  }

  /**
   * Uninstalls osquery_manager as Kibana does: refused while one of its integrations is on a policy with
   * hosts (unless forced); otherwise its integrations are deleted first (the policies' agent options stay).
   */
  async uninstallPackage(ctx: InventoryContext, name: string, force: boolean): Promise<KibanaPackage> {
    requireRole(ctx, WRITERS)
    if (name !== OSQUERY_MANAGER) throw packageNotFound(name)
    const current = await this.packageOf(ctx)
    if (!current.installed) throw new FleetError('BAD_REQUEST', `${OSQUERY_MANAGER} is not installed`)
    const { rows } = await ctx.repos.packagePolicies.page({ teamIds: null, withDefault: true, kuery: null, sort: 'id', desc: false, offset: 0, limit: 100_000 })
    if (rows.length) {
      const counts = await ctx.repos.agentPolicies.agentCounts([...new Set(rows.map((r) => r.team_id ?? 0))])
      if (!force && rows.some((r) => (counts.get(r.team_id ?? 0) ?? 0) > 0)) {
        throw new FleetError('BAD_REQUEST', 'Unable to remove package with existing package policy(s) in use by agent(s)')
      }
      await ctx.repos.packagePolicies.delete(rows.map((r) => r.id))
    }
    await ctx.repos.kibanaSettings.put('epm-package', OSQUERY_MANAGER, { installed: false, installed_at: null } satisfies PackageState)
    return this.packageOf(ctx)
  }

  private async packageOf(ctx: InventoryContext): Promise<KibanaPackage> {
    const state = await ctx.repos.kibanaSettings.get<PackageState>('epm-package', OSQUERY_MANAGER) ?? { installed: true, installed_at: null }
    return new KibanaPackage(OSQUERY_MANAGER, OSQUERY_MANAGER_TITLE, OSQUERY_MANAGER_VERSION, state, await ctx.repos.packagePolicies.count())
  }
}
export const kibanaSettingsService = new KibanaSettingsService()
