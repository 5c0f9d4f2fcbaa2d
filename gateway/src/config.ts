// Gateway settings (operation policy, subgraph transport and locations), read once. The public
// origin's HTTP settings (listen address, TLS, body limits, timeouts) are @fleetgraph/origin's.
import { z } from 'zod'
import { env as field, parseEnv } from '@fleetgraph/subgraph-kit/config'

const optionalHttpUrl = field.optionalUrl(['http://', 'https://'])

export const loadGatewayConfig = (env: NodeJS.ProcessEnv = process.env) => parseEnv({
  // Operation limits, checked on the document before planning, execution and authentication
  // (docs/limits.md: each default's reason and the largest operation it lets through). The largest
  // operation the REST layer sends has 137 tokens, depth 7, 1 alias, no directive and cost 210.
  // 1000 tokens (graphql-armor's default): 7× the largest REST operation and 5× the standard
  // introspection query, while graphql-js's quadratic same-name field check stays near 100 ms.
  GRAPHQL_MAX_TOKENS: z.coerce.number().int().min(1).default(1000),
  // 12 levels, inline fragments and spreads included: 5 above the deepest REST operation, far
  // below the 49 nested inline fragments that reach the Rust planner's recursion limit.
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(1).default(12),
  // graphql-armor's default; each alias of a list field is a query of its own in a subgraph.
  GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(0).default(15),
  // graphql-armor's default; only @skip and @include exist at the gateway.
  GRAPHQL_MAX_DIRECTIVES: z.coerce.number().int().min(0).default(50),
  // Lists priced by size (cost.ts: object 1, scalar 0, × first/last or @listSize, plain lists ×10):
  // the host list screen (100 rows with team and labels) costs 1,302, about a quarter of it; the most
  // expensive REST operation 210; 500 hosts × each label's first 500 hosts 2,500,500.
  GRAPHQL_MAX_COST: z.coerce.number().int().min(1).default(5000),
  // A query or mutation still running after 30 s is answered 504 and aborted; subscriptions have no
  // deadline. Far above any legitimate operation measured (seconds at most), below common
  // load-balancer timeouts (60 s), so the client hears from us rather than from the proxy.
  GRAPHQL_EXECUTION_TIMEOUT_MS: z.coerce.number().int().min(1).default(30_000),
  // Introspection and "Did you mean" suggestions: `signed-in` (a valid user session or API token),
  // `always` or `never`. The schema is no secret from users, but needs no publishing to strangers.
  GRAPHQL_INTROSPECTION: z.enum(['signed-in', 'always', 'never']).default('signed-in'),
  // Identical in-flight subgraph fetches share one upstream request (Hive's default). It collapses
  // the entity fetches of one subscription event fanned out to many subscribers; the benchmark
  // turns it off to measure the gateway's real per-request cost.
  GATEWAY_DEDUPLICATE_REQUESTS: field.bool(true),
  // Call subgraphs that run in the gateway's own process directly instead of over loopback HTTP.
  GATEWAY_IN_PROCESS: field.bool(true),
  // Where separately running subgraphs are (unset: the single-process stack starts them itself).
  INVENTORY_URL: optionalHttpUrl,
  PACKS_AND_QUERIES_URL: optionalHttpUrl,
  MDM_URL: optionalHttpUrl,
  CAMPAIGNS_URL: optionalHttpUrl,
}, env)

export type GatewayConfig = ReturnType<typeof loadGatewayConfig>
