// Host platforms as policies and labels name them: every Linux distribution
// osquery reports counts as "linux" (Fleet's fleet.HostLinuxOSs). One rule for
// the agent API (which policies a host is asked) and the policy views. It lives with
// the agent API, where platforms come from (osquery reports them), and packs-and-queries
// imports it as `@fleetgraph/agent-api/platforms` (the other way round would be a cycle:
// inventory's enroll twin already depends on the agent API).
const LINUX = new Set([
  'linux', 'ubuntu', 'debian', 'rhel', 'centos', 'sles', 'kali', 'gentoo', 'amzn', 'pop', 'arch', 'linuxmint', 'void', 'nixos',
  'endeavouros', 'manjaro', 'opensuse', 'opensuse-leap', 'opensuse-tumbleweed', 'fedora', 'tuxedo', 'neon',
])

/** The platform family policies name ("linux" for any distribution). */
export const platformFamily = (hostPlatform: string): string => (LINUX.has(hostPlatform) ? 'linux' : hostPlatform)

/**
 * The host platforms of a family, for filtering hosts by platform as Fleet's GET /hosts does:
 * "linux" is every distribution, any other value only itself.
 */
export const platformsOf = (family: string): string[] => (family === 'linux' ? [...LINUX] : [family])

/** A policy's platform list ("darwin,linux"; empty = all) applies to this host platform. */
export function policyApplies(policyPlatforms: string, hostPlatform: string): boolean {
  if (!policyPlatforms) return true
  const family = platformFamily(hostPlatform)
  return policyPlatforms.split(',').map((p) => p.trim()).includes(family)
}
