// Maps osquery's enroll-time host_details (table → column → string) onto host
// columns. Only present, well-typed values are taken; the rest stay as they are.
export type HostFields = Partial<{
  hostname: string; uuid: string; hardware_serial: string; computer_name: string; hardware_vendor: string
  hardware_model: string; hardware_version: string; cpu_brand: string; cpu_type: string; cpu_physical_cores: number
  cpu_logical_cores: number; memory: bigint; platform: string; platform_like: string; os_version: string
  build: string; code_name: string; osquery_version: string
}>

const str = (v: unknown, max = 255): string | undefined => (typeof v === 'string' || typeof v === 'number' ? String(v).slice(0, max) : undefined)
const int = (v: unknown): number | undefined => { const n = Number(v); return Number.isSafeInteger(n) && n >= 0 && n < 2 ** 31 ? n : undefined }
const big = (v: unknown): bigint | undefined => (typeof v === 'string' && /^\d{1,19}$/.test(v) ? BigInt(v) : typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? BigInt(v) : undefined)

export function hostFieldsFromDetails(details: Record<string, Record<string, unknown>> | null | undefined, platformType?: string | null): HostFields {
  const sys = details?.system_info ?? {}, os = details?.os_version ?? {}, oq = details?.osquery_info ?? {}
  const osName = str(os.name), osVer = str(os.version)
  const fields: HostFields = {
    hostname: str(sys.hostname), uuid: str(sys.uuid), hardware_serial: str(sys.hardware_serial), computer_name: str(sys.computer_name),
    hardware_vendor: str(sys.hardware_vendor), hardware_model: str(sys.hardware_model), hardware_version: str(sys.hardware_version),
    cpu_brand: str(sys.cpu_brand), cpu_type: str(sys.cpu_type), cpu_physical_cores: int(sys.cpu_physical_cores),
    cpu_logical_cores: int(sys.cpu_logical_cores), memory: big(sys.physical_memory),
    platform: str(os.platform) ?? str(platformType ?? undefined), platform_like: str(os.platform_like),
    os_version: osName ? (osVer ? `${osName} ${osVer}` : osName) : undefined, build: str(os.build), code_name: str(os.codename),
    osquery_version: str(oq.version),
  }
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as HostFields
}
