// The rows of every osquery table on one simulated host. Static tables are
// rebuilt from (seed, index, table) whenever the SQL engine needs them, so
// nothing bulky stays in memory per host; volatile ones (clock, uptime, flags,
// schedule) are computed from the agent's live state at query time.
import { hostIdentity, type HostIdentity } from './host-identity.js'
import { PROFILES } from './platforms.js'
import { Rng, hash32 } from './rng.js'
import { TABLE_BY_NAME, platformMask, type Platform } from './tables.js'
import { TIMEZONES, WEEKDAYS, calendarTime, stamp } from './calendar.js'

export type Value = string | number | null
export type Row = Record<string, Value>

export const OSQUERY_VERSION = '5.12.1'

/** One scheduled query as osquery_schedule shows it. */
export interface ScheduleStat {
  name: string
  query: string
  interval: number
  executions: number
  lastExecuted: number
  outputSize: number
  wallTimeMs: number
  lastWallTimeMs: number
  userTime: number
  lastUserTime: number
  systemTime: number
  lastSystemTime: number
}

/** What the running agent changes over time; host-data reads it, the agent writes it. */
export interface HostRuntime {
  distributedInterval: number
  configRefresh: number
  loggerPeriod: number
  packDelimiter: string
  configHash: string
  /** Unix seconds when this osquery "process" started. */
  startTime: number
  schedule: readonly ScheduleStat[]
}

export function defaultRuntime(startTime: number): HostRuntime {
  return { distributedInterval: 10, configRefresh: 60, loggerPeriod: 60, packDelimiter: '/', configHash: '', startTime, schedule: [] }
}

export class HostData {
  readonly identity: HostIdentity
  runtime: HostRuntime

  /**
   * @param epochSeconds the simulator's start (unix seconds): boot and process
   *   times are placed before it, so tests pass a fixed value to compare hosts.
   */
  constructor(readonly seed: number, readonly index: number, readonly platform: Platform, epochSeconds = Math.floor(Date.now() / 1000), runtime?: HostRuntime) {
    this.identity = hostIdentity(seed, index, platform, epochSeconds)
    this.runtime = runtime ?? defaultRuntime(epochSeconds)
  }

  /** Cache key of this host's database in the SQL engine. */
  get key(): string {
    return `${this.seed}:${this.index}:${this.platform}`
  }

  /** Rows of one table (empty for a table this platform does not have). */
  rows(table: string, nowMs = Date.now()): Row[] {
    const def = TABLE_BY_NAME.get(table)
    if (!def || !def.platforms.includes(this.platform)) return []
    const make = GENERATORS[table]
    return make ? make(this, Rng.for(this.seed, this.index, table), Math.floor(nowMs / 1000)) : []
  }

  /** The enrollment `host_details`: osquery sends these four tables' first rows, every value a string. */
  hostDetails(nowMs = Date.now()): Record<string, Record<string, string>> {
    const out: Record<string, Record<string, string>> = {}
    for (const table of ['os_version', 'osquery_info', 'system_info', 'platform_info']) {
      const row = this.rows(table, nowMs)[0] ?? {}
      out[table] = Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v === null ? '' : String(v)]))
    }
    return out
  }
}

function userRow(name: string, uid: number, gid: number, description: string, directory: string, shell: string, type: string, uuid: string): Row {
  const signed = (n: number) => (n > 0x7fffffff ? n - 0x100000000 : n)
  return { uid, gid, uid_signed: signed(uid), gid_signed: signed(gid), username: name, description, directory, shell, uuid, type }
}

