// Global enroll secrets (fleetctl get/apply enroll_secret). Global admins and
// maintainers read and write them, as Fleet's policy.rego (observers never: a
// secret lets any machine join the fleet). Applying replaces every global
// secret; a secret a team already uses is refused.
import { WRITERS, mapPrismaErrors, requireRole, validationFailed } from '@fleetgraph/subgraph-kit'
import type { InventoryContext } from '../context.js'
import { EnrollSecret } from './enroll-secret.type.js'
import { enrollSecretProblems } from './enroll-secret-rules.js'

export class EnrollSecretService {
  async listGlobal(ctx: InventoryContext): Promise<EnrollSecret[]> {
    requireRole(ctx, WRITERS)
    return (await ctx.repos.enrollSecrets.listGlobal()).map((r) => new EnrollSecret(r))
  }

  async applyGlobal(ctx: InventoryContext, secrets: string[], dryRun = false): Promise<boolean> {
    requireRole(ctx, WRITERS)
    const errs = enrollSecretProblems(secrets)
    if (errs.length) throw validationFailed(errs)
    const taken = (await ctx.repos.enrollSecrets.holders(secrets)).filter((h) => h.team_id != null)
    if (taken.length) throw validationFailed([{ name: 'secrets', reason: 'a provided global enroll secret is already being used' }])
    if (dryRun) return true
    await mapPrismaErrors('enroll secret', () => ctx.repos.enrollSecrets.replaceGlobal(secrets))
    return true
  }
}
export const enrollSecretService = new EnrollSecretService()
