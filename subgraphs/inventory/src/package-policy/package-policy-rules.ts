// The one package this server manages (ADR 0013): Kibana's osquery_manager integration.

export const OSQUERY_MANAGER = 'osquery_manager'
export const OSQUERY_MANAGER_TITLE = 'Osquery Manager'
/**
 * The osquery_manager version this server reports installed: the release Elastic's own osquery
 * integration tests and partner scripts name (1.15.0). A client may record another version on an
 * integration; upgrading it sets this one.
 */
export const OSQUERY_MANAGER_VERSION = '1.15.0'
const MAX_VERSION = 64
const VERSION = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/

/** Kibana's Boom 400 for any other package, in this server's words. */
export function otherPackageMessage(name: string): string {
  return `this server manages osquery agents only: the "${name.slice(0, 100)}" package has nothing to run on osquery hosts; only ${OSQUERY_MANAGER} integration policies can be created`
}

export function versionProblem(version: string): string | null {
  return version.length <= MAX_VERSION && VERSION.test(version) ? null : 'package.version must be a semantic version (e.g. 1.15.0)'
}

/** The agent options with `options` as osquery's options (config.options); the rest is kept. */
export function withOsqueryOptions(agentOptions: Record<string, unknown>, options: Record<string, unknown>): Record<string, unknown> {
  const config = agentOptions.config && typeof agentOptions.config === 'object' && !Array.isArray(agentOptions.config) ? agentOptions.config as Record<string, unknown> : {}
  return { ...agentOptions, config: { ...config, options } }
}
