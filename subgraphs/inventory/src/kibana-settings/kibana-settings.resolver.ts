import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql'
import type { InventoryContext } from '../context.js'
import { kibanaSettingsService } from './kibana-settings.service.js'
import { KibanaFleetServerHost, KibanaFleetServerHostInput, KibanaOutput, KibanaPackage, KibanaProxy, KibanaProxyInput } from './kibana-settings.type.js'

@Resolver()
export class KibanaSettingsResolver {
  @Query(() => [KibanaFleetServerHost], { description: "Kibana's Fleet Server hosts: the default one (this server's public URL unless changed)." })
  kibanaFleetServerHosts(@Ctx() ctx: InventoryContext): Promise<KibanaFleetServerHost[]> { return kibanaSettingsService.fleetServerHosts(ctx) }

  @Query(() => KibanaFleetServerHost, { description: 'One Fleet Server host; NOT_FOUND for an unknown id.' })
  kibanaFleetServerHost(@Arg('id', () => String, { description: "Kibana's id." }) id: string, @Ctx() ctx: InventoryContext): Promise<KibanaFleetServerHost> {
    return kibanaSettingsService.fleetServerHost(ctx, id)
  }

  @Mutation(() => KibanaFleetServerHost, { description: 'Changes a Fleet Server host (stored for Kibana\'s clients; the instance\'s serverUrl is unchanged). Global maintainers and admins.' })
  updateKibanaFleetServerHost(
    @Arg('id', () => String, { description: "Kibana's id." }) id: string,
    @Arg('input', () => KibanaFleetServerHostInput, { description: 'The changes.' }) input: KibanaFleetServerHostInput,
    @Ctx() ctx: InventoryContext,
  ): Promise<KibanaFleetServerHost> {
    return kibanaSettingsService.updateFleetServerHost(ctx, id, input)
  }

  @Query(() => [KibanaProxy], { description: "Kibana's Fleet proxies (none unless stored), oldest first." })
  kibanaProxies(@Ctx() ctx: InventoryContext): Promise<KibanaProxy[]> { return kibanaSettingsService.proxies(ctx) }

  @Query(() => KibanaProxy, { description: 'One proxy; NOT_FOUND for an unknown id.' })
  kibanaProxy(@Arg('id', () => String, { description: "Kibana's id." }) id: string, @Ctx() ctx: InventoryContext): Promise<KibanaProxy> {
    return kibanaSettingsService.proxy(ctx, id)
  }

  @Mutation(() => KibanaProxy, { description: 'Stores a proxy (name and url required). Global maintainers and admins.' })
  createKibanaProxy(
    @Arg('input', () => KibanaProxyInput, { description: 'The proxy.' }) input: KibanaProxyInput,
    @Arg('id', () => String, { nullable: true, description: 'A client-chosen id (CONFLICT when taken).' }) id: string | null,
    @Ctx() ctx: InventoryContext,
  ): Promise<KibanaProxy> {
    return kibanaSettingsService.createProxy(ctx, input, id)
  }

  @Mutation(() => KibanaProxy, { description: 'Changes a stored proxy.' })
  updateKibanaProxy(
    @Arg('id', () => String, { description: "Kibana's id." }) id: string,
    @Arg('input', () => KibanaProxyInput, { description: 'The changes.' }) input: KibanaProxyInput,
    @Ctx() ctx: InventoryContext,
  ): Promise<KibanaProxy> {
    return kibanaSettingsService.updateProxy(ctx, id, input)
  }

  @Mutation(() => String, { description: 'Deletes a stored proxy; returns its id.' })
  deleteKibanaProxy(@Arg('id', () => String, { description: "Kibana's id." }) id: string, @Ctx() ctx: InventoryContext): Promise<string> {
    return kibanaSettingsService.deleteProxy(ctx, id)
  }

  @Query(() => [KibanaOutput], { description: "Kibana's outputs: one, this server (agents post their results to it)." })
  kibanaOutputs(@Ctx() ctx: InventoryContext): Promise<KibanaOutput[]> { return kibanaSettingsService.outputs(ctx) }

  @Query(() => KibanaPackage, { description: 'A package of Kibana\'s registry: osquery_manager only; NOT_FOUND for any other.' })
  kibanaPackage(@Arg('name', () => String, { description: 'The package name.' }) name: string, @Ctx() ctx: InventoryContext): Promise<KibanaPackage> {
    return kibanaSettingsService.package(ctx, name)
  }

  @Mutation(() => KibanaPackage, { description: 'Installs osquery_manager (idempotent). Global maintainers and admins.' })
  installKibanaPackage(@Arg('name', () => String, { description: 'The package name.' }) name: string, @Ctx() ctx: InventoryContext): Promise<KibanaPackage> {
    return kibanaSettingsService.installPackage(ctx, name)
  }

  @Mutation(() => KibanaPackage, { description: "Uninstalls osquery_manager as Kibana does: BAD_REQUEST while one of its integrations is on a policy with hosts (unless force); otherwise its integrations are deleted with it." })
  uninstallKibanaPackage(
    @Arg('name', () => String, { description: 'The package name.' }) name: string,
    @Arg('force', () => Boolean, { nullable: true, description: 'Delete its integrations even on policies with hosts.' }) force: boolean | null,
    @Ctx() ctx: InventoryContext,
  ): Promise<KibanaPackage> {
    return kibanaSettingsService.uninstallPackage(ctx, name, !!force)
  }
}
