// Host platforms as policies and labels name them: every Linux distribution
// osquery reports counts as "linux" (Fleet's fleet.HostLinuxOSs). One rule for
// the agent API (which policies a host is asked) and the policy views, exported
// for the agent API as `@fleetgraph/subgraph-packs-and-queries/platforms`.
const LINUX = new Set([
  'linux', 'ubuntu', 'debian', 'rhel', 'centos', 'sles', 'kali', 'gentoo', 'amzn', 'pop', 'arch', 'linuxmint', 'void', 'nixos',
  'endeavouros', 'manjaro', 'opensuse', 'opensuse-leap', 'opensuse-tumbleweed', 'fedora', 'tuxedo', 'neon',
])

/** The platform family policies name ("linux" for any distribution). */
export const platformFamily = (hostPlatform: string): string => (LINUX.has(hostPlatform) ? 'linux' : hostPlatform)

/** A policy's platform list ("darwin,linux"; empty = all) applies to this host platform. */
export function policyApplies(policyPlatforms: string, hostPlatform: string): boolean {
  if (!policyPlatforms) return true
  const family = platformFamily(hostPlatform)
  return policyPlatforms.split(',').map((p) => p.trim()).includes(family)
}
