// Who a simulated host is: names, hardware, OS release, network address and
// the person using it. Computed once per host from (seed, index) and kept by
// the agent (a few hundred bytes), while the bulkier table rows are rebuilt on
// demand from the same seed (host-data.ts).
import { FIRST_NAMES, LAST_NAMES, ENVIRONMENTS, PROFILES, SERVER_ROLES, type Hardware, type OsRelease } from './platforms.js'
import { Rng } from './rng.js'
import type { Platform } from './tables.js'

export interface Person {
  username: string
  fullName: string
  uid: number
}

export interface HostIdentity {
  seed: number
  index: number
  platform: Platform
  hostname: string
  computerName: string
  /** system_info.uuid, also the osquery host identifier this simulator enrolls with. */
  uuid: string
  serial: string
  hardware: Hardware
  memoryBytes: number
  os: OsRelease
  person: Person
  ipv4: string
  mac: string
  /** Unix seconds. */
  bootTime: number
  osqueryPid: number
  watcherPid: number
  instanceId: string
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
const SERIAL_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'

function serialFrom(rng: Rng, pattern: string): string {
  let out = ''
  for (const ch of pattern) {
    if (ch === 'A') out += rng.chars(SERIAL_ALPHABET, 1)
    else if (ch === 'D') out += rng.chars('0123456789', 1)
    else if (ch === 'H') out += rng.chars('0123456789abcdef', 1)
    else out += ch
  }
  return out
}

/**
 * Unique per index (up to about 12.8 million hosts), so Fleet's primary IP
 * column tells hosts apart the way a real network would.
 */
function ipv4For(index: number): string {
  return `10.${16 + (Math.floor(index / 64000) % 200)}.${Math.floor(index / 250) % 256}.${(index % 250) + 2}`
}

/** A short base-36 tag derived from the index, embedded in names so they never collide. */
const indexTag = (index: number, width: number) => index.toString(36).toUpperCase().padStart(width, '0')

export function hostIdentity(seed: number, index: number, platform: Platform, epochSeconds: number): HostIdentity {
  const rng = Rng.for(seed, index, 'identity')
  const profile = PROFILES[platform]
  const os = rng.pick(profile.releases)
  // Nobody runs Windows Server on a laptop.
  const hardware = rng.pick(os.name.includes('Server') ? profile.hardware.filter((h) => !h.laptop) : profile.hardware)
  const first = rng.pick(FIRST_NAMES), last = rng.pick(LAST_NAMES)
  const number = String(index + 1).padStart(4, '0')
  let hostname: string, computerName: string, username: string
  switch (platform) {
    case 'darwin': {
      const kind = hardware.model.startsWith('Macmini') ? 'Mac-mini' : hardware.model.startsWith('MacBookAir') || hardware.model === 'Mac14,2' ? 'MacBook-Air' : 'MacBook-Pro'
      computerName = `${cap(first)}'s ${kind.replace(/-/g, ' ')}`
      // macOS appends "-N" when a name is taken on the network; the index keeps them distinct.
      hostname = `${cap(first)}s-${kind}-${index + 1}.local`
      username = first
      break
    }
    case 'windows': {
      const prefix = os.name.includes('Server') ? 'WIN-' : hardware.laptop ? 'LAPTOP-' : 'DESKTOP-'
      hostname = `${prefix}${rng.chars(SERIAL_ALPHABET, 3)}${indexTag(index, 4)}`
      computerName = hostname
      username = `${first}.${last}`
      break
    }
    case 'ubuntu': {
      if (hardware.laptop) {
        hostname = `${first}-thinkpad-${number}`
        username = first
      } else if (hardware.vendor === 'Amazon EC2') {
        hostname = `ip-${ipv4For(index).replace(/\./g, '-')}`
        username = 'ubuntu'
      } else {
        hostname = `${rng.pick(SERVER_ROLES)}-${rng.pick(ENVIRONMENTS)}-${number}`
        username = 'ubuntu'
      }
      computerName = hostname
      break
    }
    case 'centos': {
      hostname = `${rng.pick(SERVER_ROLES)}-${number}.${rng.pick(ENVIRONMENTS)}.acme.internal`
      computerName = hostname.split('.')[0]
      username = `${first.charAt(0)}${last}`
      break
    }
  }
  const uuid = platform === 'darwin' || platform === 'windows' ? rng.uuid().toUpperCase() : rng.uuid()
  const uid = platform === 'darwin' ? 501 : platform === 'windows' ? 1001 : 1000
  const bootTime = epochSeconds - rng.int(600, 45 * 86400)
  const osqueryPid = rng.int(300, 60000)
  return {
    seed, index, platform, hostname, computerName, uuid,
    serial: serialFrom(rng, hardware.serial),
    hardware,
    memoryBytes: rng.pick(hardware.memoryGiB) * 1024 ** 3,
    os,
    person: { username, fullName: `${cap(first)} ${cap(last)}`, uid },
    ipv4: ipv4For(index),
    mac: [hardware.vendor === 'Apple Inc.' ? 'a4:83:e7' : '00:50:56', rng.hex(2), rng.hex(2), rng.hex(2)].join(':'),
    bootTime,
    osqueryPid,
    watcherPid: osqueryPid - rng.int(1, 20),
    instanceId: rng.uuid(),
  }
}
