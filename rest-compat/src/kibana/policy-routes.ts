// Kibana Fleet routes of agent policies, package policies (osquery_manager), enrollment API keys, the
// package registry and stored settings (kibana-fleet.md §1a, §2.5, §2.6, §4; ADR 0013), joined into
// KIBANA_ROUTES with one line.
import type { Route } from '../routes.js'
import {
  bulkGetAgentPolicies, copyAgentPolicy, createAgentPolicy, deleteAgentPolicy, getAgentPolicy, listAgentPolicies, updateAgentPolicy,
} from './agent-policies.js'
import {
  bulkDeletePackagePolicies, bulkGetPackagePolicies, createPackagePolicy, deletePackagePolicy, dryRunUpgradePackagePolicies, getPackagePolicy,
  listPackagePolicies, updatePackagePolicy, upgradePackagePolicies,
} from './package-policies.js'
import { createEnrollmentApiKey, deleteEnrollmentApiKey, getEnrollmentApiKey, listEnrollmentApiKeys } from './enrollment-api-keys.js'
import { deletePackage, getPackage, getPackageFile, installPackage } from './epm.js'
import {
  createProxy, deleteProxy, fleetSetup, getFleetServerHost, getOutput, getProxy, listFleetServerHosts, listOutputs, listProxies, updateFleetServerHost, updateProxy,
} from './fleet-stored-settings.js'

const F = '/api/fleet'
const route = (method: Route['method'], path: string, endpoint: Route['endpoint'], doc: string): Route => ({ method, path: `${F}${path}`, endpoint, doc, errors: 'kibana' })

export const POLICY_ROUTES: Route[] = [
  route('get', '/agent_policies', listAgentPolicies, 'Kibana seed 004: Fleet > Get agent policies (F19)'),
  route('post', '/agent_policies', createAgentPolicy, 'Kibana seeds 003/004: Fleet > Create an agent policy (F4): a team'),
  route('post', '/agent_policies/_bulk_get', bulkGetAgentPolicies, 'Kibana: Fleet > Bulk get agent policies'),
  route('post', '/agent_policies/delete', deleteAgentPolicy, 'Kibana: Fleet > Delete an agent policy (400 while hosts are on it)'),
  route('get', '/agent_policies/:agentPolicyId', getAgentPolicy, 'Kibana: Fleet > Get an agent policy'),
  route('put', '/agent_policies/:agentPolicyId', updateAgentPolicy, 'Kibana: Fleet > Update an agent policy'),
  route('post', '/agent_policies/:agentPolicyId/copy', copyAgentPolicy, 'Kibana: Fleet > Copy an agent policy'),

  route('get', '/package_policies', listPackagePolicies, 'Kibana: Fleet > Get package policies (osquery_manager only)'),
  route('post', '/package_policies', createPackagePolicy, 'Kibana seed 004: Fleet > Create a package policy (F17): osquery_manager only, others 400'),
  route('post', '/package_policies/_bulk_get', bulkGetPackagePolicies, 'Kibana: Fleet > Bulk get package policies'),
  route('post', '/package_policies/delete', bulkDeletePackagePolicies, 'Kibana seed 003: Fleet > Bulk delete package policies (F12)'),
  route('post', '/package_policies/upgrade', upgradePackagePolicies, 'Kibana seed 003: Fleet > Upgrade a package policy (F13)'),
  route('post', '/package_policies/upgrade/dryrun', dryRunUpgradePackagePolicies, 'Kibana seed 003: Fleet > Dry run a package policy upgrade (F14)'),
  route('get', '/package_policies/:packagePolicyId', getPackagePolicy, 'Kibana: Fleet > Get a package policy'),
  route('put', '/package_policies/:packagePolicyId', updatePackagePolicy, 'Kibana: Fleet > Update a package policy'),
  route('delete', '/package_policies/:packagePolicyId', deletePackagePolicy, 'Kibana: Fleet > Delete a package policy'),

  route('get', '/enrollment_api_keys', listEnrollmentApiKeys, 'Kibana seed 004: Fleet > Get enrollment API keys (F18)'),
  route('post', '/enrollment_api_keys', createEnrollmentApiKey, 'Kibana: Fleet > Create an enrollment API key'),
  route('get', '/enrollment_api_keys/:keyId', getEnrollmentApiKey, 'Kibana: Fleet > Get an enrollment API key'),
  route('delete', '/enrollment_api_keys/:keyId', deleteEnrollmentApiKey, 'Kibana: Fleet > Revoke an enrollment API key'),

  route('get', '/epm/packages/:pkgName', getPackage, 'Kibana: Fleet > Get a package (osquery_manager only)'),
  route('get', '/epm/packages/:pkgName/:pkgVersion', getPackage, 'Kibana: Fleet > Get a package version (osquery_manager only)'),
  route('post', '/epm/packages/:pkgName', installPackage, 'Kibana: Fleet > Install a package from the registry (osquery_manager only)'),
  route('post', '/epm/packages/:pkgName/:pkgVersion', installPackage, 'Kibana seed 003: Fleet > Install a package from the registry (F7)'),
  route('delete', '/epm/packages/:pkgName', deletePackage, 'Kibana: Fleet > Delete a package'),
  route('delete', '/epm/packages/:pkgName/:pkgVersion', deletePackage, 'Kibana seed 003: Fleet > Delete a package (F8)'),
  route('get', '/epm/packages/:pkgName/:pkgVersion/*filePath', getPackageFile, 'Kibana seed 003: Fleet > Get a package file (F9): manifest.yml'),

  route('get', '/outputs', listOutputs, 'Kibana seed 003: Fleet > Get outputs (F11): this server'),
  route('get', '/outputs/:outputId', getOutput, 'Kibana: Fleet > Get an output'),
  route('get', '/proxies', listProxies, 'Kibana seed 003: Fleet > Get proxies (F15)'),
  route('post', '/proxies', createProxy, 'Kibana: Fleet > Create a proxy (stored)'),
  route('get', '/proxies/:itemId', getProxy, 'Kibana: Fleet > Get a proxy'),
  route('put', '/proxies/:itemId', updateProxy, 'Kibana: Fleet > Update a proxy'),
  route('delete', '/proxies/:itemId', deleteProxy, 'Kibana: Fleet > Delete a proxy'),
  route('get', '/fleet_server_hosts', listFleetServerHosts, 'Kibana: Fleet > Get Fleet Server hosts: this server\'s public URL'),
  route('get', '/fleet_server_hosts/:itemId', getFleetServerHost, 'Kibana: Fleet > Get a Fleet Server host'),
  route('put', '/fleet_server_hosts/:itemId', updateFleetServerHost, 'Kibana seed 003: Fleet > Update a Fleet Server host (F16), stored'),
  route('post', '/setup', fleetSetup, 'Kibana: Fleet > Initiate Fleet setup: initialized'),
]
