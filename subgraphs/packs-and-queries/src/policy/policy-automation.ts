// The failing-policies webhook (Fleet's "automations" cron schedule): for each
// policy, the hosts that started failing it since the last report are POSTed to
// app_config.failing_policies_webhook_url, in Fleet's payload shape, at most
// HOST_BATCH hosts per request. A host is reported once per failing streak
// (passing again resets it). A delivery that fails leaves its hosts unreported,
// so the next run retries them, and marks the run failed in cron_stats.
import type { CronJob } from '@fleetgraph/subgraph-inventory/cron'
import type { Database } from '@fleetgraph/prisma'
import { PolicyAutomationRepository } from './policy-automation.repository.js'

const HOST_BATCH = 1000
const TIMEOUT_MS = 30_000

export function policyAutomationJobs(deps: { db: Database }): CronJob[] {
  const repo = new PolicyAutomationRepository(deps.db)
  return [{
    name: 'failing_policies_webhook',
    async run() {
      const { webhookUrl, serverUrl } = await repo.settings()
      if (!webhookUrl) return
      const failures = await repo.unreportedFailures()
      const problems: string[] = []
      for (const [policyId, hosts] of failures) {
        const policy = await repo.policy(policyId)
        if (!policy) continue
        for (let i = 0; i < hosts.length; i += HOST_BATCH) {
          const batch = hosts.slice(i, i + HOST_BATCH)
          const body = {
            timestamp: new Date().toISOString(),
            policy,
            hosts: batch.map((h) => ({ id: h.id, hostname: h.hostname, display_name: h.display_name, url: `${serverUrl.replace(/\/$/, '')}/hosts/${h.id}` })),
          }
          try {
            const res = await fetch(webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: AbortSignal.timeout(TIMEOUT_MS) })
            if (!res.ok) throw new Error(`answered ${res.status}`)
            await repo.markReported(policyId, batch.map((h) => h.id))
          } catch (e) {
            problems.push(`policy ${policyId}: ${(e as Error).message}`)
          }
        }
      }
      if (problems.length) throw new Error(`failing policies webhook: ${problems.join('; ')}`)
    },
  }]
}
