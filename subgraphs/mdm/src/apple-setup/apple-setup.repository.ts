// MDM key material (mdm_assets, never logged) and the MDM settings block of
// app_config. The settings block is what the rest of the system reads to know
// whether Apple MDM is on (`enabled_and_configured`).
import type { Database } from '@fleetgraph/prisma'

export type AssetName = 'apns_cert' | 'apns_key' | 'scep_cert' | 'scep_key' | 'idp_cert'

export interface MdmSettings {
  enabled_and_configured?: boolean
  /** The token in the enrollment-profile download URL handed out after SSO. */
  enrollment_profile_token?: string
  /** The challenge devices present to the SCEP server (in their enrollment profile). */
  scep_challenge?: string
  end_user_authentication?: { sso_url: string; entity_id: string }
  [k: string]: unknown
}

export class AppleSetupRepository {
  constructor(private readonly db: Database) {}

  async instance(): Promise<{ licenseTier: string; serverUrl: string; orgName: string; mdm: MdmSettings }> {
    const c = await this.db.prisma.appConfig.findUnique({ where: { id: 1 }, select: { license_tier: true, server_url: true, org_name: true, mdm: true } })
    return { licenseTier: c?.license_tier ?? 'free', serverUrl: c?.server_url ?? '', orgName: c?.org_name ?? '', mdm: (c?.mdm as MdmSettings | null) ?? {} }
  }

  async asset(name: AssetName): Promise<Buffer | null> {
    const r = await this.db.prisma.mdmAsset.findUnique({ where: { name } })
    return r ? Buffer.from(r.value) : null
  }

  /** Stores the assets and merges `settings` into the MDM block, in one transaction. */
  async save(assets: Partial<Record<AssetName, string>>, settings: Partial<MdmSettings>): Promise<void> {
    await this.db.prisma.$transaction(async (tx) => {
      for (const [name, text] of Object.entries(assets)) {
        const value = Buffer.from(text!) as Uint8Array<ArrayBuffer>
        await tx.mdmAsset.upsert({ where: { name }, create: { name, value }, update: { value } })
      }
      const c = await tx.appConfig.findUnique({ where: { id: 1 }, select: { mdm: true } })
      await tx.appConfig.update({ where: { id: 1 }, data: { mdm: { ...((c?.mdm as MdmSettings | null) ?? {}), ...settings } as object } })
    })
  }
}
