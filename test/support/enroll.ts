// Seeds a subgraph test database through the inventory subgraph's own
// operations: setup (admin + enroll secret) and agent enrollment.
import type { SubgraphsUnderTest } from './subgraph.js'

export async function seedInventory(sg: SubgraphsUnderTest, hostCount: number): Promise<{ token: string; hostIds: string[] }> {
  const secret = 'seed-secret'
  const setup = await sg.gql('inventory', `mutation($s: String) { setup(input: {
    admin: { name: "A", email: "a@example.com", password: "correct horse 1!" },
    orgInfo: { orgName: "Acme" }, serverUrl: "https://fleet.example.com", osqueryEnrollSecret: $s }) { token } }`, { s: secret })
  if (setup.errors) throw new Error(JSON.stringify(setup.errors))
  const hostIds: string[] = []
  for (let i = 0; i < hostCount; i++) {
    const r = await sg.gql('inventory', `mutation($i: EnrollAgentInput!) { enrollAgent(input: $i) { hostId } }`,
      { i: { enrollSecret: secret, hostIdentifier: `h${i}`, hostDetails: { system_info: { hostname: `host-${i}` } } } })
    hostIds.push(r.data!.enrollAgent.hostId)
  }
  return { token: setup.data!.setup.token, hostIds }
}
