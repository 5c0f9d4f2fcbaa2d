// The osquery tables a simulated host offers, with osquery's column names and
// SQLite types, and the platforms each exists on (as in osquery's own table
// specs: `battery` and `apps` only on macOS, `programs` only on Windows...).
// A table missing on a platform is missing from that platform's schema, so a
// query against it fails with SQLite's own "no such table: ..." exactly as
// osquery answers.

export const PLATFORMS = ['ubuntu', 'darwin', 'windows', 'centos'] as const
export type Platform = (typeof PLATFORMS)[number]

type Type = 'TEXT' | 'INTEGER' | 'BIGINT' | 'DOUBLE'

export interface TableDef {
  name: string
  columns: readonly (readonly [string, Type])[]
  platforms: readonly Platform[]
  /**
   * Volatile tables change while the host runs (clock, uptime, flags that the
   * config sets), so they are reloaded on every query that names them; the
   * others are loaded once per cached host database.
   */
  volatile?: boolean
}

const ALL = PLATFORMS
const POSIX: readonly Platform[] = ['ubuntu', 'darwin', 'centos']

const t = (name: string, spec: string, platforms: readonly Platform[] = ALL, volatile = false): TableDef => ({
  name,
  platforms,
  volatile,
  columns: spec.split(',').map((c) => {
    const [col, type = 'TEXT'] = c.trim().split(/\s+/)
    return [col, type as Type] as const
  }),
})