/** One function per table; each draws from its own random stream so tables stay independent. */
const GENERATORS: Record<string, (h: HostData, rng: Rng, now: number) => Row[]> = {
  system_info: (h): Row[] => {
    const id = h.identity, hw = h.identity.hardware
    return [{
      hostname: id.hostname, uuid: id.uuid, cpu_type: hw.cpuType, cpu_subtype: hw.cpuType === 'arm64e' ? 'ARM64E' : h.platform === 'windows' ? '-1' : '158',
      cpu_brand: hw.cpuBrand, cpu_physical_cores: hw.physicalCores, cpu_logical_cores: hw.logicalCores, cpu_microcode: hw.cpuType.startsWith('x86') ? '0xf4' : '',
      physical_memory: id.memoryBytes, hardware_vendor: hw.vendor, hardware_model: hw.model, hardware_version: '', hardware_serial: id.serial,
      board_vendor: hw.vendor, board_model: h.platform === 'darwin' ? '' : hw.model, board_version: '', board_serial: h.platform === 'darwin' ? '' : id.serial,
      computer_name: id.computerName, local_hostname: id.hostname.replace(/\.local$/, ''),
    }]
  },

  os_version: (h, rng): Row[] => {
    const os = h.identity.os
    return [{
      name: os.name, version: os.version, major: os.major, minor: os.minor, patch: os.patch, build: os.build, platform: h.platform,
      platform_like: os.platformLike, codename: os.codename, arch: h.identity.hardware.arch, install_date: h.identity.bootTime - rng.int(30, 700) * 86400,
    }]
  },

  osquery_info: (h): Row[] => {
    const id = h.identity, rt = h.runtime, profile = PROFILES[h.platform]
    return [{
      pid: id.osqueryPid, uuid: id.uuid, instance_id: id.instanceId, version: OSQUERY_VERSION, config_hash: rt.configHash, config_valid: rt.configHash ? 1 : 0,
      extensions: 'active', build_platform: profile.buildPlatform, build_distro: profile.buildDistro, start_time: rt.startTime, watcher: id.watcherPid,
      platform_mask: platformMask(h.platform),
    }]
  },

  platform_info: (h, rng): Row[] => {
    const release = h.identity.bootTime - rng.int(60, 600) * 86400
    if (h.platform === 'darwin') {
      return [{ vendor: 'Apple Inc.', version: `${rng.int(8000, 11000)}.${rng.int(1, 140)}.${rng.int(1, 9)}`, date: stamp(release), revision: '', extra: '', firmware_type: 'efi', address: '', size: '0', volume_size: 0 }]
    }
    const vendor = h.identity.hardware.vendor === 'QEMU' ? 'SeaBIOS' : h.identity.hardware.vendor === 'VMware, Inc.' ? 'Phoenix Technologies LTD' : h.identity.hardware.vendor
    return [{ vendor, version: `${rng.int(1, 3)}.${rng.int(0, 30)}.${rng.int(0, 9)}`, date: stamp(release), revision: `${rng.int(1, 5)}.${rng.int(0, 20)}`, extra: '', firmware_type: h.identity.hardware.vendor === 'QEMU' ? 'bios' : 'uefi', address: '0xf0000', size: '16777216', volume_size: 0 }]
  },

  processes: (h, rng): Row[] => {
    const id = h.identity, profile = PROFILES[h.platform]
    const isWin = h.platform === 'windows'
    const rows: Row[] = []
    let pid = isWin ? 4 : 1
    const uidOf = (owner: 'root' | 'user' | number) => (owner === 'root' ? (isWin ? 18 : 0) : owner === 'user' ? id.person.uid : owner)
    for (const [name, path, cmdline, owner] of profile.processes) {
      const uid = uidOf(owner)
      const kernel = path === '' && !isWin
      const thisPid = name === 'kernel_task' || name === 'System Idle Process' ? 0 : name === 'kthreadd' ? 2 : name === 'systemd' || name === 'launchd' ? 1 : (pid += rng.int(1, 400))
      const resident = kernel ? 0 : rng.int(2, 900) * 1024 * 1024 + rng.int(0, 1023) * 1024
      const started = thisPid <= 2 ? id.bootTime : id.bootTime + rng.int(5, Math.max(10, id.osqueryPid))
      rows.push({
        pid: thisPid, name, path, cmdline, state: isWin ? '' : rng.chance(0.08) ? 'R' : 'S', cwd: isWin ? '' : '/', root: isWin ? '' : '/',
        uid, gid: uid, euid: uid, egid: uid, on_disk: path ? 1 : -1, wired_size: 0, resident_size: resident, total_size: resident + rng.int(1, 400) * 1024 * 1024,
        user_time: rng.int(0, 600000), system_time: rng.int(0, 200000), disk_bytes_read: rng.int(0, 5e8), disk_bytes_written: rng.int(0, 2e8),
        start_time: started, parent: thisPid <= 1 ? 0 : isWin ? 4 : 1, pgroup: thisPid, threads: rng.int(1, 60), nice: 0,
      })
    }
    // osquery itself: the watcher and its worker, whose pid osquery_info reports.
    const exe = isWin ? 'C:\\Program Files\\osquery\\osqueryd\\osqueryd.exe' : h.platform === 'darwin' ? '/opt/orbit/bin/osqueryd/macos-app/stable/osquery.app/Contents/MacOS/osqueryd' : '/opt/orbit/bin/osqueryd/linux/stable/osqueryd'
    const osqName = isWin ? 'osqueryd.exe' : 'osqueryd'
    const rootUid = isWin ? 18 : 0
    for (const [p, parent] of [[id.watcherPid, 1], [id.osqueryPid, id.watcherPid]] as const) {
      rows.push({
        pid: p, name: osqName, path: exe, cmdline: `${exe} --flagfile=${isWin ? 'C:\\Program Files\\Orbit\\osquery.flags' : '/opt/orbit/osquery.flags'}`, state: isWin ? '' : 'S',
        cwd: isWin ? '' : '/', root: isWin ? '' : '/', uid: rootUid, gid: rootUid, euid: rootUid, egid: rootUid, on_disk: 1, wired_size: 0,
        resident_size: rng.int(20, 90) * 1024 * 1024, total_size: rng.int(100, 300) * 1024 * 1024, user_time: rng.int(100, 90000), system_time: rng.int(50, 40000),
        disk_bytes_read: rng.int(0, 5e7), disk_bytes_written: rng.int(0, 5e7), start_time: h.runtime.startTime, parent, pgroup: id.watcherPid, threads: rng.int(8, 20), nice: 0,
      })
    }
    return rows
  },

  users: (h, rng): Row[] => {
    const id = h.identity, profile = PROFILES[h.platform]
    const domain = `S-1-5-21-${rng.int(1e9, 4e9)}-${rng.int(1e9, 4e9)}-${rng.int(1e8, 4e9)}`
    const uuidFor = (uid: number) => (h.platform === 'windows' ? (uid < 100 ? `S-1-5-${uid}` : `${domain}-${uid}`) : h.platform === 'darwin' ? rng.uuid().toUpperCase() : '')
    const rows = profile.systemUsers.map(([name, uid, gid, description, directory, shell, type]) => userRow(name, uid, gid, description, directory, shell, type, uuidFor(uid)))
    const human = (username: string, fullName: string, uid: number) => {
      switch (h.platform) {
        case 'darwin': return userRow(username, uid, 20, fullName, `/Users/${username}`, '/bin/zsh', '', uuidFor(uid))
        case 'windows': return userRow(username, uid, 513, '', `C:\\Users\\${username}`, 'C:\\Windows\\system32\\cmd.exe', 'local', uuidFor(uid))
        default: return userRow(username, uid, uid, `${fullName},,,`, `/home/${username}`, '/bin/bash', '', '')
      }
    }
    rows.push(human(id.person.username, id.person.fullName, id.person.uid))
    // Servers often carry a couple of admin accounts besides the default one.
    if (!h.identity.hardware.laptop) for (let i = 1; i <= rng.int(0, 3); i++) rows.push(human(`admin${i}`, `Admin ${i}`, id.person.uid + i))
    return rows
  },

  logged_in_users: (h, rng): Row[] => {
    const id = h.identity
    if (h.platform === 'darwin' || h.platform === 'windows' || h.identity.hardware.laptop) {
      return [{ type: 'user', user: id.person.username, tty: 'console', host: '', time: id.bootTime + rng.int(30, 600), pid: rng.int(100, 900), sid: h.platform === 'windows' ? `S-1-5-21-${rng.int(1e9, 4e9)}-1001` : '', registry_hive: h.platform === 'windows' ? 'HKEY_USERS\\S-1-5-21-1001' : '' }]
    }
    return rng.chance(0.3) ? [{ type: 'user', user: id.person.username, tty: 'pts/0', host: `10.0.0.${rng.int(2, 250)}`, time: id.bootTime + rng.int(600, 86400), pid: rng.int(1000, 30000), sid: '', registry_hive: '' }] : []
  },

  uptime: (h, _rng, now): Row[] => {
    const total = Math.max(0, now - h.identity.bootTime)
    return [{ days: Math.floor(total / 86400), hours: Math.floor((total % 86400) / 3600), minutes: Math.floor((total % 3600) / 60), seconds: total % 60, total_seconds: total }]
  },

  time: (h, rng, now): Row[] => {
    const d = new Date(now * 1000)
    const iso = d.toISOString().replace(/\.\d{3}Z$/, 'Z')
    return [{
      weekday: WEEKDAYS[d.getUTCDay()], year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minutes: d.getUTCMinutes(),
      seconds: d.getUTCSeconds(), timezone: 'UTC', local_timezone: rng.pick(TIMEZONES), unix_time: now, timestamp: calendarTime(d), datetime: iso, iso_8601: iso,
      // Windows FILETIME: 100-ns ticks since 1601.
      win_timestamp: h.platform === 'windows' ? (now + 11644473600) * 10000000 : null,
    }]
  },

  interface_addresses: (h): Row[] => interfaces(h).flatMap((i) => i.addresses.map(([address, mask, broadcast]) => ({
    interface: i.name, address, mask, broadcast, point_to_point: '', type: h.platform === 'windows' ? 'dhcp' : 'unknown', friendly_name: i.friendly,
  }))),

  interface_details: (h, rng, now): Row[] => interfaces(h).map((i) => {
    const up = now - h.identity.bootTime
    const packets = i.loopback ? rng.int(1e3, 1e6) : rng.int(1e5, 5e7)
    return {
      interface: i.name, mac: i.mac, type: i.loopback ? 24 : 6, mtu: i.loopback ? (h.platform === 'darwin' ? 16384 : 65536) : 1500, metric: 0,
      flags: i.loopback ? 32841 : 34915, ipackets: packets, opackets: Math.floor(packets * 0.8), ibytes: packets * rng.int(200, 1400), obytes: packets * rng.int(100, 900),
      ierrors: 0, oerrors: 0, idrops: rng.int(0, 50), odrops: 0, collisions: 0, last_change: h.identity.bootTime + Math.min(up, 30),
      link_speed: i.loopback ? 0 : h.identity.hardware.laptop ? 866 : 10000, friendly_name: i.friendly, description: i.loopback ? 'Software Loopback Interface 1' : i.description,
      manufacturer: h.platform === 'windows' ? (i.loopback ? 'Microsoft' : 'Intel Corporation') : '', physical_adapter: i.loopback ? 0 : 1, dhcp_enabled: i.loopback ? 0 : 1,
    }
  }),

  osquery_schedule: (h): Row[] => h.runtime.schedule.map((s) => ({
    name: s.name, query: s.query, interval: s.interval, executions: s.executions, last_executed: s.lastExecuted, denylisted: 0, output_size: s.outputSize,
    wall_time: Math.floor(s.wallTimeMs / 1000), wall_time_ms: s.wallTimeMs, last_wall_time_ms: s.lastWallTimeMs, user_time: s.userTime, last_user_time: s.lastUserTime,
    system_time: s.systemTime, last_system_time: s.lastSystemTime, average_memory: s.executions ? 2 * 1024 * 1024 : 0, last_memory: s.executions ? 2 * 1024 * 1024 : 0,
  })),

  osquery_flags: (h): Row[] => {
    const rt = h.runtime
    const flag = (name: string, type: string, description: string, defaultValue: string, value: string): Row => ({ name, type, description, default_value: defaultValue, value, shell_only: 0 })
    return [
      flag('config_plugin', 'string', 'Config plugin name', 'filesystem', 'tls'),
      flag('config_refresh', 'uint32', 'Optional interval in seconds to re-read configuration', '0', String(rt.configRefresh)),
      flag('config_tls_endpoint', 'string', 'TLS/HTTPS endpoint for config retrieval', '', '/api/v1/osquery/config'),
      flag('disable_distributed', 'bool', 'Disable distributed queries (default true)', 'true', 'false'),
      flag('distributed_interval', 'uint64', 'Seconds between polling for new queries (default 60)', '60', String(rt.distributedInterval)),
      flag('distributed_plugin', 'string', 'Distributed plugin name', 'tls', 'tls'),
      flag('distributed_tls_read_endpoint', 'string', 'TLS/HTTPS endpoint for distributed query retrieval', '', '/api/v1/osquery/distributed/read'),
      flag('distributed_tls_write_endpoint', 'string', 'TLS/HTTPS endpoint for distributed query results', '', '/api/v1/osquery/distributed/write'),
      flag('enroll_tls_endpoint', 'string', 'TLS/HTTPS endpoint for client enrollment', '', '/api/v1/osquery/enroll'),
      flag('host_identifier', 'string', 'Field used to identify the host running osquery (hostname, uuid, instance, ephemeral, specified)', 'hostname', 'uuid'),
      flag('logger_plugin', 'string', 'Logger plugin name', 'filesystem', 'tls'),
      flag('logger_tls_endpoint', 'string', 'TLS/HTTPS endpoint for results logging', '', '/api/v1/osquery/log'),
      flag('logger_tls_max_lines', 'uint64', 'Max number of logs to send per period', '1024', '1024'),
      flag('logger_tls_period', 'uint64', 'Seconds between flushing logs over TLS/HTTPS', '4', String(rt.loggerPeriod)),
      flag('pack_delimiter', 'string', 'Delimiter for pack and query names', '_', rt.packDelimiter),
      flag('schedule_splay_percent', 'uint64', 'Percent to splay config times', '10', '10'),
      flag('tls_hostname', 'string', 'TLS/HTTPS hostname for Config, Logger, and Enroll plugins', '', 'fleet.example.com'),
      flag('watchdog_level', 'int32', 'Performance limit level (0=normal, 1=restrictive, -1=off)', '0', '0'),
    ]
  },

  disk_encryption: (h, rng): Row[] => {
    if (h.platform === 'darwin') {
      const on = rng.chance(0.85)
      return [{ name: '/dev/disk3s1', uuid: rng.uuid().toUpperCase(), encrypted: on ? 1 : 0, type: on ? 'APFS Encryption' : '', encryption_status: on ? 'encrypted' : 'not encrypted', uid: on ? String(h.identity.person.uid) : '', user_uuid: '', filevault_status: on ? 'on' : 'off' }]
    }
    const luks = h.identity.hardware.laptop && rng.chance(0.7)
    const rows: Row[] = [{ name: '/dev/nvme0n1p1', uuid: rng.uuid(), encrypted: 0, type: '', encryption_status: 'not encrypted', uid: '', user_uuid: '', filevault_status: '' }]
    rows.push(luks
      ? { name: '/dev/dm-0', uuid: rng.uuid(), encrypted: 1, type: 'luks2', encryption_status: 'encrypted', uid: '', user_uuid: '', filevault_status: '' }
      : { name: '/dev/nvme0n1p2', uuid: rng.uuid(), encrypted: 0, type: '', encryption_status: 'not encrypted', uid: '', user_uuid: '', filevault_status: '' })
    return rows
  },

  mounts: (h, rng): Row[] => {
    const diskBlocks = rng.pick([128, 256, 512, 1024, 2048]) * 262144 // GiB of 4 KiB blocks
    const free = Math.floor(diskBlocks * (0.1 + rng.next() * 0.8))
    const disk = (device: string, path: string, type: string, flags: string): Row => ({
      device, device_alias: device, path, type, blocks_size: 4096, blocks: diskBlocks, blocks_free: free, blocks_available: Math.floor(free * 0.95),
      inodes: Math.floor(diskBlocks / 4), inodes_free: Math.floor(free / 4), flags,
    })
    const virtual = (device: string, path: string, type: string): Row => ({ device, device_alias: device, path, type, blocks_size: 4096, blocks: 0, blocks_free: 0, blocks_available: 0, inodes: 0, inodes_free: 0, flags: 'rw,nosuid,nodev,noexec,relatime' })
    if (h.platform === 'darwin') {
      return [
        disk('/dev/disk3s1s1', '/', 'apfs', '0x4801'), virtual('devfs', '/dev', 'devfs'), disk('/dev/disk3s6', '/System/Volumes/VM', 'apfs', '0x10001'),
        disk('/dev/disk3s2', '/System/Volumes/Preboot', 'apfs', '0x10001'), disk('/dev/disk3s5', '/System/Volumes/Data', 'apfs', '0x4400080'),
      ]
    }
    return [
      disk(h.identity.hardware.vendor === 'Amazon EC2' ? '/dev/nvme0n1p1' : '/dev/sda2', '/', h.platform === 'centos' ? 'xfs' : 'ext4', 'rw,relatime'),
      disk(h.platform === 'centos' ? '/dev/sda1' : '/dev/sda1', '/boot', h.platform === 'centos' ? 'xfs' : 'ext4', 'rw,relatime'),
      virtual('proc', '/proc', 'proc'), virtual('sysfs', '/sys', 'sysfs'), virtual('udev', '/dev', 'devtmpfs'), virtual('tmpfs', '/run', 'tmpfs'), virtual('tmpfs', '/dev/shm', 'tmpfs'),
    ]
  },

  bitlocker_info: (h, rng): Row[] => {
    const on = rng.chance(0.8)
    return [{ device_id: `\\\\?\\Volume{${rng.uuid()}}\\`, drive_letter: 'C:', persistent_volume_id: '', conversion_status: on ? 1 : 0, protection_status: on ? 1 : 0, encryption_method: on ? 'XTS_AES_128' : 'None', version: on ? 2 : 0, percentage_encrypted: on ? 100 : 0, lock_status: 0 }]
  },

  logical_drives: (h, rng): Row[] => {
    const size = rng.pick([256, 512, 1024]) * 1024 ** 3
    return [{ device_id: 'C:', type: 'Local Disk', description: 'Local Fixed Disk', free_space: Math.floor(size * (0.1 + rng.next() * 0.7)), size, file_system: 'NTFS', boot_partition: 1 }]
  },

  battery: (h, rng): Row[] => {
    if (!h.identity.hardware.laptop) return []
    const designed = rng.pick([4382, 5103, 6075, 8694])
    const max = Math.floor(designed * (0.78 + rng.next() * 0.22))
    const percent = rng.int(8, 100)
    const charging = rng.chance(0.4)
    return [{
      manufacturer: rng.pick(['SMP', 'DSY', 'SWD']), manufacture_date: h.identity.bootTime - rng.int(100, 1200) * 86400, model: rng.pick(['bq20z451', 'bq40z651']),
      serial_number: rng.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 17), cycle_count: rng.int(5, 950), health: max / designed > 0.8 ? 'Good' : 'Fair',
      condition: max / designed > 0.8 ? 'Normal' : 'Service Recommended', state: charging ? 'AC Power' : 'Battery Power', charging: charging ? 1 : 0, charged: percent === 100 ? 1 : 0,
      designed_capacity: designed, max_capacity: max, current_capacity: Math.floor((max * percent) / 100), percent_remaining: percent,
      amperage: charging ? rng.int(200, 3000) : -rng.int(200, 2000), voltage: rng.int(11400, 13100), minutes_until_empty: charging ? -1 : rng.int(30, 900), minutes_to_full_charge: charging ? rng.int(5, 150) : -1,
    }]
  },

  apps: (h, rng): Row[] => {
    const profile = PROFILES.darwin
    return rng.sample(profile.packages, rng.int(...profile.packageCount)).map(([file, version, bundleId]) => {
      const name = file.replace(/\.app$/, '')
      return {
        name: file, path: `/Applications/${file}`, bundle_executable: name, bundle_identifier: bundleId, bundle_name: name, bundle_short_version: version,
        bundle_version: String(rng.int(1, 99999)), bundle_package_type: 'APPL', environment: '', element: '', compiler: 'com.apple.compilers.llvm.clang.1_0',
        development_region: 'en', display_name: name, info_string: '', minimum_system_version: rng.pick(['10.15', '11.0', '12.0']),
        category: bundleId.startsWith('com.apple.iWork') || bundleId.includes('microsoft') ? 'public.app-category.productivity' : 'public.app-category.developer-tools',
        applescript_enabled: '0', copyright: `Copyright © ${rng.int(2015, 2024)} ${name.split(' ')[0]}`, last_opened_time: rng.chance(0.2) ? -1 : h.identity.bootTime + rng.int(0, 86400) + rng.next(),
      }
    })
  },

  programs: (h, rng): Row[] => {
    const profile = PROFILES.windows
    return rng.sample(profile.packages, rng.int(...profile.packageCount)).map(([name, version, publisher]) => {
      // The MSI product code is the same on every machine for a given product.
      const code = `{${new Rng(hash32(name)).uuid().toUpperCase()}}`
      const installed = new Date((h.identity.bootTime - rng.int(1, 400) * 86400) * 1000)
      return {
        name, version, install_location: `C:\\Program Files\\${name.split(' ')[0]}\\`, install_source: '', language: '1033', publisher,
        uninstall_string: `MsiExec.exe /X${code}`, install_date: installed.toISOString().slice(0, 10).replace(/-/g, ''), identifying_number: code,
      }
    })
  },

  deb_packages: (h, rng): Row[] => {
    const profile = PROFILES.ubuntu, tag = h.identity.os.packageTag
    const arch = h.identity.hardware.arch === 'aarch64' ? 'arm64' : 'amd64'
    return rng.sample(profile.packages, rng.int(...profile.packageCount)).map(([name, v, section]) => {
      const version = v.replace('{r}', tag)
      const dash = version.lastIndexOf('-')
      return {
        name, version, source: '', size: rng.int(20, 90000), arch, revision: dash > 0 ? version.slice(dash + 1) : '', status: 'install ok installed',
        maintainer: 'Ubuntu Developers <ubuntu-devel-discuss@lists.ubuntu.com>', section, priority: section === 'libs' || name === 'bash' ? 'required' : 'optional', admindir: '/var/lib/dpkg',
      }
    })
  },

  rpm_packages: (h, rng): Row[] => {
    const profile = PROFILES.centos, tag = h.identity.os.packageTag
    return rng.sample(profile.packages, rng.int(...profile.packageCount)).map(([name, v, vendor]) => {
      const full = v.replace('{r}', tag)
      const dash = full.indexOf('-')
      return {
        name, version: full.slice(0, dash), release: full.slice(dash + 1), source: `${name}-${full}.src.rpm`, size: rng.int(10000, 90000000), sha1: rng.hex(40),
        arch: name === 'ca-certificates' || name === 'yum' ? 'noarch' : 'x86_64', epoch: 0, install_time: h.identity.bootTime - rng.int(1, 300) * 86400,
        vendor, package_group: 'Unspecified',
      }
    })
  },
}

