// TEMP(issue 12 merge): agent-api imports this; remove at merge.
// The rule lives in packs-and-queries (`@fleetgraph/subgraph-packs-and-queries/platforms`, which owns
// policies). Kit cannot re-export it (packs-and-queries builds on kit), so the agent code that still
// imports `policyApplies` from kit gets this copy until it imports the owner's module instead.
const LINUX = new Set([
  'linux', 'ubuntu', 'debian', 'rhel', 'centos', 'sles', 'kali', 'gentoo', 'amzn', 'pop', 'arch', 'linuxmint', 'void', 'nixos',
  'endeavouros', 'manjaro', 'opensuse', 'opensuse-leap', 'opensuse-tumbleweed', 'fedora', 'tuxedo', 'neon',
])

/** TEMP(issue 12 merge): agent-api imports this; remove at merge. */
export function policyApplies(policyPlatforms: string, hostPlatform: string): boolean {
  if (!policyPlatforms) return true
  const family = LINUX.has(hostPlatform) ? 'linux' : hostPlatform
  return policyPlatforms.split(',').map((p) => p.trim()).includes(family)
}
