// The one place the inventory subgraph decides whether Apple MDM is set up:
// Fleet's rule, app_config.mdm.enabled_and_configured, which the mdm
// subgraph's configureAppleMdm sets once APNs and SCEP material is stored.
import type { Database } from '@fleetgraph/prisma'

export async function isAppleMdmConfigured(db: Database): Promise<boolean> {
  const c = await db.prisma.appConfig.findUnique({ where: { id: 1 }, select: { mdm: true } })
  return (c?.mdm as { enabled_and_configured?: unknown } | null)?.enabled_and_configured === true
}