function interfaces(h: HostData): { name: string; friendly: string; description: string; mac: string; loopback: boolean; addresses: [string, string, string][] }[] {
  const id = h.identity
  const v6 = `fe80::${id.mac.split(':').slice(3).join('')}:${id.index.toString(16)}`
  const lan: [string, string, string][] = [[id.ipv4, '255.255.0.0', id.ipv4.replace(/\.\d+\.\d+$/, '.255.255')], [v6, 'ffff:ffff:ffff:ffff::', '']]
  switch (h.platform) {
    case 'darwin':
      return [
        { name: 'lo0', friendly: '', description: '', mac: '00:00:00:00:00:00', loopback: true, addresses: [['127.0.0.1', '255.0.0.0', ''], ['::1', 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', ''], ['fe80::1%lo0', 'ffff:ffff:ffff:ffff::', '']] },
        { name: 'en0', friendly: '', description: '', mac: id.mac, loopback: false, addresses: lan.map(([a, m, b]) => [a.startsWith('fe80') ? `${a}%en0` : a, m, b]) },
      ]
    case 'windows':
      return [
        { name: '1', friendly: 'Loopback Pseudo-Interface 1', description: 'Software Loopback Interface 1', mac: '', loopback: true, addresses: [['127.0.0.1', '255.0.0.0', ''], ['::1', 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', '']] },
        { name: '12', friendly: h.identity.hardware.laptop ? 'Wi-Fi' : 'Ethernet', description: h.identity.hardware.laptop ? 'Intel(R) Wi-Fi 6 AX201 160MHz' : 'Intel(R) Ethernet Connection (17) I219-LM', mac: id.mac.toUpperCase(), loopback: false, addresses: lan },
      ]
    default: {
      const nic = h.identity.hardware.vendor === 'Amazon EC2' ? 'ens5' : h.identity.hardware.laptop ? 'wlp0s20f3' : 'eth0'
      return [
        { name: 'lo', friendly: '', description: '', mac: '00:00:00:00:00:00', loopback: true, addresses: [['127.0.0.1', '255.0.0.0', ''], ['::1', 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', '']] },
        { name: nic, friendly: '', description: '', mac: id.mac, loopback: false, addresses: lan },
      ]
    }
  }
}