export const TABLES: readonly TableDef[] = [
  t('system_info', 'hostname, uuid, cpu_type, cpu_subtype, cpu_brand, cpu_physical_cores INTEGER, cpu_logical_cores INTEGER, cpu_microcode, physical_memory BIGINT, hardware_vendor, hardware_model, hardware_version, hardware_serial, board_vendor, board_model, board_version, board_serial, computer_name, local_hostname'),
  t('os_version', 'name, version, major INTEGER, minor INTEGER, patch INTEGER, build, platform, platform_like, codename, arch, install_date BIGINT'),
  t('osquery_info', 'pid INTEGER, uuid, instance_id, version, config_hash, config_valid INTEGER, extensions, build_platform, build_distro, start_time INTEGER, watcher INTEGER, platform_mask INTEGER', ALL, true),
  t('platform_info', 'vendor, version, date, revision, extra, firmware_type, address, size, volume_size INTEGER'),
  t('processes', 'pid BIGINT, name, path, cmdline, state, cwd, root, uid BIGINT, gid BIGINT, euid BIGINT, egid BIGINT, on_disk INTEGER, wired_size BIGINT, resident_size BIGINT, total_size BIGINT, user_time BIGINT, system_time BIGINT, disk_bytes_read BIGINT, disk_bytes_written BIGINT, start_time BIGINT, parent BIGINT, pgroup BIGINT, threads INTEGER, nice INTEGER'),
  t('users', 'uid BIGINT, gid BIGINT, uid_signed BIGINT, gid_signed BIGINT, username, description, directory, shell, uuid, type'),
  t('logged_in_users', 'type, user, tty, host, time INTEGER, pid INTEGER, sid, registry_hive'),
  t('uptime', 'days INTEGER, hours INTEGER, minutes INTEGER, seconds INTEGER, total_seconds BIGINT', ALL, true),
  t('time', 'weekday, year INTEGER, month INTEGER, day INTEGER, hour INTEGER, minutes INTEGER, seconds INTEGER, timezone, local_timezone, unix_time INTEGER, timestamp, datetime, iso_8601, win_timestamp BIGINT', ALL, true),
  t('interface_addresses', 'interface, address, mask, broadcast, point_to_point, type, friendly_name'),
  t('interface_details', 'interface, mac, type INTEGER, mtu INTEGER, metric INTEGER, flags INTEGER, ipackets BIGINT, opackets BIGINT, ibytes BIGINT, obytes BIGINT, ierrors BIGINT, oerrors BIGINT, idrops BIGINT, odrops BIGINT, collisions BIGINT, last_change BIGINT, link_speed BIGINT, friendly_name, description, manufacturer, physical_adapter INTEGER, dhcp_enabled INTEGER'),
  t('osquery_schedule', 'name, query, interval INTEGER, executions BIGINT, last_executed BIGINT, denylisted INTEGER, output_size BIGINT, wall_time BIGINT, wall_time_ms BIGINT, last_wall_time_ms BIGINT, user_time BIGINT, last_user_time BIGINT, system_time BIGINT, last_system_time BIGINT, average_memory BIGINT, last_memory BIGINT', ALL, true),
  t('osquery_flags', 'name, type, description, default_value, value, shell_only INTEGER', ALL, true),
  // disk_encryption and mounts are POSIX tables in osquery; Windows answers the
  // same questions through bitlocker_info and logical_drives (as Fleet's Windows
  // detail queries do).
  t('disk_encryption', 'name, uuid, encrypted INTEGER, type, encryption_status, uid, user_uuid, filevault_status', POSIX),
  t('mounts', 'device, device_alias, path, type, blocks_size BIGINT, blocks BIGINT, blocks_free BIGINT, blocks_available BIGINT, inodes BIGINT, inodes_free BIGINT, flags', POSIX),
  t('bitlocker_info', 'device_id, drive_letter, persistent_volume_id, conversion_status INTEGER, protection_status INTEGER, encryption_method, version INTEGER, percentage_encrypted INTEGER, lock_status INTEGER', ['windows']),
  t('logical_drives', 'device_id, type, description, free_space BIGINT, size BIGINT, file_system, boot_partition INTEGER', ['windows']),
  t('battery', 'manufacturer, manufacture_date INTEGER, model, serial_number, cycle_count INTEGER, health, condition, state, charging INTEGER, charged INTEGER, designed_capacity INTEGER, max_capacity INTEGER, current_capacity INTEGER, percent_remaining INTEGER, amperage INTEGER, voltage INTEGER, minutes_until_empty INTEGER, minutes_to_full_charge INTEGER', ['darwin']),
  t('apps', 'name, path, bundle_executable, bundle_identifier, bundle_name, bundle_short_version, bundle_version, bundle_package_type, environment, element, compiler, development_region, display_name, info_string, minimum_system_version, category, applescript_enabled, copyright, last_opened_time DOUBLE', ['darwin']),
  t('programs', 'name, version, install_location, install_source, language, publisher, uninstall_string, install_date, identifying_number', ['windows']),
  t('deb_packages', 'name, version, source, size BIGINT, arch, revision, status, maintainer, section, priority, admindir', ['ubuntu']),
  t('rpm_packages', 'name, version, release, source, size BIGINT, sha1, arch, epoch INTEGER, install_time INTEGER, vendor, package_group', ['centos']),
]

export const TABLE_BY_NAME: ReadonlyMap<string, TableDef> = new Map(TABLES.map((d) => [d.name, d]))

export function tablesFor(platform: Platform): TableDef[] {
  return TABLES.filter((d) => d.platforms.includes(platform))
}

/** CREATE TABLE statements for one platform: the template every host database of that platform starts from. */
export function schemaSql(platform: Platform): string {
  return tablesFor(platform)
    .map((d) => `CREATE TABLE ${d.name} (${d.columns.map(([c, type]) => `"${c}" ${type}`).join(', ')});`)
    .join('\n')
}

export function isPlatform(value: string): value is Platform {
  return (PLATFORMS as readonly string[]).includes(value)
}

/**
 * osquery's platform bit mask (POSIX 1, WINDOWS 2, BSD 4, LINUX 8, OSX 16),
 * sent as `platform_type` at enrollment and shown in osquery_info.platform_mask.
 */
export function platformMask(platform: Platform): number {
  switch (platform) {
    case 'darwin': return 1 | 4 | 16
    case 'windows': return 2
    default: return 1 | 8
  }
}
