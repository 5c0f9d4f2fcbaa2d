/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** How an agent action ended. Actions run synchronously: they are never pending. */
export type AgentActionStatus =
  /** It ran; some agents may have failed (nbAgentsFailed, latestErrors). */
  | 'COMPLETE'
  /** It ran and changed no agent: every agent it was for failed. */
  | 'FAILED';

/** What an agent action did (Kibana's action types this server records). */
export type AgentActionType =
  /** Unenrolled agents with revoke or force (unenrollHosts). */
  | 'FORCE_UNENROLL'
  /** Moved agents to another agent policy (reassignHosts). */
  | 'POLICY_REASSIGN'
  /** Unenrolled agents (unenrollHosts without revoke; their credentials are revoked all the same). */
  | 'UNENROLL'
  /** Added or removed tags (updateHostTags). */
  | 'UPDATE_TAGS';

/** A new agent policy (a new team): Kibana's NewAgentPolicy. */
export type AgentPolicyInput = {
  /** Kibana-only attributes, stored as given (at most 100,000 characters of JSON); keys the server owns (revision, status, is_managed, …) are ignored. */
  attributes?: Record<string, unknown> | null | undefined;
  /** Free text. */
  description?: string | null | undefined;
  /** The name: unique (case-insensitive, as team names), at most 255 characters. */
  name: string;
  /** Kibana's namespace: lowercase, no spaces or `*\/?"<>|,#:-`, at most 100 bytes. */
  namespace: string;
};

/** Changes to an agent policy; omitted fields keep their value. */
export type AgentPolicyUpdateInput = {
  /** Kibana-only attributes, merged into the stored ones key by key. */
  attributes?: Record<string, unknown> | null | undefined;
  /** Free text. */
  description?: string | null | undefined;
  /** The new name (the default policy keeps "No team"). */
  name?: string | null | undefined;
  /** Kibana's namespace. */
  namespace?: string | null | undefined;
};

/** The agents an action is for: a list of agent ids, or a kuery (exactly one of them). */
export type AgentSelectionInput = {
  /** At most 1,000 agent ids. Ids of agents the caller cannot see are failures of the action (or NOT_FOUND with requireAll). */
  agentIds?: Array<string> | null | undefined;
  /** With a kuery: inactive agents too (Kibana's includeInactive); unenrolled ones only when the kuery names status:unenrolled or status:*. */
  includeInactive?: boolean | null | undefined;
  /** A kuery over the agent fields (as `agents`); it may match at most 10,000 agents, among those the caller may change. */
  kuery?: string | null | undefined;
  /** true: every id must name an agent the caller can see, else NOT_FOUND `Agent <id> not found` and nothing changes (Kibana's single-agent routes). */
  requireAll?: boolean | null | undefined;
};

/** What agents are sorted by (Kibana's sortField). Ties are broken by the host id, in the same direction; absent values sort last. */
export type AgentSortField =
  /** The agent id. */
  | 'AGENT_ID'
  /** The last enrollment (Kibana's enrolled_at, the default). */
  | 'ENROLLED_AT'
  /** The hostname (local_metadata.host.hostname). */
  | 'HOSTNAME'
  /** The last check-in. */
  | 'LAST_CHECKIN'
  /** The agent policy id. */
  | 'POLICY_ID'
  /** The agent status, by its lowercase name. */
  | 'STATUS'
  /** When it was unenrolled. */
  | 'UNENROLLED_AT'
  /** The agent version (the osquery version). */
  | 'VERSION';

/** A host's status as a Kibana agent: its host status (ONLINE, OFFLINE, MIA → INACTIVE, NEW → ONLINE), UNENROLLED first, and UPDATING for a host that checks in but was last served an older revision of its agent policy. */
export type AgentStatus =
  /** Host status MIA: no check-in for 30 days or more. Left out of agent lists unless showInactive. */
  | 'INACTIVE'
  /** Host status OFFLINE: has checked in, but not within its check-in interval. */
  | 'OFFLINE'
  /** Checks in (host status ONLINE, or NEW and not yet seen) and runs its policy's current revision (or has not been served one yet). */
  | 'ONLINE'
  /** Unenrolled (unenrollHosts): its credentials are revoked until it enrolls again. Left out of agent lists unless the kuery asks for status:unenrolled. */
  | 'UNENROLLED'
  /** Checks in, but the revision of its agent policy it was last served is behind the policy's current revision. */
  | 'UPDATING';

/** Settings to change; omitted fields keep their value, an empty string clears a URL. */
export type AppConfigInput = {
  /** The global osquery agent options, replaced wholesale; checked against Fleet's shape unless forced. */
  agentOptions?: Record<string, unknown> | null | undefined;
  /** Where users contact their IT team; empty: Fleet's default. */
  contactUrl?: string | null | undefined;
  /** Webhook posted for hosts failing policies. */
  failingPoliciesWebhookUrl?: string | null | undefined;
  /** Features to change, key by key (enable_host_users, enable_software_inventory, additional_queries, detail_query_overrides). */
  features?: Record<string, unknown> | null | undefined;
  /** Turns host expiry on or off (a positive window is then required). */
  hostExpiryEnabled?: boolean | null | undefined;
  /** Days without check-in after which a host expires. */
  hostExpiryWindow?: number | null | undefined;
  /** When true, live queries are refused. */
  liveQueryDisabled?: boolean | null | undefined;
  /** Webhook posted when a device asks to migrate MDM (Premium). */
  mdmMigrationWebhookUrl?: string | null | undefined;
  /** The organization logo URL (dark backgrounds); empty: none. */
  orgLogoUrl?: string | null | undefined;
  /** The organization logo URL for light backgrounds; empty: none. */
  orgLogoUrlLightBackground?: string | null | undefined;
  /** The organization name. */
  orgName?: string | null | undefined;
  /** The Fleet server URL agents reach. */
  serverUrl?: string | null | undefined;
  /** The URL Fleet Desktop shows for transparency (Premium). */
  transparencyUrl?: string | null | undefined;
};

/** Where a live-query campaign is in its life (Fleet's 0, 1, 2). */
export type CampaignStatus =
  /** Every targeted host answered, or the campaign expired; answers that still arrive are stored (Fleet 2). */
  | 'COMPLETED'
  /** Targeted hosts are being asked and answering (Fleet 1). */
  | 'RUNNING'
  /** Created; no targeted host has been sent the query yet (Fleet 0). */
  | 'WAITING';

/** A new API-only user (Fleet's POST /users/api_only): the server generates its email and password. */
export type CreateApiOnlyUserInput = {
  /** admin | maintainer | observer; not together with teams. */
  globalRole?: string | null | undefined;
  /** Full name. */
  name: string;
  /** Team roles; not together with globalRole. */
  teams?: Array<UserTeamInput> | null | undefined;
};

/** A new user pack and its targets (hosts directly, labels and teams). */
export type CreatePackInput = {
  /** Free text; empty when absent. */
  description?: string | null | undefined;
  /** true: not sent to hosts (default false). */
  disabled?: boolean | null | undefined;
  /** Hosts to target directly. */
  hostIds?: Array<string | number> | null | undefined;
  /** Labels to target (their member hosts). */
  labelIds?: Array<string | number> | null | undefined;
  /** Unique pack name; not blank. */
  name: string;
  /** Comma-separated platforms (darwin, windows, linux); empty or absent = all. */
  platform?: string | null | undefined;
  /** Teams to target (their hosts). */
  teamIds?: Array<string | number> | null | undefined;
};

/** A new pack with its queries written inline (Kibana's `POST /api/osquery/packs`). */
export type CreatePackWithQueriesInput = {
  /** Agent-policy ids to target: teams by Team.agentPolicyId, and `fleet-default-policy` for every host ("All Hosts"). At most 1,000. */
  agentPolicyIds?: Array<string> | null | undefined;
  /** Free text; empty when absent. */
  description?: string | null | undefined;
  /** Sent to hosts; false when absent (as Kibana: a pack is deployed only when enabled). */
  enabled?: boolean | null | undefined;
  /** Unique pack name; not blank, at most 255 characters. */
  name: string;
  /** The queries, at most 1,000. */
  queries: Array<PackQueryInput>;
  /** Percent of hosts (0 to 100) per agent-policy id, stored as given; when every entry has the same value, each query is sharded by it. */
  shards?: Record<string, unknown> | null | undefined;
};

/** A new saved query (Kibana's saved query: its `id` is the name). */
export type CreateSavedQueryInput = {
  /** Free text; empty when absent. */
  description?: string | null | undefined;
  /** Kibana's ECS mapping, stored as given (at most 1,000 fields). */
  ecsMapping?: Record<string, unknown> | null | undefined;
  /** Seconds between scheduled runs (0 to 604800); 0 when absent. */
  interval?: number | null | undefined;
  /** snapshot, differential or differential_ignore_removals; snapshot when absent (Fleet's default). */
  logging?: string | null | undefined;
  /** Oldest osquery version it runs on; empty or absent = any. */
  minOsqueryVersion?: string | null | undefined;
  /** Unique name; not blank, at most 255 characters. */
  name: string;
  /** Observers may run it live; false when absent. */
  observerCanRun?: boolean | null | undefined;
  /** Comma-separated platforms (darwin, linux, windows, chrome); empty or absent = all. */
  platform?: string | null | undefined;
  /** The SQL; not blank. */
  query: string;
  /** Kibana's query timeout in seconds (0 to 86400), stored as given. */
  timeout?: number | null | undefined;
};

/** A new user, created by an admin. */
export type CreateUserInput = {
  /** An API-only account. */
  apiOnly?: boolean | null | undefined;
  /** Email address (unique). */
  email: string;
  /** Must change the password at the first login. */
  forcePasswordReset?: boolean | null | undefined;
  /** admin | maintainer | observer; not together with teams. */
  globalRole?: string | null | undefined;
  /** Full name. */
  name: string;
  /** Required unless ssoEnabled. */
  password?: string | null | undefined;
  /** Job title. */
  position?: string | null | undefined;
  /** Logs in through single sign-on (no password). */
  ssoEnabled?: boolean | null | undefined;
  /** Team roles; not together with globalRole. */
  teams?: Array<UserTeamInput> | null | undefined;
};

/** Fleet's orbit agent enrolling a device (POST /api/fleet/orbit/enroll). */
export type EnrollOrbitInput = {
  /** Computer name. */
  computerName?: string | null | undefined;
  /** A global or team enroll secret. */
  enrollSecret: string;
  /** Hardware model. */
  hardwareModel?: string | null | undefined;
  /** Hardware serial number. */
  hardwareSerial?: string | null | undefined;
  /** The device's hardware UUID (osquery's system_info.uuid): the host's identity. */
  hardwareUuid: string;
  /** Hostname. */
  hostname?: string | null | undefined;
  /** The identifier osquery will enroll with, when orbit knows it (else the hardware UUID). */
  osqueryIdentifier?: string | null | undefined;
  /** Platform (darwin, windows, ubuntu…). */
  platform?: string | null | undefined;
};

/** Filters for a host connection; all given filters must match. */
export type HostFilter = {
  /** Hosts that are members of this label. */
  labelId?: string | number | null | undefined;
  /** true: only hosts in no team. Not together with teamId. */
  noTeam?: boolean | null | undefined;
  /** Hosts running exactly this osquery version. */
  osqueryVersion?: string | null | undefined;
  /** Hosts of this platform family, as Fleet matches it: "linux" matches every Linux distribution (ubuntu, rhel, debian…); other values match the platform exactly (darwin, windows, chrome…). */
  platform?: string | null | undefined;
  /** Hosts that have answered this policy (with policyResponse: answered it that way). */
  policyId?: string | number | null | undefined;
  /** With policyId: only hosts passing (or failing) that policy. */
  policyResponse?: PolicyResponse | null | undefined;
  /** Case-insensitive text contained in the hostname, computer (display) name, UUID, hardware serial, primary IP or public IP. */
  search?: string | null | undefined;
  /** Hosts that checked in at or after this time. */
  seenSince?: string | null | undefined;
  /** Hosts in any of these statuses (an empty list does not filter). */
  status?: Array<HostStatus> | null | undefined;
  /** Hosts of this team. Not together with noTeam. */
  teamId?: string | number | null | undefined;
};

/** How a host connection is sorted. */
export type HostOrder = {
  /** ASC (default) or DESC. */
  direction?: OrderDirection | null | undefined;
  /** The sort key. */
  field: HostOrderField;
};

/** What hosts are sorted by. Ties are broken by the host id, in the same direction. */
export type HostOrderField =
  /** The display name: the computer name, or the hostname when it has none. */
  | 'DISPLAY_NAME'
  /** The last enrollment (the creation time for hosts enrolled once). */
  | 'ENROLLED_AT'
  /** The hostname osquery reports. */
  | 'HOSTNAME'
  /** The host id: enrollment order (a host enrolled again keeps its id). */
  | 'ID'
  /** The last check-in; hosts that never checked in sort as the oldest. */
  | 'SEEN_TIME'
  /** The status (ONLINE, OFFLINE, MIA, NEW in ascending order), then the hostname. Computed when the page is read: a host may change status between pages. */
  | 'STATUS';

/** Whether a host checks in, by Fleet's rule: its last check-in against its check-in intervals. */
export type HostStatus =
  /** Missing in action: no check-in for 30 days or more. */
  | 'MIA'
  /** Enrolled within the last 24 hours and has not checked in yet. */
  | 'NEW'
  /** Has checked in, but not within its check-in interval (and not 30 days silent). */
  | 'OFFLINE'
  /** Checked in within its shortest check-in interval plus 60 seconds. */
  | 'ONLINE';

/** fleet-osquery installer package formats. */
export type InstallerKind =
  /** Debian/Ubuntu package. */
  | 'deb'
  /** Windows installer. */
  | 'msi'
  /** macOS package. */
  | 'pkg'
  /** Red Hat/Fedora/SUSE package. */
  | 'rpm';

/** Which installer: package format and with or without Fleet Desktop. */
export type InstallerSelector = {
  /** With Fleet Desktop. */
  desktop: boolean;
  /** A global enroll secret the installer enrolls hosts with. */
  enrollSecret: string;
  /** The package format. */
  kind: InstallerKind;
};

/** Changes to a Fleet Server host; omitted fields keep their value. */
export type KibanaFleetServerHostInput = {
  /** http(s) URLs, 1 to 10. */
  hostUrls?: Array<string> | null | undefined;
  /** Whether it is the default. */
  isDefault?: boolean | null | undefined;
  /** The name (1 to 255 characters). */
  name?: string | null | undefined;
  /** A proxy id (empty: none). */
  proxyId?: string | null | undefined;
};

/** A Kibana Fleet proxy, or changes to one (omitted fields keep their value). */
export type KibanaProxyInput = {
  /** Client certificate (PEM). */
  certificate?: string | null | undefined;
  /** CA certificates (PEM). */
  certificateAuthorities?: string | null | undefined;
  /** Client key (PEM). */
  certificateKey?: string | null | undefined;
  /** The name (required on create). */
  name?: string | null | undefined;
  /** Headers sent to the proxy. */
  proxyHeaders?: Record<string, unknown> | null | undefined;
  /** The URL (required on create). */
  url?: string | null | undefined;
};

/** One label to create or update, matched by name. Builtin labels cannot be applied. */
export type LabelSpecInput = {
  /** Absent: empty. */
  description?: string | null | undefined;
  /** Manual labels only (required there): the members, by hostname; unknown hostnames are ignored. */
  hosts?: Array<string> | null | undefined;
  /** dynamic (default) | manual */
  labelMembershipType?: string | null | undefined;
  /** regular (default) | builtin (always refused) */
  labelType?: string | null | undefined;
  /** The unique label name. */
  name: string;
  /** Empty or absent: every platform. */
  platform?: string | null | undefined;
  /** The osquery SQL; required for dynamic labels. */
  query?: string | null | undefined;
};

/** A Kibana live query (`POST /api/osquery/live_queries`): the agents to ask — every one the request names, by id, platform or agent policy, or all — and what to ask them: ad-hoc SQL (`query` or `queries`; admins and maintainers), a saved query (observers too when it allows them), or a pack's queries (one campaign each). */
export type LiveQueryInput = {
  /** Every enrolled host ("All Hosts"). */
  agentAll?: boolean | null | undefined;
  /** Agent ids (Host.agentId), at most 1,000. */
  agentIds?: Array<string> | null | undefined;
  /** Platforms, as the builtin labels group hosts: darwin (macos), windows, linux, ubuntu, centos, rhel, chrome. */
  agentPlatforms?: Array<string> | null | undefined;
  /** Agent-policy ids: teams by Team.agentPolicyId, and `fleet-default-policy` for hosts on no team. */
  agentPolicyIds?: Array<string> | null | undefined;
  /** ECS mapping of the single query, stored as given. */
  ecsMapping?: Record<string, unknown> | null | undefined;
  /** Free metadata, stored as given (at most 64 KiB). */
  metadata?: Record<string, unknown> | null | undefined;
  /** A pack whose queries to run, one campaign each. */
  packId?: string | number | null | undefined;
  /** Several ad-hoc queries, one campaign each (at most 100). */
  queries?: Array<LiveQueryQueryInput> | null | undefined;
  /** Ad-hoc SQL (or, with savedQueryId, the SQL an admin or maintainer runs in its stead). */
  query?: string | null | undefined;
  /** A saved query: its name (Kibana's id) or its id. */
  savedQueryId?: string | null | undefined;
  /** Timeout of the single query in seconds, stored as given. */
  timeout?: number | null | undefined;
};

/** One query of a live query given inline (Kibana's `queries[]`). */
export type LiveQueryQueryInput = {
  /** Kibana's ECS mapping, stored as given. */
  ecsMapping?: Record<string, unknown> | null | undefined;
  /** Kibana's id for it; a UUID when absent. */
  id?: string | null | undefined;
  /** Platforms, stored as given. */
  platform?: string | null | undefined;
  /** The SQL; not blank. */
  query: string;
  /** Kibana's timeout in seconds, stored as given. */
  timeout?: number | null | undefined;
  /** Oldest osquery version, stored as given. */
  version?: string | null | undefined;
};

/** Kibana's status of a live query or one of its queries. */
export type LiveQueryStatus =
  /** Every targeted host answered, or the query expired (answers that still arrive are stored). */
  | 'COMPLETED'
  /** Some targeted host has not answered and the query has not expired. */
  | 'RUNNING';

/** Sort direction. */
export type OrderDirection =
  /** Ascending: A to Z, oldest first. */
  | 'ASC'
  /** Descending: Z to A, newest first. */
  | 'DESC';

/** The organization. */
export type OrgInfoInput = {
  /** The organization logo URL; may be empty. */
  orgLogoUrl?: string | null | undefined;
  /** The organization name. */
  orgName: string;
};

/** Search, order and page of the REST list of packs (Fleet's list options). */
export type PackListInput = {
  /** asc | desc */
  orderDirection?: string | null | undefined;
  /** Any packs column: id, name, description, platform, disabled, type, created_at, updated_at. */
  orderKey?: string | null | undefined;
  /** 0-based page */
  page?: number | null | undefined;
  /** Packs per page; all of them when absent. */
  perPage?: number | null | undefined;
  /** Part of the pack name (case-insensitive); Fleet's `query` list option. */
  search?: string | null | undefined;
};

/** Sort order of a list of packs (the id breaks ties). */
export type PackOrder = {
  /** ASC (default) or DESC. */
  direction?: OrderDirection | null | undefined;
  /** The sort key. */
  field: PackOrderField;
};

/** What packs are sorted by. */
export type PackOrderField =
  /** When the pack was created. */
  | 'CREATED_AT'
  /** The pack name. */
  | 'NAME'
  /** When the pack was last changed. */
  | 'UPDATED_AT';

/** One query of a pack, written inline (Kibana's pack query): scheduled under its name. */
export type PackQueryInput = {
  /** Kibana's ECS mapping, stored as given (at most 1,000 fields). */
  ecsMapping?: Record<string, unknown> | null | undefined;
  /** Seconds between runs (1 to 604800). */
  interval: number;
  /** Its name in the pack (Kibana's query id); unique in the pack, at most 255 characters. */
  name: string;
  /** Comma-separated platforms to run on; empty or absent = all. */
  platform?: string | null | undefined;
  /** The SQL; not blank. */
  query: string;
  /** true: log removed rows too. */
  removed?: boolean | null | undefined;
  /** true: send results as snapshots, not differences. */
  snapshot?: boolean | null | undefined;
  /** Kibana's timeout in seconds (0 to 86400), stored as given. */
  timeout?: number | null | undefined;
  /** Oldest osquery version to run on; empty or absent = any. */
  version?: string | null | undefined;
};

/** Upserted by name; replaces the pack's queries and targets. */
export type PackSpecInput = {
  /** Free text. */
  description?: string | null | undefined;
  /** true: not sent to hosts. */
  disabled?: boolean | null | undefined;
  /** Unique pack name: the spec upserts by it. */
  name: string;
  /** Comma-separated platforms; empty = all. */
  platform?: string | null | undefined;
  /** Replaces the queries; none when absent. */
  queries?: Array<PackSpecQueryInput> | null | undefined;
  /** Replaces the targets; none when absent. */
  targets?: PackSpecTargetsInput | null | undefined;
};

/** One query of a pack spec: a saved query by name, with the options for it. */
export type PackSpecQueryInput = {
  /** true: osquery may deny-list it when it uses too many resources. */
  denylist?: boolean | null | undefined;
  /** Free text. */
  description?: string | null | undefined;
  /** Seconds between runs. */
  interval: number;
  /** Defaults to the query's name. */
  name?: string | null | undefined;
  /** Comma-separated platforms to run on; empty = all. */
  platform?: string | null | undefined;
  /** Name of the saved query to schedule. */
  query: string;
  /** true: log removed rows too. */
  removed?: boolean | null | undefined;
  /** Percentage (1-100) of targeted hosts that run it. */
  shard?: number | null | undefined;
  /** true: send results as snapshots, not differences. */
  snapshot?: boolean | null | undefined;
  /** Minimum osquery version; empty = any. */
  version?: string | null | undefined;
};

/** A pack spec's targets, by name. */
export type PackSpecTargetsInput = {
  /** Label names to target; each must exist. */
  labels?: Array<string> | null | undefined;
  /** Team names to target; each must exist. */
  teams?: Array<string> | null | undefined;
};

/** A new osquery_manager integration on an agent policy. */
export type PackagePolicyInput = {
  /** The agent policy (Kibana id) it goes on; at most one integration per policy. */
  agentPolicyId: string;
  /** Other Kibana fields, stored as given (at most 100,000 characters of JSON). */
  attributes?: Record<string, unknown> | null | undefined;
  /** Free text. */
  description?: string | null | undefined;
  /** Kibana's enabled flag (default true). */
  enabled?: boolean | null | undefined;
  /** The unique name, at most 255 characters. */
  name: string;
  /** Kibana's namespace; empty: the agent policy's. */
  namespace?: string | null | undefined;
  /** osquery options: written to the agent policy's agent options (config.options), raising its revision. */
  osqueryOptions?: Record<string, unknown> | null | undefined;
  /** The package: osquery_manager (any other is refused: this server manages osquery agents only). */
  packageName: string;
  /** The package version (default: the one this server reports installed). */
  packageVersion?: string | null | undefined;
};

/** Changes to an osquery_manager integration; omitted fields keep their value. */
export type PackagePolicyUpdateInput = {
  /** Moves it to another agent policy (which must have none). */
  agentPolicyId?: string | null | undefined;
  /** Other Kibana fields, merged into the stored ones key by key. */
  attributes?: Record<string, unknown> | null | undefined;
  /** Free text. */
  description?: string | null | undefined;
  /** Kibana's enabled flag. */
  enabled?: boolean | null | undefined;
  /** The new name. */
  name?: string | null | undefined;
  /** Kibana's namespace. */
  namespace?: string | null | undefined;
  /** osquery options: written to the agent policy's agent options (config.options). */
  osqueryOptions?: Record<string, unknown> | null | undefined;
  /** The package (osquery_manager only). */
  packageName?: string | null | undefined;
  /** The package version. */
  packageVersion?: string | null | undefined;
};

/** A host's answer to a policy query. */
export type PolicyResponse =
  /** The policy query returned no rows on the host: it fails. */
  | 'FAILING'
  /** The policy query returned rows on the host: it passes. */
  | 'PASSING';

/** Upserted by name; on update, team and platform are kept (as Fleet documents). */
export type PolicySpecInput = {
  /** Fleet Premium; forced false on Free. */
  critical?: boolean | null | undefined;
  /** What the policy checks. */
  description?: string | null | undefined;
  /** The policy's name: the spec upserts by it. */
  name: string;
  /** Comma-separated: darwin, windows, linux, chrome; empty = all (kept on update). */
  platform?: string | null | undefined;
  /** The osquery SQL; not blank. */
  query: string;
  /** How to make a failing host pass. */
  resolution?: string | null | undefined;
  /** Team name; empty or "No team" for a global policy. */
  team?: string | null | undefined;
};

/** A profile an external tool wants a host to have. */
export type PreassignProfileInput = {
  /** Leave this profile out of the team match. */
  exclude?: boolean | null | undefined;
  /** The host's id in the external tool (e.g. Puppet). */
  externalHostIdentifier: string;
  /** Names the team created when no team has this set of profiles. */
  group?: string | null | undefined;
  /** The host's hardware UUID, as osquery reports it. */
  hostUuid: string;
  /** Base64 .mobileconfig. */
  profile: string;
};

/** A query spec (fleetctl's `kind: report`/`query`): upserted by name; on an existing query, fields left out keep their value. */
export type QuerySpecInput = {
  /** Free text; cleared when absent. */
  description?: string | null | undefined;
  /** Seconds between scheduled runs (0 to 604800). */
  interval?: number | null | undefined;
  /** snapshot, differential or differential_ignore_removals; empty means snapshot (Fleet's default). */
  logging?: string | null | undefined;
  /** Oldest osquery version it runs on; empty = any. */
  minOsqueryVersion?: string | null | undefined;
  /** The query's name: the spec upserts by it. */
  name: string;
  /** Observers may run it live. */
  observerCanRun?: boolean | null | undefined;
  /** Comma-separated platforms (darwin, linux, windows, chrome); empty = all. */
  platform?: string | null | undefined;
  /** The SQL; not blank. */
  query: string;
};

/** A user's role, globally or on one team. */
export type Role =
  /** Manages everything in scope: users, teams, settings, hosts, queries. */
  | 'ADMIN'
  /** Manages hosts, labels, queries, packs and policies; not users or settings. */
  | 'MAINTAINER'
  /** Reads hosts, labels, queries and policies, and runs the queries marked observer-can-run. */
  | 'OBSERVER';

/** Narrows a list of saved queries; every field given must match. */
export type SavedQueryFilter = {
  /** Only queries observers may (true) or may not (false) run live. */
  observerCanRun?: boolean | null | undefined;
  /** Only queries that run on this platform (darwin or macos, windows, linux, chrome): those listing it and those for every platform. */
  platform?: string | null | undefined;
  /** Part of the query name (case-insensitive). */
  search?: string | null | undefined;
};

/** Search, order and page of the REST list of saved queries (Fleet's list options on GET /reports, formerly /queries). */
export type SavedQueryListInput = {
  /** With teamId: the global queries too (Fleet's merge_inherited). */
  mergeInherited?: boolean | null | undefined;
  /** asc (default) or desc. */
  orderDirection?: string | null | undefined;
  /** id, name, description, query, platform, interval, logging, min_osquery_version, observer_can_run, created_at or updated_at; id by default. */
  orderKey?: string | null | undefined;
  /** 0-based page (with perPage). */
  page?: number | null | undefined;
  /** Queries per page; all of them when absent. */
  perPage?: number | null | undefined;
  /** Only queries that run on this platform (darwin or macos, windows, linux): those listing it and those for every platform. */
  platform?: string | null | undefined;
  /** Part of the query name (case-insensitive); Fleet's `query` parameter. */
  search?: string | null | undefined;
  /** Only this team's queries (Fleet's fleet_id, formerly team_id); every saved query here is global, so a team has none of its own. */
  teamId?: string | number | null | undefined;
};

/** Sort order of a list of saved queries (the id breaks ties). */
export type SavedQueryOrder = {
  /** ASC (default) or DESC. */
  direction?: OrderDirection | null | undefined;
  /** The sort key. */
  field: SavedQueryOrderField;
};

/** What saved queries are sorted by. */
export type SavedQueryOrderField =
  /** When the query was created. */
  | 'CREATED_AT'
  /** The query name. */
  | 'NAME'
  /** When the query was last changed. */
  | 'UPDATED_AT';

/** A saved query to add to a pack, with the pack's options for it. */
export type ScheduleQueryInput = {
  /** Seconds between runs (1 to 604800). */
  interval: number;
  /** The pack to schedule it in. */
  packId: string | number;
  /** Comma-separated platforms to run on; empty = all. */
  platform?: string | null | undefined;
  /** The saved query to schedule. */
  queryId: string | number;
  /** true: log removed rows too. */
  removed?: boolean | null | undefined;
  /** Percentage (1-100) of targeted hosts that run it. */
  shard?: number | null | undefined;
  /** true: send results as snapshots, not differences. */
  snapshot?: boolean | null | undefined;
  /** Minimum osquery version; empty = any. */
  version?: string | null | undefined;
};

/** The first admin user. */
export type SetupAdminInput = {
  /** Email address (the login). */
  email: string;
  /** Full name. */
  name: string;
  /** The password. */
  password: string;
  /** The password again (Fleet checks both match). */
  passwordConfirmation?: string | null | undefined;
};

/** First-run setup: the first admin and the organisation. */
export type SetupInput = {
  /** The first admin. */
  admin: SetupAdminInput;
  /** The organization. */
  orgInfo: OrgInfoInput;
  /** Stored as a global enroll secret when given. */
  osqueryEnrollSecret?: string | null | undefined;
  /** The Fleet server URL agents reach. */
  serverUrl: string;
};

/** Fleet's selection rules: AND across kinds, OR within a kind; "All Hosts" selects everything; listed hosts are always included. */
export type TargetsInput = {
  /** Host ids; these hosts are always included. */
  hostIds?: Array<string | number> | null | undefined;
  /** Label ids: hosts in any of them. */
  labelIds?: Array<string | number> | null | undefined;
  /** Team ids; 0 means hosts in no team. */
  teamIds?: Array<string | number> | null | undefined;
};

/** One team to create or update, matched by name (Fleet's `kind: team` spec). Fleet Premium. */
export type TeamSpecInput = {
  /** osquery agent options. Absent: unchanged (Fleet's defaults for a new team); null: cleared; an object: replaces them. */
  agentOptions?: Record<string, unknown> | null | undefined;
  /** enable_host_users, enable_software_inventory, additional_queries, detail_query_overrides: replaced wholesale, defaults for keys left out. */
  features?: Record<string, unknown> | null | undefined;
  /** MDM settings (macos_updates, macos_settings, …): the sections given are updated, the others stay. */
  mdm?: Record<string, unknown> | null | undefined;
  /** The team name. */
  name: string;
  /** Enroll secrets. Absent or null: unchanged (one random secret for a new team); []: none; a list: replaces them (at most 50). */
  secrets?: Array<string> | null | undefined;
};

/** Only the fields given change; a target list given replaces that kind of target. */
export type UpdatePackInput = {
  /** Free text. */
  description?: string | null | undefined;
  /** true: not sent to hosts. */
  disabled?: boolean | null | undefined;
  /** Replaces the hosts targeted directly. */
  hostIds?: Array<string | number> | null | undefined;
  /** Replaces the labels targeted. */
  labelIds?: Array<string | number> | null | undefined;
  /** Unique pack name; not blank. */
  name?: string | null | undefined;
  /** Comma-separated platforms (darwin, windows, linux); empty = all. */
  platform?: string | null | undefined;
  /** Replaces the teams targeted. */
  teamIds?: Array<string | number> | null | undefined;
};

/** Changes to a pack in Kibana's terms (`PUT /api/osquery/packs/{id}`): only the fields given change. */
export type UpdatePackWithQueriesInput = {
  /** Replaces the teams targeted and the "All Hosts" target (`fleet-default-policy`); other label and host targets stay. */
  agentPolicyIds?: Array<string> | null | undefined;
  /** Free text. */
  description?: string | null | undefined;
  /** Sent to hosts. */
  enabled?: boolean | null | undefined;
  /** Unique pack name; not blank. */
  name?: string | null | undefined;
  /** Replaces the queries: one whose name and SQL are unchanged keeps its schedule (and the saved query behind it); others are written inline. */
  queries?: Array<PackQueryInput> | null | undefined;
  /** Replaces the shards. */
  shards?: Record<string, unknown> | null | undefined;
};

/** Only the fields given change; ecsMapping and timeout given as null are cleared. */
export type UpdateSavedQueryInput = {
  /** Free text. */
  description?: string | null | undefined;
  /** Kibana's ECS mapping, stored as given; null clears it. */
  ecsMapping?: Record<string, unknown> | null | undefined;
  /** Seconds between scheduled runs (0 to 604800). */
  interval?: number | null | undefined;
  /** snapshot, differential or differential_ignore_removals. */
  logging?: string | null | undefined;
  /** Oldest osquery version it runs on; empty = any. */
  minOsqueryVersion?: string | null | undefined;
  /** Unique name; not blank, at most 255 characters. */
  name?: string | null | undefined;
  /** Observers may run it live. */
  observerCanRun?: boolean | null | undefined;
  /** Comma-separated platforms; empty = all. */
  platform?: string | null | undefined;
  /** The SQL; not blank. */
  query?: string | null | undefined;
  /** Kibana's query timeout in seconds; null clears it. */
  timeout?: number | null | undefined;
};

/** Only the fields given change; shard: null clears the shard. */
export type UpdateScheduledQueryInput = {
  /** Seconds between runs (1 to 604800). */
  interval?: number | null | undefined;
  /** Comma-separated platforms to run on; empty = all. */
  platform?: string | null | undefined;
  /** true: log removed rows too. */
  removed?: boolean | null | undefined;
  /** Percentage (1-100) of targeted hosts that run it. */
  shard?: number | null | undefined;
  /** true: send results as snapshots, not differences. */
  snapshot?: boolean | null | undefined;
  /** Minimum osquery version; empty = any. */
  version?: string | null | undefined;
};

/** Fleet's user list options (GET /users), for userList. */
export type UserListInput = {
  /** asc | desc */
  orderDirection?: string | null | undefined;
  /** id | name | email | created_at | updated_at */
  orderKey?: string | null | undefined;
  /** 0-based page */
  page?: number | null | undefined;
  /** Users per page (1 to 10,000); all when omitted. */
  perPage?: number | null | undefined;
  /** Matches name or email (case-insensitive). */
  query?: string | null | undefined;
  /** Only users with a role on this team. */
  teamId?: string | number | null | undefined;
};

/** A team role for a new user. */
export type UserTeamInput = {
  /** admin | maintainer | observer (a String, so an unknown role is a 422 with Fleet's message, not a GraphQL error). */
  role: string;
  /** The team id. */
  teamId: string | number;
};

export type AppConfigQueryVariables = Exact<{ [key: string]: never; }>;


export type AppConfigQuery = { appConfig: { orgName: string, orgLogoUrl: string, orgLogoUrlLightBackground: string, contactUrl: string, serverUrl: string, liveQueryDisabled: boolean, licenseTier: string, transparencyUrl: string, failingPoliciesWebhookUrl: string, hostExpiryEnabled: boolean, hostExpiryWindow: number, features: Record<string, unknown>, agentOptions: Record<string, unknown> | null, mdm: Record<string, unknown>, smtpSettings: Record<string, unknown> | null, ssoSettings: Record<string, unknown> | null, license: { tier: string, expiration: string } } };

export type UpdateAppConfigMutationVariables = Exact<{
  input: AppConfigInput;
  dryRun?: boolean | null | undefined;
  force?: boolean | null | undefined;
}>;


export type UpdateAppConfigMutation = { updateAppConfig: { orgName: string, orgLogoUrl: string, orgLogoUrlLightBackground: string, contactUrl: string, serverUrl: string, liveQueryDisabled: boolean, licenseTier: string, transparencyUrl: string, failingPoliciesWebhookUrl: string, hostExpiryEnabled: boolean, hostExpiryWindow: number, features: Record<string, unknown>, agentOptions: Record<string, unknown> | null, mdm: Record<string, unknown>, smtpSettings: Record<string, unknown> | null, ssoSettings: Record<string, unknown> | null, license: { tier: string, expiration: string } } };

export type TriggerCronMutationVariables = Exact<{
  name: string;
}>;


export type TriggerCronMutation = { triggerCronSchedule: { id: string } };

export type DeviceHostQueryVariables = Exact<{ [key: string]: never; }>;


export type DeviceHostQuery = { device: { depAssignedToFleet: boolean, appleMdmEnabledAndConfigured: boolean, host: { createdAt: string, updatedAt: string, detailUpdatedAt: string | null, labelUpdatedAt: string | null, lastEnrolledAt: string | null, seenTime: string | null, refetchRequested: boolean, hostname: string, uuid: string, platform: string, osqueryVersion: string, osVersion: string, build: string, platformLike: string, codeName: string, uptime: number, memory: number, cpuType: string, cpuSubtype: string, cpuBrand: string, cpuPhysicalCores: number, cpuLogicalCores: number, hardwareVendor: string, hardwareModel: string, hardwareVersion: string, hardwareSerial: string, computerName: string, displayName: string, publicIp: string, primaryIp: string, primaryMac: string, distributedInterval: number, configTlsRefresh: number, loggerTlsPeriod: number, teamId: number | null, additional: Record<string, unknown>, status: HostStatus, id: number, team: { name: string } | null, packs: Array<{ name: string, description: string, platform: string, disabled: boolean, type: string | null, createdAt: string, updatedAt: string, id: number }>, packStats: Array<{ pack: { name: string, type: string | null, id: number }, queryStats: Array<{ scheduledQueryId: number, scheduledQueryName: string, queryName: string, description: string, interval: number, executions: number, systemTime: number, userTime: number, wallTime: number, lastExecuted: string | null }> }> }, software: Array<{ id: string, name: string, version: string, source: string, bundleIdentifier: string, generatedCpe: string, lastOpenedAt: string | null }>, users: Array<{ uid: number, username: string, type: string, groupname: string, shell: string }>, labels: Array<{ id: string, name: string, description: string, query: string, platform: string, labelType: string, labelMembershipType: string, createdAt: string, updatedAt: string }>, batteries: Array<{ cycleCount: number, health: string }>, mdm: { enrollmentStatus: string | null, serverUrl: string | null, name: string, encryptionKeyAvailable: boolean }, disk: { gigsAvailable: number, percentAvailable: number, encryptionEnabled: boolean | null }, license: { tier: string, expiration: string }, org: { orgLogoUrl: string, orgLogoUrlLightBackground: string, contactUrl: string } } };

export type RefetchDeviceMutationVariables = Exact<{ [key: string]: never; }>;


export type RefetchDeviceMutation = { refetchDevice: boolean };

export type DeviceMappingQueryVariables = Exact<{ [key: string]: never; }>;


export type DeviceMappingQuery = { device: { id: string, deviceMapping: Array<{ email: string, source: string }> } };

export type DeviceMacadminsQueryVariables = Exact<{ [key: string]: never; }>;


export type DeviceMacadminsQuery = { device: { macadmins: { munkiVersion: string | null, munkiIssues: Array<{ name: string, type: string }>, mdm: { enrollmentStatus: string | null, serverUrl: string | null, name: string } | null } | null } };

export type DeviceDesktopQueryVariables = Exact<{ [key: string]: never; }>;


export type DeviceDesktopQuery = { device: { desktop: { macosMigrationMode: string, selfService: boolean, notifications: { needsMdmMigration: boolean, renewEnrollmentProfile: boolean } }, org: { orgName: string, orgLogoUrl: string, orgLogoUrlLightBackground: string, contactUrl: string }, host: { failingPolicyCount: number } } };

export type DevicePoliciesQueryVariables = Exact<{ [key: string]: never; }>;


export type DevicePoliciesQuery = { device: { host: { policies: Array<{ name: string, query: string, description: string, resolution: string, platform: string, critical: boolean, response: PolicyResponse | null, id: number }> } } };

export type DeviceApiFeaturesQueryVariables = Exact<{ [key: string]: never; }>;


export type DeviceApiFeaturesQuery = { device: { apiFeatures: Record<string, unknown> } };

export type DeviceTransparencyQueryVariables = Exact<{ [key: string]: never; }>;


export type DeviceTransparencyQuery = { device: { transparencyUrl: string } };

export type DeviceEnrollmentProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type DeviceEnrollmentProfileQuery = { deviceAppleEnrollmentProfile: string };

export type MigrateDeviceMdmMutationVariables = Exact<{ [key: string]: never; }>;


export type MigrateDeviceMdmMutation = { migrateDeviceMdm: boolean };

export type DevicePingQueryVariables = Exact<{ [key: string]: never; }>;


export type DevicePingQuery = { device: { id: string } };

export type TransferHostsMutationVariables = Exact<{
  teamId?: string | number | null | undefined;
  hostIds: Array<string | number> | string | number;
}>;


export type TransferHostsMutation = { transferHosts: number };

export type DeleteHostMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteHostMutation = { deleteHost: boolean };

export type ListHostsQueryVariables = Exact<{
  filter?: HostFilter | null | undefined;
  orderBy?: HostOrder | null | undefined;
  page?: number | null | undefined;
  perPage?: number | null | undefined;
}>;


export type ListHostsQuery = { hostList: Array<{ createdAt: string, updatedAt: string, detailUpdatedAt: string | null, labelUpdatedAt: string | null, lastEnrolledAt: string | null, seenTime: string | null, refetchRequested: boolean, hostname: string, uuid: string, platform: string, osqueryVersion: string, osVersion: string, build: string, platformLike: string, codeName: string, uptime: number, memory: number, cpuType: string, cpuSubtype: string, cpuBrand: string, cpuPhysicalCores: number, cpuLogicalCores: number, hardwareVendor: string, hardwareModel: string, hardwareVersion: string, hardwareSerial: string, computerName: string, displayName: string, publicIp: string, primaryIp: string, primaryMac: string, distributedInterval: number, configTlsRefresh: number, loggerTlsPeriod: number, teamId: number | null, additional: Record<string, unknown>, status: HostStatus, id: number, team: { name: string } | null }> };

export type InstallerQueryVariables = Exact<{
  s: InstallerSelector;
}>;


export type InstallerQuery = { installer: { id: string, size: number, filename: string, createdAt: string } | null };

export type InstallerRangeQueryVariables = Exact<{
  s: InstallerSelector;
  o: number;
  l: number;
}>;


export type InstallerRangeQuery = { installer: { createdAt: string, content: string } | null };

export type BeginInstallerUploadMutationVariables = Exact<{
  s: InstallerSelector;
}>;


export type BeginInstallerUploadMutation = { beginInstallerUpload: { id: string, maxSize: number, chunkSize: number } };

export type AppendInstallerUploadMutationVariables = Exact<{
  u: string | number;
  o: number;
  c: string;
}>;


export type AppendInstallerUploadMutation = { appendInstallerUpload: { received: number } };

export type CompleteInstallerUploadMutationVariables = Exact<{
  u: string | number;
  n: number;
}>;


export type CompleteInstallerUploadMutation = { completeInstallerUpload: { id: string, kind: InstallerKind, desktop: boolean, size: number, filename: string, createdAt: string } };

export type AbortInstallerUploadMutationVariables = Exact<{
  u: string | number;
}>;


export type AbortInstallerUploadMutation = { abortInstallerUpload: boolean };

export type FleetCampaignFragment = { status: CampaignStatus, queryId: string, userId: string | null, createdAt: string, updatedAt: string, id: number, metrics: { totalHosts: number, onlineHosts: number, offlineHosts: number, missingInActionHosts: number, newHosts: number } | null };

export type RunLiveQueryMutationVariables = Exact<{
  sql: string;
  targets: TargetsInput;
}>;


export type RunLiveQueryMutation = { campaign: { status: CampaignStatus, queryId: string, userId: string | null, createdAt: string, updatedAt: string, id: number, metrics: { totalHosts: number, onlineHosts: number, offlineHosts: number, missingInActionHosts: number, newHosts: number } | null } };

export type RunSavedQueryMutationVariables = Exact<{
  queryId: string | number;
  targets: TargetsInput;
}>;


export type RunSavedQueryMutation = { campaign: { status: CampaignStatus, queryId: string, userId: string | null, createdAt: string, updatedAt: string, id: number, metrics: { totalHosts: number, onlineHosts: number, offlineHosts: number, missingInActionHosts: number, newHosts: number } | null } };

export type SelectQueryVariables = Exact<{
  hosts: Array<string> | string;
  labels: Array<string> | string;
}>;


export type SelectQuery = { selectionByNames: { hostIds: Array<string>, labelIds: Array<string>, teamIds: Array<string> } };

export type CountTargetsQueryVariables = Exact<{
  targets: TargetsInput;
  queryId?: string | number | null | undefined;
}>;


export type CountTargetsQuery = { countTargets: { count: number, online: number, offline: number } };

export type LiveQueryStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type LiveQueryStatusQuery = { liveQueryStatus: boolean };

export type ResultStoreStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type ResultStoreStatusQuery = { resultStoreStatus: boolean };

export type SearchHostsQueryVariables = Exact<{
  q?: string | null | undefined;
  ex?: Array<string | number> | string | number | null | undefined;
  queryId?: string | number | null | undefined;
}>;


export type SearchHostsQuery = { searchHosts: Array<{ createdAt: string, updatedAt: string, detailUpdatedAt: string | null, labelUpdatedAt: string | null, lastEnrolledAt: string | null, seenTime: string | null, refetchRequested: boolean, hostname: string, uuid: string, platform: string, osqueryVersion: string, osVersion: string, build: string, platformLike: string, codeName: string, uptime: number, memory: number, cpuType: string, cpuSubtype: string, cpuBrand: string, cpuPhysicalCores: number, cpuLogicalCores: number, hardwareVendor: string, hardwareModel: string, hardwareVersion: string, hardwareSerial: string, computerName: string, displayName: string, publicIp: string, primaryIp: string, primaryMac: string, distributedInterval: number, configTlsRefresh: number, loggerTlsPeriod: number, teamId: number | null, additional: Record<string, unknown>, status: HostStatus, id: number }> };

export type DepKeyPairMutationVariables = Exact<{ [key: string]: never; }>;


export type DepKeyPairMutation = { generateDepKeyPair: { publicKey: string, privateKey: string } };

export type RequestCsrMutationVariables = Exact<{
  e?: string | null | undefined;
  o?: string | null | undefined;
}>;


export type RequestCsrMutation = { requestAppleMdmCsr: { apnsKey: string, scepCert: string, scepKey: string } };

export type BatchProfilesMutationVariables = Exact<{
  p: Array<string> | string;
  t?: string | number | null | undefined;
  n?: string | null | undefined;
  d?: boolean | null | undefined;
}>;


export type BatchProfilesMutation = { batchApplyAppleProfiles: boolean };

export type PreassignMutationVariables = Exact<{
  i: PreassignProfileInput;
}>;


export type PreassignMutation = { preassignAppleProfile: boolean };

export type MatchMutationVariables = Exact<{
  id: string;
}>;


export type MatchMutation = { matchPreassignedProfiles: boolean };

export type StartSsoMutationVariables = Exact<{ [key: string]: never; }>;


export type StartSsoMutation = { startMdmSso: { url: string } };

export type CompleteSsoMutationVariables = Exact<{
  r: string;
}>;


export type CompleteSsoMutation = { completeMdmSso: { redirectUrl: string } };

export type EnrollOrbitMutationVariables = Exact<{
  input: EnrollOrbitInput;
}>;


export type EnrollOrbitMutation = { enrollOrbit: { orbitNodeKey: string } };

export type SetDeviceAuthTokenMutationVariables = Exact<{
  key: string;
  token: string;
}>;


export type SetDeviceAuthTokenMutation = { setDeviceAuthToken: boolean };

export type OrbitConfigQueryVariables = Exact<{
  key: string;
}>;


export type OrbitConfigQuery = { orbitConfig: { commandLineStartupFlags: Record<string, unknown> | null, extensions: Record<string, unknown> | null, scriptExecutionTimeout: number | null, updateChannels: { orbit: string, osqueryd: string, desktop: string } | null, notifications: { renewEnrollmentProfile: boolean, needsMdmMigration: boolean } } };

export type CreatePackMutationVariables = Exact<{
  input: CreatePackInput;
}>;


export type CreatePackMutation = { createPack: { name: string, description: string, platform: string, disabled: boolean, type: string | null, createdAt: string, updatedAt: string, queryCount: number, totalHostsCount: number, hostIds: Array<string>, labelIds: Array<string>, teamIds: Array<string>, id: number } };

export type ModifyPackMutationVariables = Exact<{
  id: string | number;
  input: UpdatePackInput;
}>;


export type ModifyPackMutation = { updatePack: { name: string, description: string, platform: string, disabled: boolean, type: string | null, createdAt: string, updatedAt: string, queryCount: number, totalHostsCount: number, hostIds: Array<string>, labelIds: Array<string>, teamIds: Array<string>, id: number } };

export type GetPackQueryVariables = Exact<{
  id: string | number;
}>;


export type GetPackQuery = { pack: { name: string, description: string, platform: string, disabled: boolean, type: string | null, createdAt: string, updatedAt: string, queryCount: number, totalHostsCount: number, hostIds: Array<string>, labelIds: Array<string>, teamIds: Array<string>, id: number } };

export type ListPacksQueryVariables = Exact<{
  filter?: PackListInput | null | undefined;
}>;


export type ListPacksQuery = { packList: Array<{ name: string, description: string, platform: string, disabled: boolean, type: string | null, createdAt: string, updatedAt: string, queryCount: number, totalHostsCount: number, hostIds: Array<string>, labelIds: Array<string>, teamIds: Array<string>, id: number }> };

export type DeletePackMutationVariables = Exact<{
  name: string;
}>;


export type DeletePackMutation = { deletePack: boolean };

export type DeletePackByIdMutationVariables = Exact<{
  id: string | number;
}>;


export type DeletePackByIdMutation = { deletePackById: boolean };

export type FleetReportFragment = { name: string, description: string, query: string, observerCanRun: boolean, platform: string, interval: number, minOsqueryVersion: string, logging: string, createdAt: string, updatedAt: string, id: number, author: { name: string, email: string, id: number } | null };

export type ListReportsQueryVariables = Exact<{
  filter?: SavedQueryListInput | null | undefined;
}>;


export type ListReportsQuery = { savedQueryCount: number, savedQueryList: Array<{ name: string, description: string, query: string, observerCanRun: boolean, platform: string, interval: number, minOsqueryVersion: string, logging: string, createdAt: string, updatedAt: string, id: number, author: { name: string, email: string, id: number } | null }> };

export type GetReportQueryVariables = Exact<{
  id: string | number;
}>;


export type GetReportQuery = { savedQueryById: { name: string, description: string, query: string, observerCanRun: boolean, platform: string, interval: number, minOsqueryVersion: string, logging: string, createdAt: string, updatedAt: string, id: number, author: { name: string, email: string, id: number } | null } };

export type PackScheduledQueryVariables = Exact<{
  packId: string | number;
  page?: number | null | undefined;
  perPage?: number | null | undefined;
  orderKey?: string | null | undefined;
  orderDirection?: string | null | undefined;
}>;


export type PackScheduledQuery = { scheduledQueries: Array<{ packId: string, name: string, queryId: string, queryName: string, query: string, description: string, interval: number, snapshot: boolean | null, removed: boolean | null, platform: string, version: string, shard: number | null, denylist: boolean | null, createdAt: string, updatedAt: string, id: number }> };

export type ScheduleQueryMutationVariables = Exact<{
  input: ScheduleQueryInput;
}>;


export type ScheduleQueryMutation = { scheduleQuery: { packId: string, name: string, queryId: string, queryName: string, query: string, description: string, interval: number, snapshot: boolean | null, removed: boolean | null, platform: string, version: string, shard: number | null, denylist: boolean | null, createdAt: string, updatedAt: string, id: number } };

export type GetScheduledQueryVariables = Exact<{
  id: string | number;
}>;


export type GetScheduledQuery = { scheduledQuery: { packId: string, name: string, queryId: string, queryName: string, query: string, description: string, interval: number, snapshot: boolean | null, removed: boolean | null, platform: string, version: string, shard: number | null, denylist: boolean | null, createdAt: string, updatedAt: string, id: number } };

export type ModifyScheduledMutationVariables = Exact<{
  id: string | number;
  input: UpdateScheduledQueryInput;
}>;


export type ModifyScheduledMutation = { updateScheduledQuery: { packId: string, name: string, queryId: string, queryName: string, query: string, description: string, interval: number, snapshot: boolean | null, removed: boolean | null, platform: string, version: string, shard: number | null, denylist: boolean | null, createdAt: string, updatedAt: string, id: number } };

export type DeleteScheduledMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteScheduledMutation = { deleteScheduledQuery: boolean };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { token: string, user: { name: string, email: string, globalRole: Role | null, apiOnly: boolean, ssoEnabled: boolean, forcePasswordReset: boolean, gravatarUrl: string, position: string, createdAt: string, updatedAt: string, id: number, teams: Array<{ role: Role, team: { name: string, description: string, id: number } }> } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { name: string, email: string, globalRole: Role | null, apiOnly: boolean, ssoEnabled: boolean, forcePasswordReset: boolean, gravatarUrl: string, position: string, createdAt: string, updatedAt: string, id: number, teams: Array<{ role: Role, team: { name: string, description: string, id: number } }> }, teamList: Array<{ name: string, description: string, id: number }> };

export type SetupMutationVariables = Exact<{
  input: SetupInput;
}>;


export type SetupMutation = { setup: { token: string, serverUrl: string, orgInfo: { orgName: string, orgLogoUrl: string }, admin: { name: string, email: string, globalRole: Role | null, apiOnly: boolean, ssoEnabled: boolean, forcePasswordReset: boolean, gravatarUrl: string, position: string, createdAt: string, updatedAt: string, id: number, teams: Array<{ role: Role, team: { name: string, description: string, id: number } }> } } };

export type LabelSpecsQueryVariables = Exact<{ [key: string]: never; }>;


export type LabelSpecsQuery = { labelSpecs: Array<{ id: string, name: string, description: string, query: string, platform: string, labelType: string, labelMembershipType: string, hosts: Array<string> | null }> };

export type LabelSpecQueryVariables = Exact<{
  name: string;
}>;


export type LabelSpecQuery = { labelSpec: { id: string, name: string, description: string, query: string, platform: string, labelType: string, labelMembershipType: string, hosts: Array<string> | null } };

export type ApplyLabelSpecsMutationVariables = Exact<{
  specs: Array<LabelSpecInput> | LabelSpecInput;
}>;


export type ApplyLabelSpecsMutation = { applyLabelSpecs: boolean };

export type EnrollSecretsQueryVariables = Exact<{ [key: string]: never; }>;


export type EnrollSecretsQuery = { enrollSecrets: Array<{ secret: string, createdAt: string, teamId: string | null }> };

export type ApplyEnrollSecretSpecMutationVariables = Exact<{
  secrets: Array<string> | string;
  dryRun?: boolean | null | undefined;
}>;


export type ApplyEnrollSecretSpecMutation = { applyEnrollSecretSpec: boolean };

export type ApplyTeamSpecsMutationVariables = Exact<{
  specs: Array<TeamSpecInput> | TeamSpecInput;
  dryRun?: boolean | null | undefined;
  force?: boolean | null | undefined;
}>;


export type ApplyTeamSpecsMutation = { applyTeamSpecs: Array<{ name: string, id: string }> };

export type FleetPackSpecFragment = { id: string, name: string, description: string, platform: string, disabled: boolean, targets: { labels: Array<string> | null, teams: Array<string> | null }, queries: Array<{ query: string, name: string, description: string, interval: number, snapshot: boolean | null, removed: boolean | null, platform: string, version: string, shard: number | null, denylist: boolean | null }> };

export type PackSpecsQueryVariables = Exact<{ [key: string]: never; }>;


export type PackSpecsQuery = { packSpecs: Array<{ id: string, name: string, description: string, platform: string, disabled: boolean, targets: { labels: Array<string> | null, teams: Array<string> | null }, queries: Array<{ query: string, name: string, description: string, interval: number, snapshot: boolean | null, removed: boolean | null, platform: string, version: string, shard: number | null, denylist: boolean | null }> }> };

export type PackSpecQueryVariables = Exact<{
  name: string;
}>;


export type PackSpecQuery = { packSpec: { id: string, name: string, description: string, platform: string, disabled: boolean, targets: { labels: Array<string> | null, teams: Array<string> | null }, queries: Array<{ query: string, name: string, description: string, interval: number, snapshot: boolean | null, removed: boolean | null, platform: string, version: string, shard: number | null, denylist: boolean | null }> } };

export type ApplyPackSpecsMutationVariables = Exact<{
  specs: Array<PackSpecInput> | PackSpecInput;
}>;


export type ApplyPackSpecsMutation = { applyPackSpecs: boolean };

export type ApplyPolicySpecsMutationVariables = Exact<{
  specs: Array<PolicySpecInput> | PolicySpecInput;
}>;


export type ApplyPolicySpecsMutation = { applyPolicySpecs: boolean };

export type QuerySpecsQueryVariables = Exact<{ [key: string]: never; }>;


export type QuerySpecsQuery = { savedQueryList: Array<{ name: string, description: string, query: string }> };

export type QuerySpecQueryVariables = Exact<{
  name: string;
}>;


export type QuerySpecQuery = { savedQuery: { name: string, description: string, query: string } };

export type ApplyQuerySpecsMutationVariables = Exact<{
  specs: Array<QuerySpecInput> | QuerySpecInput;
}>;


export type ApplyQuerySpecsMutation = { applyQuerySpecs: boolean };

export type UsersQueryVariables = Exact<{
  filter?: UserListInput | null | undefined;
}>;


export type UsersQuery = { userList: Array<{ name: string, email: string, globalRole: Role | null, apiOnly: boolean, ssoEnabled: boolean, forcePasswordReset: boolean, gravatarUrl: string, position: string, createdAt: string, updatedAt: string, id: number, teams: Array<{ role: Role, team: { name: string, description: string, id: number } }> }> };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { token: string | null, user: { name: string, email: string, globalRole: Role | null, apiOnly: boolean, ssoEnabled: boolean, forcePasswordReset: boolean, gravatarUrl: string, position: string, createdAt: string, updatedAt: string, id: number, teams: Array<{ role: Role, team: { name: string, description: string, id: number } }> } } };

export type CreateApiOnlyUserMutationVariables = Exact<{
  input: CreateApiOnlyUserInput;
}>;


export type CreateApiOnlyUserMutation = { createApiOnlyUser: { token: string, user: { name: string, email: string, globalRole: Role | null, apiOnly: boolean, ssoEnabled: boolean, forcePasswordReset: boolean, gravatarUrl: string, position: string, createdAt: string, updatedAt: string, id: number, teams: Array<{ role: Role, team: { name: string, description: string, id: number } }> } } };

export type KibanaAgentPolicyFieldsFragment = { id: string, name: string, namespace: string, description: string, isDefault: boolean, revision: number, updatedAt: string, updatedBy: string, attributes: Record<string, unknown> };

export type KibanaPackagePolicyFieldsFragment = { id: string, name: string, description: string, namespace: string, policyNamespace: string, agentPolicyId: string, packageName: string, packageTitle: string, packageVersion: string, enabled: boolean, revision: number, createdAt: string, createdBy: string, updatedAt: string, updatedBy: string, attributes: Record<string, unknown>, osqueryOptions: Record<string, unknown>, agentPolicy: { policyKey: number, osqueryPacks: Record<string, unknown> } };

export type KibanaAgentPoliciesQueryVariables = Exact<{
  page?: number | null | undefined;
  perPage?: number | null | undefined;
  sortField?: string | null | undefined;
  sortOrder?: string | null | undefined;
  kuery?: string | null | undefined;
  withAgents: boolean;
  full: boolean;
}>;


export type KibanaAgentPoliciesQuery = { agentPolicies: { total: number, page: number, perPage: number, items: Array<{ agents?: number, id: string, name: string, namespace: string, description: string, isDefault: boolean, revision: number, updatedAt: string, updatedBy: string, attributes: Record<string, unknown>, packagePolicies: Array<{ id: string } & { id?: string, name?: string, description?: string, namespace?: string, policyNamespace?: string, agentPolicyId?: string, packageName?: string, packageTitle?: string, packageVersion?: string, enabled?: boolean, revision?: number, createdAt?: string, createdBy?: string, updatedAt?: string, updatedBy?: string, attributes?: Record<string, unknown>, osqueryOptions?: Record<string, unknown>, agentPolicy?: { policyKey: number, osqueryPacks: Record<string, unknown> } }> }> } };

export type KibanaAgentPolicyQueryVariables = Exact<{
  id: string;
}>;


export type KibanaAgentPolicyQuery = { agentPolicy: { agents: number, id: string, name: string, namespace: string, description: string, isDefault: boolean, revision: number, updatedAt: string, updatedBy: string, attributes: Record<string, unknown>, packagePolicies: Array<{ id: string, name: string, description: string, namespace: string, policyNamespace: string, agentPolicyId: string, packageName: string, packageTitle: string, packageVersion: string, enabled: boolean, revision: number, createdAt: string, createdBy: string, updatedAt: string, updatedBy: string, attributes: Record<string, unknown>, osqueryOptions: Record<string, unknown>, agentPolicy: { policyKey: number, osqueryPacks: Record<string, unknown> } }> } };

export type KibanaAgentPoliciesByIdsQueryVariables = Exact<{
  ids: Array<string> | string;
  ignoreMissing?: boolean | null | undefined;
  full: boolean;
}>;


export type KibanaAgentPoliciesByIdsQuery = { agentPoliciesByIds: Array<{ agents: number, id: string, name: string, namespace: string, description: string, isDefault: boolean, revision: number, updatedAt: string, updatedBy: string, attributes: Record<string, unknown>, packagePolicies: Array<{ id: string } & { id?: string, name?: string, description?: string, namespace?: string, policyNamespace?: string, agentPolicyId?: string, packageName?: string, packageTitle?: string, packageVersion?: string, enabled?: boolean, revision?: number, createdAt?: string, createdBy?: string, updatedAt?: string, updatedBy?: string, attributes?: Record<string, unknown>, osqueryOptions?: Record<string, unknown>, agentPolicy?: { policyKey: number, osqueryPacks: Record<string, unknown> } }> }> };

export type KibanaCreateAgentPolicyMutationVariables = Exact<{
  input: AgentPolicyInput;
  id?: string | null | undefined;
}>;


export type KibanaCreateAgentPolicyMutation = { createAgentPolicy: { agents: number, id: string, name: string, namespace: string, description: string, isDefault: boolean, revision: number, updatedAt: string, updatedBy: string, attributes: Record<string, unknown>, packagePolicies: Array<{ id: string }> } };

export type KibanaUpdateAgentPolicyMutationVariables = Exact<{
  id: string;
  input: AgentPolicyUpdateInput;
  bumpRevision?: boolean | null | undefined;
}>;


export type KibanaUpdateAgentPolicyMutation = { updateAgentPolicy: { agents: number, id: string, name: string, namespace: string, description: string, isDefault: boolean, revision: number, updatedAt: string, updatedBy: string, attributes: Record<string, unknown>, packagePolicies: Array<{ id: string, name: string, description: string, namespace: string, policyNamespace: string, agentPolicyId: string, packageName: string, packageTitle: string, packageVersion: string, enabled: boolean, revision: number, createdAt: string, createdBy: string, updatedAt: string, updatedBy: string, attributes: Record<string, unknown>, osqueryOptions: Record<string, unknown>, agentPolicy: { policyKey: number, osqueryPacks: Record<string, unknown> } }> } };

export type KibanaDeleteAgentPolicyMutationVariables = Exact<{
  id: string;
}>;


export type KibanaDeleteAgentPolicyMutation = { deleteAgentPolicy: { id: string, name: string } };

export type KibanaCopyAgentPolicyMutationVariables = Exact<{
  id: string;
  name: string;
  description?: string | null | undefined;
}>;


export type KibanaCopyAgentPolicyMutation = { copyAgentPolicy: { agents: number, id: string, name: string, namespace: string, description: string, isDefault: boolean, revision: number, updatedAt: string, updatedBy: string, attributes: Record<string, unknown>, packagePolicies: Array<{ id: string, name: string, description: string, namespace: string, policyNamespace: string, agentPolicyId: string, packageName: string, packageTitle: string, packageVersion: string, enabled: boolean, revision: number, createdAt: string, createdBy: string, updatedAt: string, updatedBy: string, attributes: Record<string, unknown>, osqueryOptions: Record<string, unknown>, agentPolicy: { policyKey: number, osqueryPacks: Record<string, unknown> } }> } };

export type KibanaAgentFieldsFragment = { agentId: string, agentStatus: AgentStatus, agentTags: Array<string>, agentPolicyId: string, agentPolicyRevision: number | null, unenrolledAt: string | null, userProvidedMetadata: Record<string, unknown>, hostname: string, computerName: string, uuid: string, platform: string, platformFamily: string, osVersion: string, osqueryVersion: string, cpuType: string, primaryIp: string, primaryMac: string, lastEnrolledAt: string | null, createdAt: string, seenTime: string | null };

export type KibanaAgentsQueryVariables = Exact<{
  page?: number | null | undefined;
  perPage?: number | null | undefined;
  kuery?: string | null | undefined;
  showInactive?: boolean | null | undefined;
  sortField?: AgentSortField | null | undefined;
  sortOrder?: OrderDirection | null | undefined;
  withStatusSummary?: boolean | null | undefined;
}>;


export type KibanaAgentsQuery = { agents: { total: number, page: number, perPage: number, items: Array<{ agentId: string, agentStatus: AgentStatus, agentTags: Array<string>, agentPolicyId: string, agentPolicyRevision: number | null, unenrolledAt: string | null, userProvidedMetadata: Record<string, unknown>, hostname: string, computerName: string, uuid: string, platform: string, platformFamily: string, osVersion: string, osqueryVersion: string, cpuType: string, primaryIp: string, primaryMac: string, lastEnrolledAt: string | null, createdAt: string, seenTime: string | null }>, statusSummary: Array<{ status: AgentStatus, count: number }> | null } };

export type KibanaAgentQueryVariables = Exact<{
  agentId: string;
}>;


export type KibanaAgentQuery = { agent: { agentId: string, agentStatus: AgentStatus, agentTags: Array<string>, agentPolicyId: string, agentPolicyRevision: number | null, unenrolledAt: string | null, userProvidedMetadata: Record<string, unknown>, hostname: string, computerName: string, uuid: string, platform: string, platformFamily: string, osVersion: string, osqueryVersion: string, cpuType: string, primaryIp: string, primaryMac: string, lastEnrolledAt: string | null, createdAt: string, seenTime: string | null } };

export type KibanaAgentExistsQueryVariables = Exact<{
  agentId: string;
}>;


export type KibanaAgentExistsQuery = { agent: { agentId: string } };

export type KibanaUpdateAgentMutationVariables = Exact<{
  agentId: string;
  tags?: Array<string> | string | null | undefined;
  metadata?: Record<string, unknown> | null | undefined;
}>;


export type KibanaUpdateAgentMutation = { updateAgent: { agentId: string, agentStatus: AgentStatus, agentTags: Array<string>, agentPolicyId: string, agentPolicyRevision: number | null, unenrolledAt: string | null, userProvidedMetadata: Record<string, unknown>, hostname: string, computerName: string, uuid: string, platform: string, platformFamily: string, osVersion: string, osqueryVersion: string, cpuType: string, primaryIp: string, primaryMac: string, lastEnrolledAt: string | null, createdAt: string, seenTime: string | null } };

export type KibanaDeleteAgentMutationVariables = Exact<{
  agentId: string;
}>;


export type KibanaDeleteAgentMutation = { deleteAgent: boolean };

export type KibanaAgentStatusQueryVariables = Exact<{
  agentPolicyIds?: Array<string> | string | null | undefined;
  kuery?: string | null | undefined;
}>;


export type KibanaAgentStatusQuery = { agentStatusCounts: { online: number, offline: number, inactive: number, unenrolled: number, updating: number, all: number, active: number } };

export type KibanaAgentTagsQueryVariables = Exact<{
  kuery?: string | null | undefined;
  showInactive?: boolean | null | undefined;
}>;


export type KibanaAgentTagsQuery = { agentTags: Array<string> };

export type KibanaUnenrollAgentsMutationVariables = Exact<{
  agents: AgentSelectionInput;
  revoke?: boolean | null | undefined;
  force?: boolean | null | undefined;
}>;


export type KibanaUnenrollAgentsMutation = { unenrollHosts: { actionId: string } };

export type KibanaReassignAgentsMutationVariables = Exact<{
  agents: AgentSelectionInput;
  agentPolicyId: string;
}>;


export type KibanaReassignAgentsMutation = { reassignHosts: { actionId: string } };

export type KibanaUpdateAgentTagsMutationVariables = Exact<{
  agents: AgentSelectionInput;
  tagsToAdd?: Array<string> | string | null | undefined;
  tagsToRemove?: Array<string> | string | null | undefined;
}>;


export type KibanaUpdateAgentTagsMutation = { updateHostTags: { actionId: string } };

export type KibanaAgentActionsQueryVariables = Exact<{
  page?: number | null | undefined;
  perPage?: number | null | undefined;
  date?: string | null | undefined;
  latestMs?: number | null | undefined;
  errorSize?: number | null | undefined;
}>;


export type KibanaAgentActionsQuery = { agentActions: Array<{ actionId: string, type: AgentActionType, status: AgentActionStatus, createdAt: string, completedAt: string, nbAgentsActioned: number, nbAgentsAck: number, nbAgentsFailed: number, newPolicyId: string | null, latestErrors: Array<{ agentId: string, error: string, timestamp: string, hostname: string | null }> }> };

export type KibanaEnrollmentApiKeyFieldsFragment = { id: string, apiKeyId: string, apiKey: string, name: string | null, active: boolean, policyId: string, createdAt: string, expireAt: string | null };

export type KibanaEnrollmentApiKeysQueryVariables = Exact<{
  page?: number | null | undefined;
  perPage?: number | null | undefined;
  kuery?: string | null | undefined;
}>;


export type KibanaEnrollmentApiKeysQuery = { enrollmentApiKeys: { total: number, page: number, perPage: number, items: Array<{ id: string, apiKeyId: string, apiKey: string, name: string | null, active: boolean, policyId: string, createdAt: string, expireAt: string | null }> } };

export type KibanaEnrollmentApiKeyQueryVariables = Exact<{
  id: string;
}>;


export type KibanaEnrollmentApiKeyQuery = { enrollmentApiKey: { id: string, apiKeyId: string, apiKey: string, name: string | null, active: boolean, policyId: string, createdAt: string, expireAt: string | null } };

export type KibanaCreateEnrollmentApiKeyMutationVariables = Exact<{
  policyId: string;
  name?: string | null | undefined;
  expiration?: string | null | undefined;
}>;


export type KibanaCreateEnrollmentApiKeyMutation = { createEnrollmentApiKey: { id: string, apiKeyId: string, apiKey: string, name: string | null, active: boolean, policyId: string, createdAt: string, expireAt: string | null } };

export type KibanaRevokeEnrollmentApiKeyMutationVariables = Exact<{
  id: string;
}>;


export type KibanaRevokeEnrollmentApiKeyMutation = { revokeEnrollmentApiKey: { id: string } };

export type KibanaFleetServerHostFieldsFragment = { id: string, name: string, hostUrls: Array<string>, isDefault: boolean, proxyId: string | null };

export type KibanaProxyFieldsFragment = { id: string, name: string, url: string, proxyHeaders: Record<string, unknown> | null, certificateAuthorities: string | null, certificate: string | null, certificateKey: string | null };

export type KibanaPackageInfoFragment = { name: string, packageTitle: string, version: string, installed: boolean, installedAt: string | null, hasPolicies: boolean };

export type KibanaFleetServerHostsQueryVariables = Exact<{ [key: string]: never; }>;


export type KibanaFleetServerHostsQuery = { kibanaFleetServerHosts: Array<{ id: string, name: string, hostUrls: Array<string>, isDefault: boolean, proxyId: string | null }> };

export type KibanaFleetServerHostQueryVariables = Exact<{
  id: string;
}>;


export type KibanaFleetServerHostQuery = { kibanaFleetServerHost: { id: string, name: string, hostUrls: Array<string>, isDefault: boolean, proxyId: string | null } };

export type KibanaUpdateFleetServerHostMutationVariables = Exact<{
  id: string;
  input: KibanaFleetServerHostInput;
}>;


export type KibanaUpdateFleetServerHostMutation = { updateKibanaFleetServerHost: { id: string, name: string, hostUrls: Array<string>, isDefault: boolean, proxyId: string | null } };

export type KibanaProxiesQueryVariables = Exact<{ [key: string]: never; }>;


export type KibanaProxiesQuery = { kibanaProxies: Array<{ id: string, name: string, url: string, proxyHeaders: Record<string, unknown> | null, certificateAuthorities: string | null, certificate: string | null, certificateKey: string | null }> };

export type KibanaProxyQueryVariables = Exact<{
  id: string;
}>;


export type KibanaProxyQuery = { kibanaProxy: { id: string, name: string, url: string, proxyHeaders: Record<string, unknown> | null, certificateAuthorities: string | null, certificate: string | null, certificateKey: string | null } };

export type KibanaCreateProxyMutationVariables = Exact<{
  input: KibanaProxyInput;
  id?: string | null | undefined;
}>;


export type KibanaCreateProxyMutation = { createKibanaProxy: { id: string, name: string, url: string, proxyHeaders: Record<string, unknown> | null, certificateAuthorities: string | null, certificate: string | null, certificateKey: string | null } };

export type KibanaUpdateProxyMutationVariables = Exact<{
  id: string;
  input: KibanaProxyInput;
}>;


export type KibanaUpdateProxyMutation = { updateKibanaProxy: { id: string, name: string, url: string, proxyHeaders: Record<string, unknown> | null, certificateAuthorities: string | null, certificate: string | null, certificateKey: string | null } };

export type KibanaDeleteProxyMutationVariables = Exact<{
  id: string;
}>;


export type KibanaDeleteProxyMutation = { deleteKibanaProxy: string };

export type KibanaOutputsQueryVariables = Exact<{ [key: string]: never; }>;


export type KibanaOutputsQuery = { kibanaOutputs: Array<{ id: string, name: string, hosts: Array<string> }> };

export type KibanaPackageQueryVariables = Exact<{
  name: string;
}>;


export type KibanaPackageQuery = { kibanaPackage: { name: string, packageTitle: string, version: string, installed: boolean, installedAt: string | null, hasPolicies: boolean } };

export type KibanaInstallPackageMutationVariables = Exact<{
  name: string;
}>;


export type KibanaInstallPackageMutation = { installKibanaPackage: { name: string, packageTitle: string, version: string, installed: boolean, installedAt: string | null, hasPolicies: boolean } };

export type KibanaUninstallPackageMutationVariables = Exact<{
  name: string;
  force?: boolean | null | undefined;
}>;


export type KibanaUninstallPackageMutation = { uninstallKibanaPackage: { name: string, packageTitle: string, version: string, installed: boolean, installedAt: string | null, hasPolicies: boolean } };

export type KibanaViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type KibanaViewerQuery = { me: { globalRole: Role | null, teams: Array<{ role: Role }> } };

export type KibanaLiveQueryFragment = { actionId: string, createdAt: string, expiresAt: string, agentIds: Array<string> | null, agentAll: boolean | null, agentPlatforms: Array<string> | null, agentPolicyIds: Array<string> | null, metadata: Record<string, unknown> | null, packId: string | null, packName: string | null, user: { email: string } | null, queries: Array<{ actionId: string, name: string, query: string, savedQueryId: string | null, ecsMapping: Record<string, unknown> | null, timeout: number | null, platform: string | null, version: string | null }> };

export type KibanaLiveQueryStatusFragment = { status: LiveQueryStatus, queries: Array<{ actionId: string, docs: number, responded: number, successful: number, failed: number, pending: number, status: LiveQueryStatus }> };

export type KibanaStartLiveQueryMutationVariables = Exact<{
  input: LiveQueryInput;
}>;


export type KibanaStartLiveQueryMutation = { liveQuery: { agents: Array<string>, actionId: string, createdAt: string, expiresAt: string, agentIds: Array<string> | null, agentAll: boolean | null, agentPlatforms: Array<string> | null, agentPolicyIds: Array<string> | null, metadata: Record<string, unknown> | null, packId: string | null, packName: string | null, user: { email: string } | null, queries: Array<{ actionId: string, name: string, query: string, savedQueryId: string | null, ecsMapping: Record<string, unknown> | null, timeout: number | null, platform: string | null, version: string | null }> } };

export type KibanaLiveQueriesQueryVariables = Exact<{
  page: number;
  perPage: number;
  kuery?: string | null | undefined;
  direction: OrderDirection;
  agents: number;
}>;


export type KibanaLiveQueriesQuery = { liveQueryPage: { totalCount: number, nodes: Array<{ agents: Array<string>, actionId: string, createdAt: string, expiresAt: string, agentIds: Array<string> | null, agentAll: boolean | null, agentPlatforms: Array<string> | null, agentPolicyIds: Array<string> | null, metadata: Record<string, unknown> | null, packId: string | null, packName: string | null, user: { email: string } | null, queries: Array<{ actionId: string, name: string, query: string, savedQueryId: string | null, ecsMapping: Record<string, unknown> | null, timeout: number | null, platform: string | null, version: string | null }> }> } };

export type KibanaLiveQueryQueryVariables = Exact<{
  actionId: string;
}>;


export type KibanaLiveQueryQuery = { liveQuery: { agents: Array<string>, actionId: string, createdAt: string, expiresAt: string, agentIds: Array<string> | null, agentAll: boolean | null, agentPlatforms: Array<string> | null, agentPolicyIds: Array<string> | null, metadata: Record<string, unknown> | null, packId: string | null, packName: string | null, status: LiveQueryStatus, user: { email: string } | null, queries: Array<{ actionId: string, name: string, query: string, savedQueryId: string | null, ecsMapping: Record<string, unknown> | null, timeout: number | null, platform: string | null, version: string | null, docs: number, responded: number, successful: number, failed: number, pending: number, status: LiveQueryStatus }> } };

export type KibanaLiveQueryResultsQueryVariables = Exact<{
  actionId: string;
  queryActionId: string;
  page: number;
  perPage: number;
  kuery?: string | null | undefined;
  direction: OrderDirection;
}>;


export type KibanaLiveQueryResultsQuery = { liveQuery: { queries: Array<{ actionId: string, name: string, query: string }> }, liveQueryResults: { totalCount: number, hasMore: boolean, rows: Array<{ id: string, createdAt: string, agentId: string, hostname: string, columns: Record<string, unknown> }> } };

export type KibanaPackFragment = { databaseId: number, name: string, description: string, enabled: boolean, type: string | null, shards: Record<string, unknown> | null, agentPolicyIds: Array<string>, createdAt: string, updatedAt: string, author: { email: string } | null, updatedBy: { email: string } | null, scheduledQueries: Array<{ name: string, query: string, interval: number, platform: string, version: string, snapshot: boolean | null, removed: boolean | null, ecsMapping: Record<string, unknown> | null, timeout: number | null }> };

export type KibanaPacksQueryVariables = Exact<{
  page: number;
  perPage: number;
  orderBy: PackOrder;
}>;


export type KibanaPacksQuery = { packPage: { totalCount: number, nodes: Array<{ databaseId: number, name: string, description: string, enabled: boolean, type: string | null, shards: Record<string, unknown> | null, agentPolicyIds: Array<string>, createdAt: string, updatedAt: string, author: { email: string } | null, updatedBy: { email: string } | null, scheduledQueries: Array<{ name: string, query: string, interval: number, platform: string, version: string, snapshot: boolean | null, removed: boolean | null, ecsMapping: Record<string, unknown> | null, timeout: number | null }> }> } };

export type KibanaPackQueryVariables = Exact<{
  id: string | number;
}>;


export type KibanaPackQuery = { pack: { databaseId: number, name: string, description: string, enabled: boolean, type: string | null, shards: Record<string, unknown> | null, agentPolicyIds: Array<string>, createdAt: string, updatedAt: string, author: { email: string } | null, updatedBy: { email: string } | null, scheduledQueries: Array<{ name: string, query: string, interval: number, platform: string, version: string, snapshot: boolean | null, removed: boolean | null, ecsMapping: Record<string, unknown> | null, timeout: number | null }> } };

export type KibanaCreatePackMutationVariables = Exact<{
  input: CreatePackWithQueriesInput;
}>;


export type KibanaCreatePackMutation = { createPackWithQueries: { databaseId: number, name: string, description: string, enabled: boolean, type: string | null, shards: Record<string, unknown> | null, agentPolicyIds: Array<string>, createdAt: string, updatedAt: string, author: { email: string } | null, updatedBy: { email: string } | null, scheduledQueries: Array<{ name: string, query: string, interval: number, platform: string, version: string, snapshot: boolean | null, removed: boolean | null, ecsMapping: Record<string, unknown> | null, timeout: number | null }> } };

export type KibanaUpdatePackMutationVariables = Exact<{
  id: string | number;
  input: UpdatePackWithQueriesInput;
}>;


export type KibanaUpdatePackMutation = { updatePackWithQueries: { databaseId: number, name: string, description: string, enabled: boolean, type: string | null, shards: Record<string, unknown> | null, agentPolicyIds: Array<string>, createdAt: string, updatedAt: string, author: { email: string } | null, updatedBy: { email: string } | null, scheduledQueries: Array<{ name: string, query: string, interval: number, platform: string, version: string, snapshot: boolean | null, removed: boolean | null, ecsMapping: Record<string, unknown> | null, timeout: number | null }> } };

export type KibanaDeletePackMutationVariables = Exact<{
  id: string | number;
}>;


export type KibanaDeletePackMutation = { deletePackById: boolean };

export type KibanaCopyPackMutationVariables = Exact<{
  id: string | number;
}>;


export type KibanaCopyPackMutation = { copyPack: { databaseId: number, name: string, description: string, enabled: boolean, type: string | null, shards: Record<string, unknown> | null, agentPolicyIds: Array<string>, createdAt: string, updatedAt: string, author: { email: string } | null, updatedBy: { email: string } | null, scheduledQueries: Array<{ name: string, query: string, interval: number, platform: string, version: string, snapshot: boolean | null, removed: boolean | null, ecsMapping: Record<string, unknown> | null, timeout: number | null }> } };

export type KibanaSavedQueryFragment = { databaseId: number, name: string, description: string, query: string, interval: number, platform: string, minOsqueryVersion: string, logging: string, ecsMapping: Record<string, unknown> | null, timeout: number | null, createdAt: string, updatedAt: string, author: { email: string } | null, updatedBy: { email: string } | null };

export type KibanaSavedQueriesQueryVariables = Exact<{
  page: number;
  perPage: number;
  orderBy: SavedQueryOrder;
  filter?: SavedQueryFilter | null | undefined;
}>;


export type KibanaSavedQueriesQuery = { savedQueryPage: { totalCount: number, nodes: Array<{ databaseId: number, name: string, description: string, query: string, interval: number, platform: string, minOsqueryVersion: string, logging: string, ecsMapping: Record<string, unknown> | null, timeout: number | null, createdAt: string, updatedAt: string, author: { email: string } | null, updatedBy: { email: string } | null }> } };

export type KibanaSavedQueryQueryVariables = Exact<{
  id: string | number;
}>;


export type KibanaSavedQueryQuery = { savedQueryById: { databaseId: number, name: string, description: string, query: string, interval: number, platform: string, minOsqueryVersion: string, logging: string, ecsMapping: Record<string, unknown> | null, timeout: number | null, createdAt: string, updatedAt: string, author: { email: string } | null, updatedBy: { email: string } | null } };

export type KibanaCreateSavedQueryMutationVariables = Exact<{
  input: CreateSavedQueryInput;
}>;


export type KibanaCreateSavedQueryMutation = { createSavedQuery: { databaseId: number, name: string, description: string, query: string, interval: number, platform: string, minOsqueryVersion: string, logging: string, ecsMapping: Record<string, unknown> | null, timeout: number | null, createdAt: string, updatedAt: string, author: { email: string } | null, updatedBy: { email: string } | null } };

export type KibanaUpdateSavedQueryMutationVariables = Exact<{
  id: string | number;
  input: UpdateSavedQueryInput;
}>;


export type KibanaUpdateSavedQueryMutation = { updateSavedQuery: { databaseId: number, name: string, description: string, query: string, interval: number, platform: string, minOsqueryVersion: string, logging: string, ecsMapping: Record<string, unknown> | null, timeout: number | null, createdAt: string, updatedAt: string, author: { email: string } | null, updatedBy: { email: string } | null } };

export type KibanaDeleteSavedQueryMutationVariables = Exact<{
  id: string | number;
}>;


export type KibanaDeleteSavedQueryMutation = { deleteSavedQuery: boolean };

export type KibanaCopySavedQueryMutationVariables = Exact<{
  id: string | number;
}>;


export type KibanaCopySavedQueryMutation = { copySavedQuery: { databaseId: number, name: string, description: string, query: string, interval: number, platform: string, minOsqueryVersion: string, logging: string, ecsMapping: Record<string, unknown> | null, timeout: number | null, createdAt: string, updatedAt: string, author: { email: string } | null, updatedBy: { email: string } | null } };

export type KibanaPackagePoliciesQueryVariables = Exact<{
  page?: number | null | undefined;
  perPage?: number | null | undefined;
  sortField?: string | null | undefined;
  sortOrder?: string | null | undefined;
  kuery?: string | null | undefined;
}>;


export type KibanaPackagePoliciesQuery = { packagePolicies: { total: number, page: number, perPage: number, items: Array<{ id: string, name: string, description: string, namespace: string, policyNamespace: string, agentPolicyId: string, packageName: string, packageTitle: string, packageVersion: string, enabled: boolean, revision: number, createdAt: string, createdBy: string, updatedAt: string, updatedBy: string, attributes: Record<string, unknown>, osqueryOptions: Record<string, unknown>, agentPolicy: { policyKey: number, osqueryPacks: Record<string, unknown> } }> } };

export type KibanaPackagePolicyQueryVariables = Exact<{
  id: string;
}>;


export type KibanaPackagePolicyQuery = { packagePolicy: { id: string, name: string, description: string, namespace: string, policyNamespace: string, agentPolicyId: string, packageName: string, packageTitle: string, packageVersion: string, enabled: boolean, revision: number, createdAt: string, createdBy: string, updatedAt: string, updatedBy: string, attributes: Record<string, unknown>, osqueryOptions: Record<string, unknown>, agentPolicy: { policyKey: number, osqueryPacks: Record<string, unknown> } } };

export type KibanaPackagePoliciesByIdsQueryVariables = Exact<{
  ids: Array<string> | string;
  ignoreMissing?: boolean | null | undefined;
}>;


export type KibanaPackagePoliciesByIdsQuery = { packagePoliciesByIds: Array<{ id: string, name: string, description: string, namespace: string, policyNamespace: string, agentPolicyId: string, packageName: string, packageTitle: string, packageVersion: string, enabled: boolean, revision: number, createdAt: string, createdBy: string, updatedAt: string, updatedBy: string, attributes: Record<string, unknown>, osqueryOptions: Record<string, unknown>, agentPolicy: { policyKey: number, osqueryPacks: Record<string, unknown> } }> };

export type KibanaCreatePackagePolicyMutationVariables = Exact<{
  input: PackagePolicyInput;
  id?: string | null | undefined;
}>;


export type KibanaCreatePackagePolicyMutation = { createPackagePolicy: { id: string, name: string, description: string, namespace: string, policyNamespace: string, agentPolicyId: string, packageName: string, packageTitle: string, packageVersion: string, enabled: boolean, revision: number, createdAt: string, createdBy: string, updatedAt: string, updatedBy: string, attributes: Record<string, unknown>, osqueryOptions: Record<string, unknown>, agentPolicy: { policyKey: number, osqueryPacks: Record<string, unknown> } } };

export type KibanaUpdatePackagePolicyMutationVariables = Exact<{
  id: string;
  input: PackagePolicyUpdateInput;
}>;


export type KibanaUpdatePackagePolicyMutation = { updatePackagePolicy: { id: string, name: string, description: string, namespace: string, policyNamespace: string, agentPolicyId: string, packageName: string, packageTitle: string, packageVersion: string, enabled: boolean, revision: number, createdAt: string, createdBy: string, updatedAt: string, updatedBy: string, attributes: Record<string, unknown>, osqueryOptions: Record<string, unknown>, agentPolicy: { policyKey: number, osqueryPacks: Record<string, unknown> } } };

export type KibanaDeletePackagePoliciesMutationVariables = Exact<{
  ids: Array<string> | string;
}>;


export type KibanaDeletePackagePoliciesMutation = { deletePackagePolicies: Array<{ id: string, success: boolean, name: string | null, statusCode: number | null, message: string | null, agentPolicyId: string | null, packageVersion: string | null }> };

export type KibanaUpgradePackagePoliciesMutationVariables = Exact<{
  ids: Array<string> | string;
}>;


export type KibanaUpgradePackagePoliciesMutation = { upgradePackagePolicies: Array<{ id: string, success: boolean, name: string | null, statusCode: number | null, message: string | null }> };

export type KibanaPackagePolicyUpgradeDryRunQueryVariables = Exact<{
  ids: Array<string> | string;
  packageVersion?: string | null | undefined;
}>;


export type KibanaPackagePolicyUpgradeDryRunQuery = { packagePolicyUpgradeDryRun: Array<{ id: string, targetVersion: string | null, statusCode: number | null, message: string | null, hasErrors: boolean, current: { id: string, name: string, description: string, namespace: string, policyNamespace: string, agentPolicyId: string, packageName: string, packageTitle: string, packageVersion: string, enabled: boolean, revision: number, createdAt: string, createdBy: string, updatedAt: string, updatedBy: string, attributes: Record<string, unknown>, osqueryOptions: Record<string, unknown>, agentPolicy: { policyKey: number, osqueryPacks: Record<string, unknown> } } | null }> };

export type FleetAppConfigFragment = { orgName: string, orgLogoUrl: string, orgLogoUrlLightBackground: string, contactUrl: string, serverUrl: string, liveQueryDisabled: boolean, licenseTier: string, transparencyUrl: string, failingPoliciesWebhookUrl: string, hostExpiryEnabled: boolean, hostExpiryWindow: number, features: Record<string, unknown>, agentOptions: Record<string, unknown> | null, mdm: Record<string, unknown>, smtpSettings: Record<string, unknown> | null, ssoSettings: Record<string, unknown> | null, license: { tier: string, expiration: string } };

export type FleetDeviceHostFragment = { depAssignedToFleet: boolean, appleMdmEnabledAndConfigured: boolean, host: { createdAt: string, updatedAt: string, detailUpdatedAt: string | null, labelUpdatedAt: string | null, lastEnrolledAt: string | null, seenTime: string | null, refetchRequested: boolean, hostname: string, uuid: string, platform: string, osqueryVersion: string, osVersion: string, build: string, platformLike: string, codeName: string, uptime: number, memory: number, cpuType: string, cpuSubtype: string, cpuBrand: string, cpuPhysicalCores: number, cpuLogicalCores: number, hardwareVendor: string, hardwareModel: string, hardwareVersion: string, hardwareSerial: string, computerName: string, displayName: string, publicIp: string, primaryIp: string, primaryMac: string, distributedInterval: number, configTlsRefresh: number, loggerTlsPeriod: number, teamId: number | null, additional: Record<string, unknown>, status: HostStatus, id: number, team: { name: string } | null, packs: Array<{ name: string, description: string, platform: string, disabled: boolean, type: string | null, createdAt: string, updatedAt: string, id: number }>, packStats: Array<{ pack: { name: string, type: string | null, id: number }, queryStats: Array<{ scheduledQueryId: number, scheduledQueryName: string, queryName: string, description: string, interval: number, executions: number, systemTime: number, userTime: number, wallTime: number, lastExecuted: string | null }> }> }, software: Array<{ id: string, name: string, version: string, source: string, bundleIdentifier: string, generatedCpe: string, lastOpenedAt: string | null }>, users: Array<{ uid: number, username: string, type: string, groupname: string, shell: string }>, labels: Array<{ id: string, name: string, description: string, query: string, platform: string, labelType: string, labelMembershipType: string, createdAt: string, updatedAt: string }>, batteries: Array<{ cycleCount: number, health: string }>, mdm: { enrollmentStatus: string | null, serverUrl: string | null, name: string, encryptionKeyAvailable: boolean }, disk: { gigsAvailable: number, percentAvailable: number, encryptionEnabled: boolean | null }, license: { tier: string, expiration: string }, org: { orgLogoUrl: string, orgLogoUrlLightBackground: string, contactUrl: string } };

export type FleetDeviceMdmFragment = { enrollmentStatus: string | null, serverUrl: string | null, name: string, encryptionKeyAvailable: boolean };

export type FleetDevicePackFragment = { name: string, description: string, platform: string, disabled: boolean, type: string | null, createdAt: string, updatedAt: string, id: number };

export type FleetDevicePackStatsFragment = { pack: { name: string, type: string | null, id: number }, queryStats: Array<{ scheduledQueryId: number, scheduledQueryName: string, queryName: string, description: string, interval: number, executions: number, systemTime: number, userTime: number, wallTime: number, lastExecuted: string | null }> };

export type FleetEnrollSecretFragment = { secret: string, createdAt: string, teamId: string | null };

export type FleetHostFragment = { createdAt: string, updatedAt: string, detailUpdatedAt: string | null, labelUpdatedAt: string | null, lastEnrolledAt: string | null, seenTime: string | null, refetchRequested: boolean, hostname: string, uuid: string, platform: string, osqueryVersion: string, osVersion: string, build: string, platformLike: string, codeName: string, uptime: number, memory: number, cpuType: string, cpuSubtype: string, cpuBrand: string, cpuPhysicalCores: number, cpuLogicalCores: number, hardwareVendor: string, hardwareModel: string, hardwareVersion: string, hardwareSerial: string, computerName: string, displayName: string, publicIp: string, primaryIp: string, primaryMac: string, distributedInterval: number, configTlsRefresh: number, loggerTlsPeriod: number, teamId: number | null, additional: Record<string, unknown>, status: HostStatus, id: number };

export type FleetLabelSpecFragment = { id: string, name: string, description: string, query: string, platform: string, labelType: string, labelMembershipType: string, hosts: Array<string> | null };

export type FleetPackFragment = { name: string, description: string, platform: string, disabled: boolean, type: string | null, createdAt: string, updatedAt: string, queryCount: number, totalHostsCount: number, hostIds: Array<string>, labelIds: Array<string>, teamIds: Array<string>, id: number };

export type FleetScheduledFragment = { packId: string, name: string, queryId: string, queryName: string, query: string, description: string, interval: number, snapshot: boolean | null, removed: boolean | null, platform: string, version: string, shard: number | null, denylist: boolean | null, createdAt: string, updatedAt: string, id: number };

export type FleetQuerySpecFragment = { name: string, description: string, query: string };

export type FleetUserFragment = { name: string, email: string, globalRole: Role | null, apiOnly: boolean, ssoEnabled: boolean, forcePasswordReset: boolean, gravatarUrl: string, position: string, createdAt: string, updatedAt: string, id: number, teams: Array<{ role: Role, team: { name: string, description: string, id: number } }> };

export type ResultsAuthQueryVariables = Exact<{ [key: string]: never; }>;


export type ResultsAuthQuery = { me: { id: string } };

export type CampaignEventsSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type CampaignEventsSubscription = { campaignEvents:
    | { __typename: 'CampaignProgress', expectedResults: number, actualResults: number, status: string }
    | { __typename: 'CampaignResult', rows: Array<Record<string, unknown>>, error: string | null, host: { hostname: string, displayName: string, id: number } }
    | { __typename: 'CampaignTotals', count: number, online: number, offline: number, missingInAction: number }
   };

export const FleetCampaignFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetCampaign"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"queryId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalHosts"}},{"kind":"Field","name":{"kind":"Name","value":"onlineHosts"}},{"kind":"Field","name":{"kind":"Name","value":"offlineHosts"}},{"kind":"Field","name":{"kind":"Name","value":"missingInActionHosts"}},{"kind":"Field","name":{"kind":"Name","value":"newHosts"}}]}}]}}]} as unknown as DocumentNode<FleetCampaignFragment, unknown>;
export const FleetReportFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedQuery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"observerCanRun"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"minOsqueryVersion"}},{"kind":"Field","name":{"kind":"Name","value":"logging"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<FleetReportFragment, unknown>;
export const FleetPackSpecFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetPackSpec"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PackSpec"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"teams"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"snapshot"}},{"kind":"Field","name":{"kind":"Name","value":"removed"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"shard"}},{"kind":"Field","name":{"kind":"Name","value":"denylist"}}]}}]}}]} as unknown as DocumentNode<FleetPackSpecFragment, unknown>;
export const KibanaAgentPolicyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KibanaAgentPolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgentPolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"namespace"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}}]}}]} as unknown as DocumentNode<KibanaAgentPolicyFieldsFragment, unknown>;
export const KibanaPackagePolicyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KibanaPackagePolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PackagePolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"namespace"}},{"kind":"Field","name":{"kind":"Name","value":"policyNamespace"}},{"kind":"Field","name":{"kind":"Name","value":"agentPolicyId"}},{"kind":"Field","name":{"kind":"Name","value":"packageName"}},{"kind":"Field","name":{"kind":"Name","value":"packageTitle"}},{"kind":"Field","name":{"kind":"Name","value":"packageVersion"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}},{"kind":"Field","name":{"kind":"Name","value":"osqueryOptions"}},{"kind":"Field","name":{"kind":"Name","value":"agentPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyKey"}},{"kind":"Field","name":{"kind":"Name","value":"osqueryPacks"}}]}}]}}]} as unknown as DocumentNode<KibanaPackagePolicyFieldsFragment, unknown>;
export const KibanaAgentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KibanaAgentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Host"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agentId"}},{"kind":"Field","name":{"kind":"Name","value":"agentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"agentTags"}},{"kind":"Field","name":{"kind":"Name","value":"agentPolicyId"}},{"kind":"Field","name":{"kind":"Name","value":"agentPolicyRevision"}},{"kind":"Field","name":{"kind":"Name","value":"unenrolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"userProvidedMetadata"}},{"kind":"Field","name":{"kind":"Name","value":"hostname"}},{"kind":"Field","name":{"kind":"Name","value":"computerName"}},{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"platformFamily"}},{"kind":"Field","name":{"kind":"Name","value":"osVersion"}},{"kind":"Field","name":{"kind":"Name","value":"osqueryVersion"}},{"kind":"Field","name":{"kind":"Name","value":"cpuType"}},{"kind":"Field","name":{"kind":"Name","value":"primaryIp"}},{"kind":"Field","name":{"kind":"Name","value":"primaryMac"}},{"kind":"Field","name":{"kind":"Name","value":"lastEnrolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"seenTime"}}]}}]} as unknown as DocumentNode<KibanaAgentFieldsFragment, unknown>;
export const KibanaEnrollmentApiKeyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KibanaEnrollmentApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnrollmentApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"apiKeyId"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expireAt"}}]}}]} as unknown as DocumentNode<KibanaEnrollmentApiKeyFieldsFragment, unknown>;
export const KibanaFleetServerHostFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KibanaFleetServerHostFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KibanaFleetServerHost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hostUrls"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"proxyId"}}]}}]} as unknown as DocumentNode<KibanaFleetServerHostFieldsFragment, unknown>;
export const KibanaProxyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KibanaProxyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KibanaProxy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"proxyHeaders"}},{"kind":"Field","name":{"kind":"Name","value":"certificateAuthorities"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"}},{"kind":"Field","name":{"kind":"Name","value":"certificateKey"}}]}}]} as unknown as DocumentNode<KibanaProxyFieldsFragment, unknown>;
export const KibanaPackageInfoFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KibanaPackageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KibanaPackage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"packageTitle"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"installed"}},{"kind":"Field","name":{"kind":"Name","value":"installedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hasPolicies"}}]}}]} as unknown as DocumentNode<KibanaPackageInfoFragment, unknown>;
export const KibanaLiveQueryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KibanaLiveQuery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LiveQuery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"agentIds"}},{"kind":"Field","name":{"kind":"Name","value":"agentAll"}},{"kind":"Field","name":{"kind":"Name","value":"agentPlatforms"}},{"kind":"Field","name":{"kind":"Name","value":"agentPolicyIds"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"packId"}},{"kind":"Field","name":{"kind":"Name","value":"packName"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"savedQueryId"}},{"kind":"Field","name":{"kind":"Name","value":"ecsMapping"}},{"kind":"Field","name":{"kind":"Name","value":"timeout"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<KibanaLiveQueryFragment, unknown>;
export const KibanaLiveQueryStatusFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KibanaLiveQueryStatus"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LiveQuery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"queries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionId"}},{"kind":"Field","name":{"kind":"Name","value":"docs"}},{"kind":"Field","name":{"kind":"Name","value":"responded"}},{"kind":"Field","name":{"kind":"Name","value":"successful"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<KibanaLiveQueryStatusFragment, unknown>;
export const KibanaPackFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KibanaPack"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pack"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"shards"}},{"kind":"Field","name":{"kind":"Name","value":"agentPolicyIds"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheduledQueries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"snapshot"}},{"kind":"Field","name":{"kind":"Name","value":"removed"}},{"kind":"Field","name":{"kind":"Name","value":"ecsMapping"}},{"kind":"Field","name":{"kind":"Name","value":"timeout"}}]}}]}}]} as unknown as DocumentNode<KibanaPackFragment, unknown>;
export const KibanaSavedQueryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KibanaSavedQuery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedQuery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"minOsqueryVersion"}},{"kind":"Field","name":{"kind":"Name","value":"logging"}},{"kind":"Field","name":{"kind":"Name","value":"ecsMapping"}},{"kind":"Field","name":{"kind":"Name","value":"timeout"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<KibanaSavedQueryFragment, unknown>;
export const FleetAppConfigFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetAppConfig"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppConfig"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"orgLogoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"orgLogoUrlLightBackground"}},{"kind":"Field","name":{"kind":"Name","value":"contactUrl"}},{"kind":"Field","name":{"kind":"Name","value":"serverUrl"}},{"kind":"Field","name":{"kind":"Name","value":"liveQueryDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"licenseTier"}},{"kind":"Field","name":{"kind":"Name","value":"transparencyUrl"}},{"kind":"Field","name":{"kind":"Name","value":"failingPoliciesWebhookUrl"}},{"kind":"Field","name":{"kind":"Name","value":"hostExpiryEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"hostExpiryWindow"}},{"kind":"Field","name":{"kind":"Name","value":"features"}},{"kind":"Field","name":{"kind":"Name","value":"agentOptions"}},{"kind":"Field","name":{"kind":"Name","value":"mdm"}},{"kind":"Field","name":{"kind":"Name","value":"smtpSettings"}},{"kind":"Field","name":{"kind":"Name","value":"ssoSettings"}},{"kind":"Field","name":{"kind":"Name","value":"license"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"expiration"}}]}}]}}]} as unknown as DocumentNode<FleetAppConfigFragment, unknown>;
export const FleetHostFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetHost"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Host"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"detailUpdatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"labelUpdatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastEnrolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"seenTime"}},{"kind":"Field","name":{"kind":"Name","value":"refetchRequested"}},{"kind":"Field","name":{"kind":"Name","value":"hostname"}},{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"osqueryVersion"}},{"kind":"Field","name":{"kind":"Name","value":"osVersion"}},{"kind":"Field","name":{"kind":"Name","value":"build"}},{"kind":"Field","name":{"kind":"Name","value":"platformLike"}},{"kind":"Field","name":{"kind":"Name","value":"codeName"}},{"kind":"Field","name":{"kind":"Name","value":"uptime"}},{"kind":"Field","name":{"kind":"Name","value":"memory"}},{"kind":"Field","name":{"kind":"Name","value":"cpuType"}},{"kind":"Field","name":{"kind":"Name","value":"cpuSubtype"}},{"kind":"Field","name":{"kind":"Name","value":"cpuBrand"}},{"kind":"Field","name":{"kind":"Name","value":"cpuPhysicalCores"}},{"kind":"Field","name":{"kind":"Name","value":"cpuLogicalCores"}},{"kind":"Field","name":{"kind":"Name","value":"hardwareVendor"}},{"kind":"Field","name":{"kind":"Name","value":"hardwareModel"}},{"kind":"Field","name":{"kind":"Name","value":"hardwareVersion"}},{"kind":"Field","name":{"kind":"Name","value":"hardwareSerial"}},{"kind":"Field","name":{"kind":"Name","value":"computerName"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"publicIp"}},{"kind":"Field","name":{"kind":"Name","value":"primaryIp"}},{"kind":"Field","name":{"kind":"Name","value":"primaryMac"}},{"kind":"Field","name":{"kind":"Name","value":"distributedInterval"}},{"kind":"Field","name":{"kind":"Name","value":"configTlsRefresh"}},{"kind":"Field","name":{"kind":"Name","value":"loggerTlsPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"additional"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<FleetHostFragment, unknown>;
export const FleetDevicePackFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetDevicePack"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pack"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<FleetDevicePackFragment, unknown>;
export const FleetDevicePackStatsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetDevicePackStats"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HostPackStats"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pack"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queryStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduledQueryId"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledQueryName"}},{"kind":"Field","name":{"kind":"Name","value":"queryName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"executions"}},{"kind":"Field","name":{"kind":"Name","value":"systemTime"}},{"kind":"Field","name":{"kind":"Name","value":"userTime"}},{"kind":"Field","name":{"kind":"Name","value":"wallTime"}},{"kind":"Field","name":{"kind":"Name","value":"lastExecuted"}}]}}]}}]} as unknown as DocumentNode<FleetDevicePackStatsFragment, unknown>;
export const FleetDeviceMdmFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetDeviceMdm"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeviceMdm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrollmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"serverUrl"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"encryptionKeyAvailable"}}]}}]} as unknown as DocumentNode<FleetDeviceMdmFragment, unknown>;
export const FleetDeviceHostFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetDeviceHost"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Device"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FleetHost"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"packs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FleetDevicePack"}}]}},{"kind":"Field","name":{"kind":"Name","value":"packStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FleetDevicePackStats"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"software"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"bundleIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"generatedCpe"}},{"kind":"Field","name":{"kind":"Name","value":"lastOpenedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uid"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"groupname"}},{"kind":"Field","name":{"kind":"Name","value":"shell"}}]}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"labelType"}},{"kind":"Field","name":{"kind":"Name","value":"labelMembershipType"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"batteries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycleCount"}},{"kind":"Field","name":{"kind":"Name","value":"health"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mdm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FleetDeviceMdm"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gigsAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"percentAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"encryptionEnabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"depAssignedToFleet"}},{"kind":"Field","name":{"kind":"Name","value":"license"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"expiration"}}]}},{"kind":"Field","name":{"kind":"Name","value":"org"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgLogoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"orgLogoUrlLightBackground"}},{"kind":"Field","name":{"kind":"Name","value":"contactUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appleMdmEnabledAndConfigured"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetDeviceMdm"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeviceMdm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrollmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"serverUrl"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"encryptionKeyAvailable"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetDevicePack"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pack"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetDevicePackStats"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HostPackStats"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pack"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queryStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduledQueryId"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledQueryName"}},{"kind":"Field","name":{"kind":"Name","value":"queryName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"executions"}},{"kind":"Field","name":{"kind":"Name","value":"systemTime"}},{"kind":"Field","name":{"kind":"Name","value":"userTime"}},{"kind":"Field","name":{"kind":"Name","value":"wallTime"}},{"kind":"Field","name":{"kind":"Name","value":"lastExecuted"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetHost"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Host"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"detailUpdatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"labelUpdatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastEnrolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"seenTime"}},{"kind":"Field","name":{"kind":"Name","value":"refetchRequested"}},{"kind":"Field","name":{"kind":"Name","value":"hostname"}},{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"osqueryVersion"}},{"kind":"Field","name":{"kind":"Name","value":"osVersion"}},{"kind":"Field","name":{"kind":"Name","value":"build"}},{"kind":"Field","name":{"kind":"Name","value":"platformLike"}},{"kind":"Field","name":{"kind":"Name","value":"codeName"}},{"kind":"Field","name":{"kind":"Name","value":"uptime"}},{"kind":"Field","name":{"kind":"Name","value":"memory"}},{"kind":"Field","name":{"kind":"Name","value":"cpuType"}},{"kind":"Field","name":{"kind":"Name","value":"cpuSubtype"}},{"kind":"Field","name":{"kind":"Name","value":"cpuBrand"}},{"kind":"Field","name":{"kind":"Name","value":"cpuPhysicalCores"}},{"kind":"Field","name":{"kind":"Name","value":"cpuLogicalCores"}},{"kind":"Field","name":{"kind":"Name","value":"hardwareVendor"}},{"kind":"Field","name":{"kind":"Name","value":"hardwareModel"}},{"kind":"Field","name":{"kind":"Name","value":"hardwareVersion"}},{"kind":"Field","name":{"kind":"Name","value":"hardwareSerial"}},{"kind":"Field","name":{"kind":"Name","value":"computerName"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"publicIp"}},{"kind":"Field","name":{"kind":"Name","value":"primaryIp"}},{"kind":"Field","name":{"kind":"Name","value":"primaryMac"}},{"kind":"Field","name":{"kind":"Name","value":"distributedInterval"}},{"kind":"Field","name":{"kind":"Name","value":"configTlsRefresh"}},{"kind":"Field","name":{"kind":"Name","value":"loggerTlsPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"additional"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<FleetDeviceHostFragment, unknown>;
export const FleetEnrollSecretFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetEnrollSecret"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnrollSecret"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}}]}}]} as unknown as DocumentNode<FleetEnrollSecretFragment, unknown>;
export const FleetLabelSpecFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetLabelSpec"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LabelSpec"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"labelType"}},{"kind":"Field","name":{"kind":"Name","value":"labelMembershipType"}},{"kind":"Field","name":{"kind":"Name","value":"hosts"}}]}}]} as unknown as DocumentNode<FleetLabelSpecFragment, unknown>;
export const FleetPackFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetPack"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pack"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"queryCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalHostsCount"}},{"kind":"Field","name":{"kind":"Name","value":"hostIds"}},{"kind":"Field","name":{"kind":"Name","value":"labelIds"}},{"kind":"Field","name":{"kind":"Name","value":"teamIds"}}]}}]} as unknown as DocumentNode<FleetPackFragment, unknown>;
export const FleetScheduledFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetScheduled"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduledQuery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"packId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"queryId"}},{"kind":"Field","name":{"kind":"Name","value":"queryName"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"snapshot"}},{"kind":"Field","name":{"kind":"Name","value":"removed"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"shard"}},{"kind":"Field","name":{"kind":"Name","value":"denylist"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<FleetScheduledFragment, unknown>;
export const FleetQuerySpecFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetQuerySpec"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedQuery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"query"}}]}}]} as unknown as DocumentNode<FleetQuerySpecFragment, unknown>;
export const FleetUserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"globalRole"}},{"kind":"Field","name":{"kind":"Name","value":"apiOnly"}},{"kind":"Field","name":{"kind":"Name","value":"ssoEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"forcePasswordReset"}},{"kind":"Field","name":{"kind":"Name","value":"gravatarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]} as unknown as DocumentNode<FleetUserFragment, unknown>;
export const AppConfigDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FleetAppConfig"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetAppConfig"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppConfig"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"orgLogoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"orgLogoUrlLightBackground"}},{"kind":"Field","name":{"kind":"Name","value":"contactUrl"}},{"kind":"Field","name":{"kind":"Name","value":"serverUrl"}},{"kind":"Field","name":{"kind":"Name","value":"liveQueryDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"licenseTier"}},{"kind":"Field","name":{"kind":"Name","value":"transparencyUrl"}},{"kind":"Field","name":{"kind":"Name","value":"failingPoliciesWebhookUrl"}},{"kind":"Field","name":{"kind":"Name","value":"hostExpiryEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"hostExpiryWindow"}},{"kind":"Field","name":{"kind":"Name","value":"features"}},{"kind":"Field","name":{"kind":"Name","value":"agentOptions"}},{"kind":"Field","name":{"kind":"Name","value":"mdm"}},{"kind":"Field","name":{"kind":"Name","value":"smtpSettings"}},{"kind":"Field","name":{"kind":"Name","value":"ssoSettings"}},{"kind":"Field","name":{"kind":"Name","value":"license"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"expiration"}}]}}]}}]} as unknown as DocumentNode<AppConfigQuery, AppConfigQueryVariables>;
export const UpdateAppConfigDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAppConfig"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppConfigInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"force"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAppConfig"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}},{"kind":"Argument","name":{"kind":"Name","value":"force"},"value":{"kind":"Variable","name":{"kind":"Name","value":"force"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FleetAppConfig"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetAppConfig"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppConfig"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"orgLogoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"orgLogoUrlLightBackground"}},{"kind":"Field","name":{"kind":"Name","value":"contactUrl"}},{"kind":"Field","name":{"kind":"Name","value":"serverUrl"}},{"kind":"Field","name":{"kind":"Name","value":"liveQueryDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"licenseTier"}},{"kind":"Field","name":{"kind":"Name","value":"transparencyUrl"}},{"kind":"Field","name":{"kind":"Name","value":"failingPoliciesWebhookUrl"}},{"kind":"Field","name":{"kind":"Name","value":"hostExpiryEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"hostExpiryWindow"}},{"kind":"Field","name":{"kind":"Name","value":"features"}},{"kind":"Field","name":{"kind":"Name","value":"agentOptions"}},{"kind":"Field","name":{"kind":"Name","value":"mdm"}},{"kind":"Field","name":{"kind":"Name","value":"smtpSettings"}},{"kind":"Field","name":{"kind":"Name","value":"ssoSettings"}},{"kind":"Field","name":{"kind":"Name","value":"license"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"expiration"}}]}}]}}]} as unknown as DocumentNode<UpdateAppConfigMutation, UpdateAppConfigMutationVariables>;
export const TriggerCronDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TriggerCron"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"triggerCronSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TriggerCronMutation, TriggerCronMutationVariables>;
export const DeviceHostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeviceHost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FleetDeviceHost"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetDeviceHost"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Device"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FleetHost"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"packs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FleetDevicePack"}}]}},{"kind":"Field","name":{"kind":"Name","value":"packStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FleetDevicePackStats"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"software"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"bundleIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"generatedCpe"}},{"kind":"Field","name":{"kind":"Name","value":"lastOpenedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uid"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"groupname"}},{"kind":"Field","name":{"kind":"Name","value":"shell"}}]}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"labelType"}},{"kind":"Field","name":{"kind":"Name","value":"labelMembershipType"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"batteries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycleCount"}},{"kind":"Field","name":{"kind":"Name","value":"health"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mdm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FleetDeviceMdm"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gigsAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"percentAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"encryptionEnabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"depAssignedToFleet"}},{"kind":"Field","name":{"kind":"Name","value":"license"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"expiration"}}]}},{"kind":"Field","name":{"kind":"Name","value":"org"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgLogoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"orgLogoUrlLightBackground"}},{"kind":"Field","name":{"kind":"Name","value":"contactUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appleMdmEnabledAndConfigured"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetDeviceMdm"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeviceMdm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrollmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"serverUrl"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"encryptionKeyAvailable"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetDevicePack"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pack"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetDevicePackStats"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HostPackStats"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pack"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queryStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduledQueryId"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledQueryName"}},{"kind":"Field","name":{"kind":"Name","value":"queryName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"executions"}},{"kind":"Field","name":{"kind":"Name","value":"systemTime"}},{"kind":"Field","name":{"kind":"Name","value":"userTime"}},{"kind":"Field","name":{"kind":"Name","value":"wallTime"}},{"kind":"Field","name":{"kind":"Name","value":"lastExecuted"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetHost"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Host"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"detailUpdatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"labelUpdatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastEnrolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"seenTime"}},{"kind":"Field","name":{"kind":"Name","value":"refetchRequested"}},{"kind":"Field","name":{"kind":"Name","value":"hostname"}},{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"osqueryVersion"}},{"kind":"Field","name":{"kind":"Name","value":"osVersion"}},{"kind":"Field","name":{"kind":"Name","value":"build"}},{"kind":"Field","name":{"kind":"Name","value":"platformLike"}},{"kind":"Field","name":{"kind":"Name","value":"codeName"}},{"kind":"Field","name":{"kind":"Name","value":"uptime"}},{"kind":"Field","name":{"kind":"Name","value":"memory"}},{"kind":"Field","name":{"kind":"Name","value":"cpuType"}},{"kind":"Field","name":{"kind":"Name","value":"cpuSubtype"}},{"kind":"Field","name":{"kind":"Name","value":"cpuBrand"}},{"kind":"Field","name":{"kind":"Name","value":"cpuPhysicalCores"}},{"kind":"Field","name":{"kind":"Name","value":"cpuLogicalCores"}},{"kind":"Field","name":{"kind":"Name","value":"hardwareVendor"}},{"kind":"Field","name":{"kind":"Name","value":"hardwareModel"}},{"kind":"Field","name":{"kind":"Name","value":"hardwareVersion"}},{"kind":"Field","name":{"kind":"Name","value":"hardwareSerial"}},{"kind":"Field","name":{"kind":"Name","value":"computerName"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"publicIp"}},{"kind":"Field","name":{"kind":"Name","value":"primaryIp"}},{"kind":"Field","name":{"kind":"Name","value":"primaryMac"}},{"kind":"Field","name":{"kind":"Name","value":"distributedInterval"}},{"kind":"Field","name":{"kind":"Name","value":"configTlsRefresh"}},{"kind":"Field","name":{"kind":"Name","value":"loggerTlsPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"additional"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<DeviceHostQuery, DeviceHostQueryVariables>;
export const RefetchDeviceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefetchDevice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refetchDevice"}}]}}]} as unknown as DocumentNode<RefetchDeviceMutation, RefetchDeviceMutationVariables>;
export const DeviceMappingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeviceMapping"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deviceMapping"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]}}]} as unknown as DocumentNode<DeviceMappingQuery, DeviceMappingQueryVariables>;
export const DeviceMacadminsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeviceMacadmins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"macadmins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"munkiVersion"}},{"kind":"Field","name":{"kind":"Name","value":"munkiIssues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mdm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrollmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"serverUrl"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeviceMacadminsQuery, DeviceMacadminsQueryVariables>;
export const DeviceDesktopDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeviceDesktop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"desktop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needsMdmMigration"}},{"kind":"Field","name":{"kind":"Name","value":"renewEnrollmentProfile"}}]}},{"kind":"Field","name":{"kind":"Name","value":"macosMigrationMode"}},{"kind":"Field","name":{"kind":"Name","value":"selfService"}}]}},{"kind":"Field","name":{"kind":"Name","value":"org"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"orgLogoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"orgLogoUrlLightBackground"}},{"kind":"Field","name":{"kind":"Name","value":"contactUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"failingPolicyCount"}}]}}]}}]}}]} as unknown as DocumentNode<DeviceDesktopQuery, DeviceDesktopQueryVariables>;
export const DevicePoliciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DevicePolicies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"critical"}},{"kind":"Field","name":{"kind":"Name","value":"response"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DevicePoliciesQuery, DevicePoliciesQueryVariables>;
export const DeviceApiFeaturesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeviceApiFeatures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiFeatures"}}]}}]}}]} as unknown as DocumentNode<DeviceApiFeaturesQuery, DeviceApiFeaturesQueryVariables>;
export const DeviceTransparencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeviceTransparency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transparencyUrl"}}]}}]}}]} as unknown as DocumentNode<DeviceTransparencyQuery, DeviceTransparencyQueryVariables>;
export const DeviceEnrollmentProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeviceEnrollmentProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deviceAppleEnrollmentProfile"}}]}}]} as unknown as DocumentNode<DeviceEnrollmentProfileQuery, DeviceEnrollmentProfileQueryVariables>;
export const MigrateDeviceMdmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MigrateDeviceMdm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"migrateDeviceMdm"}}]}}]} as unknown as DocumentNode<MigrateDeviceMdmMutation, MigrateDeviceMdmMutationVariables>;
export const DevicePingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DevicePing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DevicePingQuery, DevicePingQueryVariables>;
export const TransferHostsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransferHosts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hostIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferHosts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"teamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}},{"kind":"Argument","name":{"kind":"Name","value":"hostIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hostIds"}}}]}]}}]} as unknown as DocumentNode<TransferHostsMutation, TransferHostsMutationVariables>;
export const DeleteHostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteHost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteHost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteHostMutation, DeleteHostMutationVariables>;
export const ListHostsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListHosts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"HostFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"HostOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hostList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FleetHost"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetHost"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Host"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"detailUpdatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"labelUpdatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastEnrolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"seenTime"}},{"kind":"Field","name":{"kind":"Name","value":"refetchRequested"}},{"kind":"Field","name":{"kind":"Name","value":"hostname"}},{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"osqueryVersion"}},{"kind":"Field","name":{"kind":"Name","value":"osVersion"}},{"kind":"Field","name":{"kind":"Name","value":"build"}},{"kind":"Field","name":{"kind":"Name","value":"platformLike"}},{"kind":"Field","name":{"kind":"Name","value":"codeName"}},{"kind":"Field","name":{"kind":"Name","value":"uptime"}},{"kind":"Field","name":{"kind":"Name","value":"memory"}},{"kind":"Field","name":{"kind":"Name","value":"cpuType"}},{"kind":"Field","name":{"kind":"Name","value":"cpuSubtype"}},{"kind":"Field","name":{"kind":"Name","value":"cpuBrand"}},{"kind":"Field","name":{"kind":"Name","value":"cpuPhysicalCores"}},{"kind":"Field","name":{"kind":"Name","value":"cpuLogicalCores"}},{"kind":"Field","name":{"kind":"Name","value":"hardwareVendor"}},{"kind":"Field","name":{"kind":"Name","value":"hardwareModel"}},{"kind":"Field","name":{"kind":"Name","value":"hardwareVersion"}},{"kind":"Field","name":{"kind":"Name","value":"hardwareSerial"}},{"kind":"Field","name":{"kind":"Name","value":"computerName"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"publicIp"}},{"kind":"Field","name":{"kind":"Name","value":"primaryIp"}},{"kind":"Field","name":{"kind":"Name","value":"primaryMac"}},{"kind":"Field","name":{"kind":"Name","value":"distributedInterval"}},{"kind":"Field","name":{"kind":"Name","value":"configTlsRefresh"}},{"kind":"Field","name":{"kind":"Name","value":"loggerTlsPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"additional"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<ListHostsQuery, ListHostsQueryVariables>;
export const InstallerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Installer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InstallerSelector"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"installer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"selector"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<InstallerQuery, InstallerQueryVariables>;
export const InstallerRangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstallerRange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InstallerSelector"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"l"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"installer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"selector"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}},{"kind":"Argument","name":{"kind":"Name","value":"length"},"value":{"kind":"Variable","name":{"kind":"Name","value":"l"}}}]}]}}]}}]} as unknown as DocumentNode<InstallerRangeQuery, InstallerRangeQueryVariables>;
export const BeginInstallerUploadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BeginInstallerUpload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InstallerSelector"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beginInstallerUpload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"selector"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"maxSize"}},{"kind":"Field","name":{"kind":"Name","value":"chunkSize"}}]}}]}}]} as unknown as DocumentNode<BeginInstallerUploadMutation, BeginInstallerUploadMutationVariables>;
export const AppendInstallerUploadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppendInstallerUpload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"u"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appendInstallerUpload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uploadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"u"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}},{"kind":"Argument","name":{"kind":"Name","value":"chunkBase64"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}}]}}]}}]} as unknown as DocumentNode<AppendInstallerUploadMutation, AppendInstallerUploadMutationVariables>;
export const CompleteInstallerUploadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteInstallerUpload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"u"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"n"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeInstallerUpload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uploadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"u"}}},{"kind":"Argument","name":{"kind":"Name","value":"size"},"value":{"kind":"Variable","name":{"kind":"Name","value":"n"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"desktop"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<CompleteInstallerUploadMutation, CompleteInstallerUploadMutationVariables>;
export const AbortInstallerUploadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AbortInstallerUpload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"u"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abortInstallerUpload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uploadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"u"}}}]}]}}]} as unknown as DocumentNode<AbortInstallerUploadMutation, AbortInstallerUploadMutationVariables>;
export const RunLiveQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunLiveQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sql"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targets"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TargetsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"campaign"},"name":{"kind":"Name","value":"runLiveQuery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sql"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sql"}}},{"kind":"Argument","name":{"kind":"Name","value":"targets"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targets"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FleetCampaign"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetCampaign"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"queryId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalHosts"}},{"kind":"Field","name":{"kind":"Name","value":"onlineHosts"}},{"kind":"Field","name":{"kind":"Name","value":"offlineHosts"}},{"kind":"Field","name":{"kind":"Name","value":"missingInActionHosts"}},{"kind":"Field","name":{"kind":"Name","value":"newHosts"}}]}}]}}]} as unknown as DocumentNode<RunLiveQueryMutation, RunLiveQueryMutationVariables>;
export const RunSavedQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunSavedQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"queryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targets"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TargetsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"campaign"},"name":{"kind":"Name","value":"runSavedQuery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"queryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"queryId"}}},{"kind":"Argument","name":{"kind":"Name","value":"targets"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targets"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FleetCampaign"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetCampaign"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"queryId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalHosts"}},{"kind":"Field","name":{"kind":"Name","value":"onlineHosts"}},{"kind":"Field","name":{"kind":"Name","value":"offlineHosts"}},{"kind":"Field","name":{"kind":"Name","value":"missingInActionHosts"}},{"kind":"Field","name":{"kind":"Name","value":"newHosts"}}]}}]}}]} as unknown as DocumentNode<RunSavedQueryMutation, RunSavedQueryMutationVariables>;
export const SelectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Select"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hosts"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"labels"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"selectionByNames"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hosts"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hosts"}}},{"kind":"Argument","name":{"kind":"Name","value":"labels"},"value":{"kind":"Variable","name":{"kind":"Name","value":"labels"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hostIds"}},{"kind":"Field","name":{"kind":"Name","value":"labelIds"}},{"kind":"Field","name":{"kind":"Name","value":"teamIds"}}]}}]}}]} as unknown as DocumentNode<SelectQuery, SelectQueryVariables>;
export const CountTargetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CountTargets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targets"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TargetsInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"queryId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countTargets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"targets"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targets"}}},{"kind":"Argument","name":{"kind":"Name","value":"queryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"queryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"online"}},{"kind":"Field","name":{"kind":"Name","value":"offline"}}]}}]}}]} as unknown as DocumentNode<CountTargetsQuery, CountTargetsQueryVariables>;
export const LiveQueryStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LiveQueryStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liveQueryStatus"}}]}}]} as unknown as DocumentNode<LiveQueryStatusQuery, LiveQueryStatusQueryVariables>;
export const ResultStoreStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResultStoreStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultStoreStatus"}}]}}]} as unknown as DocumentNode<ResultStoreStatusQuery, ResultStoreStatusQueryVariables>;
export const SearchHostsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchHosts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"q"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ex"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"queryId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchHosts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}},{"kind":"Argument","name":{"kind":"Name","value":"excludedHostIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ex"}}},{"kind":"Argument","name":{"kind":"Name","value":"queryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"queryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FleetHost"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetHost"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Host"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"detailUpdatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"labelUpdatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastEnrolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"seenTime"}},{"kind":"Field","name":{"kind":"Name","value":"refetchRequested"}},{"kind":"Field","name":{"kind":"Name","value":"hostname"}},{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"osqueryVersion"}},{"kind":"Field","name":{"kind":"Name","value":"osVersion"}},{"kind":"Field","name":{"kind":"Name","value":"build"}},{"kind":"Field","name":{"kind":"Name","value":"platformLike"}},{"kind":"Field","name":{"kind":"Name","value":"codeName"}},{"kind":"Field","name":{"kind":"Name","value":"uptime"}},{"kind":"Field","name":{"kind":"Name","value":"memory"}},{"kind":"Field","name":{"kind":"Name","value":"cpuType"}},{"kind":"Field","name":{"kind":"Name","value":"cpuSubtype"}},{"kind":"Field","name":{"kind":"Name","value":"cpuBrand"}},{"kind":"Field","name":{"kind":"Name","value":"cpuPhysicalCores"}},{"kind":"Field","name":{"kind":"Name","value":"cpuLogicalCores"}},{"kind":"Field","name":{"kind":"Name","value":"hardwareVendor"}},{"kind":"Field","name":{"kind":"Name","value":"hardwareModel"}},{"kind":"Field","name":{"kind":"Name","value":"hardwareVersion"}},{"kind":"Field","name":{"kind":"Name","value":"hardwareSerial"}},{"kind":"Field","name":{"kind":"Name","value":"computerName"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"publicIp"}},{"kind":"Field","name":{"kind":"Name","value":"primaryIp"}},{"kind":"Field","name":{"kind":"Name","value":"primaryMac"}},{"kind":"Field","name":{"kind":"Name","value":"distributedInterval"}},{"kind":"Field","name":{"kind":"Name","value":"configTlsRefresh"}},{"kind":"Field","name":{"kind":"Name","value":"loggerTlsPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"additional"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<SearchHostsQuery, SearchHostsQueryVariables>;
export const DepKeyPairDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DepKeyPair"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generateDepKeyPair"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicKey"}},{"kind":"Field","name":{"kind":"Name","value":"privateKey"}}]}}]}}]} as unknown as DocumentNode<DepKeyPairMutation, DepKeyPairMutationVariables>;
export const RequestCsrDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestCsr"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"e"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestAppleMdmCsr"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"emailAddress"},"value":{"kind":"Variable","name":{"kind":"Name","value":"e"}}},{"kind":"Argument","name":{"kind":"Name","value":"organization"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apnsKey"}},{"kind":"Field","name":{"kind":"Name","value":"scepCert"}},{"kind":"Field","name":{"kind":"Name","value":"scepKey"}}]}}]}}]} as unknown as DocumentNode<RequestCsrMutation, RequestCsrMutationVariables>;
export const BatchProfilesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BatchProfiles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"t"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"n"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"d"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batchApplyAppleProfiles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"profiles"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}},{"kind":"Argument","name":{"kind":"Name","value":"teamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t"}}},{"kind":"Argument","name":{"kind":"Name","value":"teamName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"n"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"d"}}}]}]}}]} as unknown as DocumentNode<BatchProfilesMutation, BatchProfilesMutationVariables>;
export const PreassignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Preassign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PreassignProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preassignAppleProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}]}]}}]} as unknown as DocumentNode<PreassignMutation, PreassignMutationVariables>;
export const MatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Match"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchPreassignedProfiles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"externalHostIdentifier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<MatchMutation, MatchMutationVariables>;
export const StartSsoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartSso"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startMdmSso"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<StartSsoMutation, StartSsoMutationVariables>;
export const CompleteSsoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteSso"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeMdmSso"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"samlResponse"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redirectUrl"}}]}}]}}]} as unknown as DocumentNode<CompleteSsoMutation, CompleteSsoMutationVariables>;
export const EnrollOrbitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnrollOrbit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnrollOrbitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrollOrbit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orbitNodeKey"}}]}}]}}]} as unknown as DocumentNode<EnrollOrbitMutation, EnrollOrbitMutationVariables>;
export const SetDeviceAuthTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetDeviceAuthToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDeviceAuthToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orbitNodeKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}]}]}}]} as unknown as DocumentNode<SetDeviceAuthTokenMutation, SetDeviceAuthTokenMutationVariables>;
export const OrbitConfigDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrbitConfig"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orbitConfig"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orbitNodeKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commandLineStartupFlags"}},{"kind":"Field","name":{"kind":"Name","value":"extensions"}},{"kind":"Field","name":{"kind":"Name","value":"scriptExecutionTimeout"}},{"kind":"Field","name":{"kind":"Name","value":"updateChannels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orbit"}},{"kind":"Field","name":{"kind":"Name","value":"osqueryd"}},{"kind":"Field","name":{"kind":"Name","value":"desktop"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renewEnrollmentProfile"}},{"kind":"Field","name":{"kind":"Name","value":"needsMdmMigration"}}]}}]}}]}}]} as unknown as DocumentNode<OrbitConfigQuery, OrbitConfigQueryVariables>;
export const CreatePackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePack"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPack"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FleetPack"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetPack"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pack"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"queryCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalHostsCount"}},{"kind":"Field","name":{"kind":"Name","value":"hostIds"}},{"kind":"Field","name":{"kind":"Name","value":"labelIds"}},{"kind":"Field","name":{"kind":"Name","value":"teamIds"}}]}}]} as unknown as DocumentNode<CreatePackMutation, CreatePackMutationVariables>;
export const ModifyPackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ModifyPack"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePack"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FleetPack"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetPack"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pack"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"queryCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalHostsCount"}},{"kind":"Field","name":{"kind":"Name","value":"hostIds"}},{"kind":"Field","name":{"kind":"Name","value":"labelIds"}},{"kind":"Field","name":{"kind":"Name","value":"teamIds"}}]}}]} as unknown as DocumentNode<ModifyPackMutation, ModifyPackMutationVariables>;
export const GetPackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetPack"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pack"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FleetPack"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetPack"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pack"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"queryCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalHostsCount"}},{"kind":"Field","name":{"kind":"Name","value":"hostIds"}},{"kind":"Field","name":{"kind":"Name","value":"labelIds"}},{"kind":"Field","name":{"kind":"Name","value":"teamIds"}}]}}]} as unknown as DocumentNode<GetPackQuery, GetPackQueryVariables>;
export const ListPacksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListPacks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PackListInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FleetPack"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetPack"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pack"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"queryCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalHostsCount"}},{"kind":"Field","name":{"kind":"Name","value":"hostIds"}},{"kind":"Field","name":{"kind":"Name","value":"labelIds"}},{"kind":"Field","name":{"kind":"Name","value":"teamIds"}}]}}]} as unknown as DocumentNode<ListPacksQuery, ListPacksQueryVariables>;
export const DeletePackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeletePack"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePack"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}]}]}}]} as unknown as DocumentNode<DeletePackMutation, DeletePackMutationVariables>;
export const DeletePackByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeletePackById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePackById"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeletePackByIdMutation, DeletePackByIdMutationVariables>;
export const ListReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SavedQueryListInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"savedQueryList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FleetReport"}}]}},{"kind":"Field","name":{"kind":"Name","value":"savedQueryCount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}]}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedQuery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"observerCanRun"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"minOsqueryVersion"}},{"kind":"Field","name":{"kind":"Name","value":"logging"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<ListReportsQuery, ListReportsQueryVariables>;
export const GetReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"savedQueryById"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FleetReport"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedQuery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"observerCanRun"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"minOsqueryVersion"}},{"kind":"Field","name":{"kind":"Name","value":"logging"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<GetReportQuery, GetReportQueryVariables>;
export const PackScheduledDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PackScheduled"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"packId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderDirection"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduledQueries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"packId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"packId"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderDirection"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderDirection"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FleetScheduled"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetScheduled"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduledQuery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"packId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"queryId"}},{"kind":"Field","name":{"kind":"Name","value":"queryName"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"snapshot"}},{"kind":"Field","name":{"kind":"Name","value":"removed"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"shard"}},{"kind":"Field","name":{"kind":"Name","value":"denylist"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<PackScheduledQuery, PackScheduledQueryVariables>;
export const ScheduleQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleQueryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleQuery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FleetScheduled"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetScheduled"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduledQuery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"packId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"queryId"}},{"kind":"Field","name":{"kind":"Name","value":"queryName"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"snapshot"}},{"kind":"Field","name":{"kind":"Name","value":"removed"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"shard"}},{"kind":"Field","name":{"kind":"Name","value":"denylist"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ScheduleQueryMutation, ScheduleQueryMutationVariables>;
export const GetScheduledDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetScheduled"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduledQuery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FleetScheduled"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetScheduled"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduledQuery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"packId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"queryId"}},{"kind":"Field","name":{"kind":"Name","value":"queryName"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"snapshot"}},{"kind":"Field","name":{"kind":"Name","value":"removed"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"shard"}},{"kind":"Field","name":{"kind":"Name","value":"denylist"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<GetScheduledQuery, GetScheduledQueryVariables>;
export const ModifyScheduledDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ModifyScheduled"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateScheduledQueryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateScheduledQuery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FleetScheduled"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetScheduled"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduledQuery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"packId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"queryId"}},{"kind":"Field","name":{"kind":"Name","value":"queryName"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"snapshot"}},{"kind":"Field","name":{"kind":"Name","value":"removed"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"shard"}},{"kind":"Field","name":{"kind":"Name","value":"denylist"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ModifyScheduledMutation, ModifyScheduledMutationVariables>;
export const DeleteScheduledDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteScheduled"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteScheduledQuery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteScheduledMutation, DeleteScheduledMutationVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FleetUser"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"globalRole"}},{"kind":"Field","name":{"kind":"Name","value":"apiOnly"}},{"kind":"Field","name":{"kind":"Name","value":"ssoEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"forcePasswordReset"}},{"kind":"Field","name":{"kind":"Name","value":"gravatarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FleetUser"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teamList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"globalRole"}},{"kind":"Field","name":{"kind":"Name","value":"apiOnly"}},{"kind":"Field","name":{"kind":"Name","value":"ssoEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"forcePasswordReset"}},{"kind":"Field","name":{"kind":"Name","value":"gravatarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const SetupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Setup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"serverUrl"}},{"kind":"Field","name":{"kind":"Name","value":"orgInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"orgLogoUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"admin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FleetUser"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"globalRole"}},{"kind":"Field","name":{"kind":"Name","value":"apiOnly"}},{"kind":"Field","name":{"kind":"Name","value":"ssoEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"forcePasswordReset"}},{"kind":"Field","name":{"kind":"Name","value":"gravatarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]} as unknown as DocumentNode<SetupMutation, SetupMutationVariables>;
export const LabelSpecsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LabelSpecs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelSpecs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FleetLabelSpec"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetLabelSpec"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LabelSpec"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"labelType"}},{"kind":"Field","name":{"kind":"Name","value":"labelMembershipType"}},{"kind":"Field","name":{"kind":"Name","value":"hosts"}}]}}]} as unknown as DocumentNode<LabelSpecsQuery, LabelSpecsQueryVariables>;
export const LabelSpecDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LabelSpec"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelSpec"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FleetLabelSpec"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetLabelSpec"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LabelSpec"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"labelType"}},{"kind":"Field","name":{"kind":"Name","value":"labelMembershipType"}},{"kind":"Field","name":{"kind":"Name","value":"hosts"}}]}}]} as unknown as DocumentNode<LabelSpecQuery, LabelSpecQueryVariables>;
export const ApplyLabelSpecsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyLabelSpecs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"specs"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LabelSpecInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyLabelSpecs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"specs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"specs"}}}]}]}}]} as unknown as DocumentNode<ApplyLabelSpecsMutation, ApplyLabelSpecsMutationVariables>;
export const EnrollSecretsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnrollSecrets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrollSecrets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FleetEnrollSecret"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetEnrollSecret"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnrollSecret"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}}]}}]} as unknown as DocumentNode<EnrollSecretsQuery, EnrollSecretsQueryVariables>;
export const ApplyEnrollSecretSpecDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyEnrollSecretSpec"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"secrets"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyEnrollSecretSpec"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"secrets"},"value":{"kind":"Variable","name":{"kind":"Name","value":"secrets"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}}]}]}}]} as unknown as DocumentNode<ApplyEnrollSecretSpecMutation, ApplyEnrollSecretSpecMutationVariables>;
export const ApplyTeamSpecsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyTeamSpecs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"specs"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TeamSpecInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"force"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyTeamSpecs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"specs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"specs"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}},{"kind":"Argument","name":{"kind":"Name","value":"force"},"value":{"kind":"Variable","name":{"kind":"Name","value":"force"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ApplyTeamSpecsMutation, ApplyTeamSpecsMutationVariables>;
export const PackSpecsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PackSpecs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packSpecs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FleetPackSpec"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetPackSpec"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PackSpec"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"teams"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"snapshot"}},{"kind":"Field","name":{"kind":"Name","value":"removed"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"shard"}},{"kind":"Field","name":{"kind":"Name","value":"denylist"}}]}}]}}]} as unknown as DocumentNode<PackSpecsQuery, PackSpecsQueryVariables>;
export const PackSpecDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PackSpec"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packSpec"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FleetPackSpec"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetPackSpec"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PackSpec"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"teams"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"snapshot"}},{"kind":"Field","name":{"kind":"Name","value":"removed"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"shard"}},{"kind":"Field","name":{"kind":"Name","value":"denylist"}}]}}]}}]} as unknown as DocumentNode<PackSpecQuery, PackSpecQueryVariables>;
export const ApplyPackSpecsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyPackSpecs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"specs"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PackSpecInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyPackSpecs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"specs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"specs"}}}]}]}}]} as unknown as DocumentNode<ApplyPackSpecsMutation, ApplyPackSpecsMutationVariables>;
export const ApplyPolicySpecsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyPolicySpecs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"specs"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicySpecInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyPolicySpecs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"specs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"specs"}}}]}]}}]} as unknown as DocumentNode<ApplyPolicySpecsMutation, ApplyPolicySpecsMutationVariables>;
export const QuerySpecsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QuerySpecs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"savedQueryList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FleetQuerySpec"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetQuerySpec"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedQuery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"query"}}]}}]} as unknown as DocumentNode<QuerySpecsQuery, QuerySpecsQueryVariables>;
export const QuerySpecDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QuerySpec"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"savedQuery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FleetQuerySpec"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetQuerySpec"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedQuery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"query"}}]}}]} as unknown as DocumentNode<QuerySpecQuery, QuerySpecQueryVariables>;
export const ApplyQuerySpecsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyQuerySpecs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"specs"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QuerySpecInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyQuerySpecs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"specs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"specs"}}}]}]}}]} as unknown as DocumentNode<ApplyQuerySpecsMutation, ApplyQuerySpecsMutationVariables>;
export const UsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Users"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UserListInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FleetUser"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"globalRole"}},{"kind":"Field","name":{"kind":"Name","value":"apiOnly"}},{"kind":"Field","name":{"kind":"Name","value":"ssoEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"forcePasswordReset"}},{"kind":"Field","name":{"kind":"Name","value":"gravatarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FleetUser"}}]}},{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"globalRole"}},{"kind":"Field","name":{"kind":"Name","value":"apiOnly"}},{"kind":"Field","name":{"kind":"Name","value":"ssoEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"forcePasswordReset"}},{"kind":"Field","name":{"kind":"Name","value":"gravatarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const CreateApiOnlyUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiOnlyUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiOnlyUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiOnlyUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FleetUser"}}]}},{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"globalRole"}},{"kind":"Field","name":{"kind":"Name","value":"apiOnly"}},{"kind":"Field","name":{"kind":"Name","value":"ssoEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"forcePasswordReset"}},{"kind":"Field","name":{"kind":"Name","value":"gravatarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]} as unknown as DocumentNode<CreateApiOnlyUserMutation, CreateApiOnlyUserMutationVariables>;
export const KibanaAgentPoliciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KibanaAgentPolicies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sortField"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sortOrder"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kuery"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withAgents"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"full"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agentPolicies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}}},{"kind":"Argument","name":{"kind":"Name","value":"sortField"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sortField"}}},{"kind":"Argument","name":{"kind":"Name","value":"sortOrder"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sortOrder"}}},{"kind":"Argument","name":{"kind":"Name","value":"kuery"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kuery"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"perPage"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KibanaAgentPolicyFields"}},{"kind":"Field","name":{"kind":"Name","value":"agents"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withAgents"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"packagePolicies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"KibanaPackagePolicyFields"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"full"}}}]}]}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KibanaAgentPolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgentPolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"namespace"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KibanaPackagePolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PackagePolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"namespace"}},{"kind":"Field","name":{"kind":"Name","value":"policyNamespace"}},{"kind":"Field","name":{"kind":"Name","value":"agentPolicyId"}},{"kind":"Field","name":{"kind":"Name","value":"packageName"}},{"kind":"Field","name":{"kind":"Name","value":"packageTitle"}},{"kind":"Field","name":{"kind":"Name","value":"packageVersion"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}},{"kind":"Field","name":{"kind":"Name","value":"osqueryOptions"}},{"kind":"Field","name":{"kind":"Name","value":"agentPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyKey"}},{"kind":"Field","name":{"kind":"Name","value":"osqueryPacks"}}]}}]}}]} as unknown as DocumentNode<KibanaAgentPoliciesQuery, KibanaAgentPoliciesQueryVariables>;
export const KibanaAgentPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KibanaAgentPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agentPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KibanaAgentPolicyFields"}},{"kind":"Field","name":{"kind":"Name","value":"agents"}},{"kind":"Field","name":{"kind":"Name","value":"packagePolicies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KibanaPackagePolicyFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KibanaAgentPolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgentPolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"namespace"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KibanaPackagePolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PackagePolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"namespace"}},{"kind":"Field","name":{"kind":"Name","value":"policyNamespace"}},{"kind":"Field","name":{"kind":"Name","value":"agentPolicyId"}},{"kind":"Field","name":{"kind":"Name","value":"packageName"}},{"kind":"Field","name":{"kind":"Name","value":"packageTitle"}},{"kind":"Field","name":{"kind":"Name","value":"packageVersion"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}},{"kind":"Field","name":{"kind":"Name","value":"osqueryOptions"}},{"kind":"Field","name":{"kind":"Name","value":"agentPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyKey"}},{"kind":"Field","name":{"kind":"Name","value":"osqueryPacks"}}]}}]}}]} as unknown as DocumentNode<KibanaAgentPolicyQuery, KibanaAgentPolicyQueryVariables>;
export const KibanaAgentPoliciesByIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KibanaAgentPoliciesByIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ignoreMissing"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"full"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agentPoliciesByIds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"ignoreMissing"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ignoreMissing"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KibanaAgentPolicyFields"}},{"kind":"Field","name":{"kind":"Name","value":"agents"}},{"kind":"Field","name":{"kind":"Name","value":"packagePolicies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"KibanaPackagePolicyFields"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"full"}}}]}]}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KibanaAgentPolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgentPolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"namespace"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KibanaPackagePolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PackagePolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"namespace"}},{"kind":"Field","name":{"kind":"Name","value":"policyNamespace"}},{"kind":"Field","name":{"kind":"Name","value":"agentPolicyId"}},{"kind":"Field","name":{"kind":"Name","value":"packageName"}},{"kind":"Field","name":{"kind":"Name","value":"packageTitle"}},{"kind":"Field","name":{"kind":"Name","value":"packageVersion"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}},{"kind":"Field","name":{"kind":"Name","value":"osqueryOptions"}},{"kind":"Field","name":{"kind":"Name","value":"agentPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyKey"}},{"kind":"Field","name":{"kind":"Name","value":"osqueryPacks"}}]}}]}}]} as unknown as DocumentNode<KibanaAgentPoliciesByIdsQuery, KibanaAgentPoliciesByIdsQueryVariables>;
export const KibanaCreateAgentPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KibanaCreateAgentPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgentPolicyInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAgentPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KibanaAgentPolicyFields"}},{"kind":"Field","name":{"kind":"Name","value":"agents"}},{"kind":"Field","name":{"kind":"Name","value":"packagePolicies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KibanaAgentPolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgentPolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"namespace"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}}]}}]} as unknown as DocumentNode<KibanaCreateAgentPolicyMutation, KibanaCreateAgentPolicyMutationVariables>;
export const KibanaUpdateAgentPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KibanaUpdateAgentPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgentPolicyUpdateInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bumpRevision"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAgentPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"bumpRevision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bumpRevision"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KibanaAgentPolicyFields"}},{"kind":"Field","name":{"kind":"Name","value":"agents"}},{"kind":"Field","name":{"kind":"Name","value":"packagePolicies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KibanaPackagePolicyFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KibanaAgentPolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgentPolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"namespace"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KibanaPackagePolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PackagePolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"namespace"}},{"kind":"Field","name":{"kind":"Name","value":"policyNamespace"}},{"kind":"Field","name":{"kind":"Name","value":"agentPolicyId"}},{"kind":"Field","name":{"kind":"Name","value":"packageName"}},{"kind":"Field","name":{"kind":"Name","value":"packageTitle"}},{"kind":"Field","name":{"kind":"Name","value":"packageVersion"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}},{"kind":"Field","name":{"kind":"Name","value":"osqueryOptions"}},{"kind":"Field","name":{"kind":"Name","value":"agentPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyKey"}},{"kind":"Field","name":{"kind":"Name","value":"osqueryPacks"}}]}}]}}]} as unknown as DocumentNode<KibanaUpdateAgentPolicyMutation, KibanaUpdateAgentPolicyMutationVariables>;
export const KibanaDeleteAgentPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KibanaDeleteAgentPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAgentPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<KibanaDeleteAgentPolicyMutation, KibanaDeleteAgentPolicyMutationVariables>;
export const KibanaCopyAgentPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KibanaCopyAgentPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"description"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"copyAgentPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"description"},"value":{"kind":"Variable","name":{"kind":"Name","value":"description"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KibanaAgentPolicyFields"}},{"kind":"Field","name":{"kind":"Name","value":"agents"}},{"kind":"Field","name":{"kind":"Name","value":"packagePolicies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KibanaPackagePolicyFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KibanaAgentPolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgentPolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"namespace"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KibanaPackagePolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PackagePolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"namespace"}},{"kind":"Field","name":{"kind":"Name","value":"policyNamespace"}},{"kind":"Field","name":{"kind":"Name","value":"agentPolicyId"}},{"kind":"Field","name":{"kind":"Name","value":"packageName"}},{"kind":"Field","name":{"kind":"Name","value":"packageTitle"}},{"kind":"Field","name":{"kind":"Name","value":"packageVersion"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}},{"kind":"Field","name":{"kind":"Name","value":"osqueryOptions"}},{"kind":"Field","name":{"kind":"Name","value":"agentPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyKey"}},{"kind":"Field","name":{"kind":"Name","value":"osqueryPacks"}}]}}]}}]} as unknown as DocumentNode<KibanaCopyAgentPolicyMutation, KibanaCopyAgentPolicyMutationVariables>;
export const KibanaAgentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KibanaAgents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kuery"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"showInactive"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sortField"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AgentSortField"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sortOrder"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderDirection"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withStatusSummary"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}}},{"kind":"Argument","name":{"kind":"Name","value":"kuery"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kuery"}}},{"kind":"Argument","name":{"kind":"Name","value":"showInactive"},"value":{"kind":"Variable","name":{"kind":"Name","value":"showInactive"}}},{"kind":"Argument","name":{"kind":"Name","value":"sortField"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sortField"}}},{"kind":"Argument","name":{"kind":"Name","value":"sortOrder"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sortOrder"}}},{"kind":"Argument","name":{"kind":"Name","value":"withStatusSummary"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withStatusSummary"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KibanaAgentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"perPage"}},{"kind":"Field","name":{"kind":"Name","value":"statusSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KibanaAgentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Host"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agentId"}},{"kind":"Field","name":{"kind":"Name","value":"agentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"agentTags"}},{"kind":"Field","name":{"kind":"Name","value":"agentPolicyId"}},{"kind":"Field","name":{"kind":"Name","value":"agentPolicyRevision"}},{"kind":"Field","name":{"kind":"Name","value":"unenrolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"userProvidedMetadata"}},{"kind":"Field","name":{"kind":"Name","value":"hostname"}},{"kind":"Field","name":{"kind":"Name","value":"computerName"}},{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"platformFamily"}},{"kind":"Field","name":{"kind":"Name","value":"osVersion"}},{"kind":"Field","name":{"kind":"Name","value":"osqueryVersion"}},{"kind":"Field","name":{"kind":"Name","value":"cpuType"}},{"kind":"Field","name":{"kind":"Name","value":"primaryIp"}},{"kind":"Field","name":{"kind":"Name","value":"primaryMac"}},{"kind":"Field","name":{"kind":"Name","value":"lastEnrolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"seenTime"}}]}}]} as unknown as DocumentNode<KibanaAgentsQuery, KibanaAgentsQueryVariables>;
export const KibanaAgentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KibanaAgent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KibanaAgentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KibanaAgentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Host"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agentId"}},{"kind":"Field","name":{"kind":"Name","value":"agentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"agentTags"}},{"kind":"Field","name":{"kind":"Name","value":"agentPolicyId"}},{"kind":"Field","name":{"kind":"Name","value":"agentPolicyRevision"}},{"kind":"Field","name":{"kind":"Name","value":"unenrolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"userProvidedMetadata"}},{"kind":"Field","name":{"kind":"Name","value":"hostname"}},{"kind":"Field","name":{"kind":"Name","value":"computerName"}},{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"platformFamily"}},{"kind":"Field","name":{"kind":"Name","value":"osVersion"}},{"kind":"Field","name":{"kind":"Name","value":"osqueryVersion"}},{"kind":"Field","name":{"kind":"Name","value":"cpuType"}},{"kind":"Field","name":{"kind":"Name","value":"primaryIp"}},{"kind":"Field","name":{"kind":"Name","value":"primaryMac"}},{"kind":"Field","name":{"kind":"Name","value":"lastEnrolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"seenTime"}}]}}]} as unknown as DocumentNode<KibanaAgentQuery, KibanaAgentQueryVariables>;
export const KibanaAgentExistsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KibanaAgentExists"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agentId"}}]}}]}}]} as unknown as DocumentNode<KibanaAgentExistsQuery, KibanaAgentExistsQueryVariables>;
export const KibanaUpdateAgentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KibanaUpdateAgent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tags"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metadata"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JSONObject"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAgent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"tags"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tags"}}},{"kind":"Argument","name":{"kind":"Name","value":"userProvidedMetadata"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metadata"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KibanaAgentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KibanaAgentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Host"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agentId"}},{"kind":"Field","name":{"kind":"Name","value":"agentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"agentTags"}},{"kind":"Field","name":{"kind":"Name","value":"agentPolicyId"}},{"kind":"Field","name":{"kind":"Name","value":"agentPolicyRevision"}},{"kind":"Field","name":{"kind":"Name","value":"unenrolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"userProvidedMetadata"}},{"kind":"Field","name":{"kind":"Name","value":"hostname"}},{"kind":"Field","name":{"kind":"Name","value":"computerName"}},{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"platformFamily"}},{"kind":"Field","name":{"kind":"Name","value":"osVersion"}},{"kind":"Field","name":{"kind":"Name","value":"osqueryVersion"}},{"kind":"Field","name":{"kind":"Name","value":"cpuType"}},{"kind":"Field","name":{"kind":"Name","value":"primaryIp"}},{"kind":"Field","name":{"kind":"Name","value":"primaryMac"}},{"kind":"Field","name":{"kind":"Name","value":"lastEnrolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"seenTime"}}]}}]} as unknown as DocumentNode<KibanaUpdateAgentMutation, KibanaUpdateAgentMutationVariables>;
export const KibanaDeleteAgentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KibanaDeleteAgent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAgent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agentId"}}}]}]}}]} as unknown as DocumentNode<KibanaDeleteAgentMutation, KibanaDeleteAgentMutationVariables>;
export const KibanaAgentStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KibanaAgentStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agentPolicyIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kuery"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agentStatusCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agentPolicyIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agentPolicyIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"kuery"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kuery"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"online"}},{"kind":"Field","name":{"kind":"Name","value":"offline"}},{"kind":"Field","name":{"kind":"Name","value":"inactive"}},{"kind":"Field","name":{"kind":"Name","value":"unenrolled"}},{"kind":"Field","name":{"kind":"Name","value":"updating"}},{"kind":"Field","name":{"kind":"Name","value":"all"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<KibanaAgentStatusQuery, KibanaAgentStatusQueryVariables>;
export const KibanaAgentTagsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KibanaAgentTags"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kuery"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"showInactive"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agentTags"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kuery"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kuery"}}},{"kind":"Argument","name":{"kind":"Name","value":"showInactive"},"value":{"kind":"Variable","name":{"kind":"Name","value":"showInactive"}}}]}]}}]} as unknown as DocumentNode<KibanaAgentTagsQuery, KibanaAgentTagsQueryVariables>;
export const KibanaUnenrollAgentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KibanaUnenrollAgents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agents"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgentSelectionInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"revoke"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"force"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unenrollHosts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agents"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agents"}}},{"kind":"Argument","name":{"kind":"Name","value":"revoke"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revoke"}}},{"kind":"Argument","name":{"kind":"Name","value":"force"},"value":{"kind":"Variable","name":{"kind":"Name","value":"force"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionId"}}]}}]}}]} as unknown as DocumentNode<KibanaUnenrollAgentsMutation, KibanaUnenrollAgentsMutationVariables>;
export const KibanaReassignAgentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KibanaReassignAgents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agents"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgentSelectionInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agentPolicyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reassignHosts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agents"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agents"}}},{"kind":"Argument","name":{"kind":"Name","value":"agentPolicyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agentPolicyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionId"}}]}}]}}]} as unknown as DocumentNode<KibanaReassignAgentsMutation, KibanaReassignAgentsMutationVariables>;
export const KibanaUpdateAgentTagsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KibanaUpdateAgentTags"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agents"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgentSelectionInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tagsToAdd"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tagsToRemove"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateHostTags"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agents"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agents"}}},{"kind":"Argument","name":{"kind":"Name","value":"tagsToAdd"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tagsToAdd"}}},{"kind":"Argument","name":{"kind":"Name","value":"tagsToRemove"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tagsToRemove"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionId"}}]}}]}}]} as unknown as DocumentNode<KibanaUpdateAgentTagsMutation, KibanaUpdateAgentTagsMutationVariables>;
export const KibanaAgentActionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KibanaAgentActions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"latestMs"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"errorSize"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agentActions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}}},{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}},{"kind":"Argument","name":{"kind":"Name","value":"latestMs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"latestMs"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nbAgentsActioned"}},{"kind":"Field","name":{"kind":"Name","value":"nbAgentsAck"}},{"kind":"Field","name":{"kind":"Name","value":"nbAgentsFailed"}},{"kind":"Field","name":{"kind":"Name","value":"newPolicyId"}},{"kind":"Field","name":{"kind":"Name","value":"latestErrors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"errorSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"errorSize"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agentId"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"hostname"}}]}}]}}]}}]} as unknown as DocumentNode<KibanaAgentActionsQuery, KibanaAgentActionsQueryVariables>;
export const KibanaEnrollmentApiKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KibanaEnrollmentApiKeys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kuery"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrollmentApiKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}}},{"kind":"Argument","name":{"kind":"Name","value":"kuery"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kuery"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"perPage"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KibanaEnrollmentApiKeyFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KibanaEnrollmentApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnrollmentApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"apiKeyId"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expireAt"}}]}}]} as unknown as DocumentNode<KibanaEnrollmentApiKeysQuery, KibanaEnrollmentApiKeysQueryVariables>;
export const KibanaEnrollmentApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KibanaEnrollmentApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrollmentApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KibanaEnrollmentApiKeyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KibanaEnrollmentApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnrollmentApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"apiKeyId"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expireAt"}}]}}]} as unknown as DocumentNode<KibanaEnrollmentApiKeyQuery, KibanaEnrollmentApiKeyQueryVariables>;
export const KibanaCreateEnrollmentApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KibanaCreateEnrollmentApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expiration"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEnrollmentApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"expiration"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expiration"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KibanaEnrollmentApiKeyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KibanaEnrollmentApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnrollmentApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"apiKeyId"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expireAt"}}]}}]} as unknown as DocumentNode<KibanaCreateEnrollmentApiKeyMutation, KibanaCreateEnrollmentApiKeyMutationVariables>;
export const KibanaRevokeEnrollmentApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KibanaRevokeEnrollmentApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeEnrollmentApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KibanaRevokeEnrollmentApiKeyMutation, KibanaRevokeEnrollmentApiKeyMutationVariables>;
export const KibanaFleetServerHostsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KibanaFleetServerHosts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kibanaFleetServerHosts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KibanaFleetServerHostFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KibanaFleetServerHostFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KibanaFleetServerHost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hostUrls"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"proxyId"}}]}}]} as unknown as DocumentNode<KibanaFleetServerHostsQuery, KibanaFleetServerHostsQueryVariables>;
export const KibanaFleetServerHostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KibanaFleetServerHost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kibanaFleetServerHost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KibanaFleetServerHostFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KibanaFleetServerHostFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KibanaFleetServerHost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hostUrls"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"proxyId"}}]}}]} as unknown as DocumentNode<KibanaFleetServerHostQuery, KibanaFleetServerHostQueryVariables>;
export const KibanaUpdateFleetServerHostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KibanaUpdateFleetServerHost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KibanaFleetServerHostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateKibanaFleetServerHost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KibanaFleetServerHostFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KibanaFleetServerHostFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KibanaFleetServerHost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hostUrls"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"proxyId"}}]}}]} as unknown as DocumentNode<KibanaUpdateFleetServerHostMutation, KibanaUpdateFleetServerHostMutationVariables>;
export const KibanaProxiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KibanaProxies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kibanaProxies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KibanaProxyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KibanaProxyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KibanaProxy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"proxyHeaders"}},{"kind":"Field","name":{"kind":"Name","value":"certificateAuthorities"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"}},{"kind":"Field","name":{"kind":"Name","value":"certificateKey"}}]}}]} as unknown as DocumentNode<KibanaProxiesQuery, KibanaProxiesQueryVariables>;
export const KibanaProxyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KibanaProxy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kibanaProxy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KibanaProxyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KibanaProxyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KibanaProxy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"proxyHeaders"}},{"kind":"Field","name":{"kind":"Name","value":"certificateAuthorities"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"}},{"kind":"Field","name":{"kind":"Name","value":"certificateKey"}}]}}]} as unknown as DocumentNode<KibanaProxyQuery, KibanaProxyQueryVariables>;
export const KibanaCreateProxyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KibanaCreateProxy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KibanaProxyInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createKibanaProxy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KibanaProxyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KibanaProxyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KibanaProxy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"proxyHeaders"}},{"kind":"Field","name":{"kind":"Name","value":"certificateAuthorities"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"}},{"kind":"Field","name":{"kind":"Name","value":"certificateKey"}}]}}]} as unknown as DocumentNode<KibanaCreateProxyMutation, KibanaCreateProxyMutationVariables>;
export const KibanaUpdateProxyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KibanaUpdateProxy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KibanaProxyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateKibanaProxy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KibanaProxyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KibanaProxyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KibanaProxy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"proxyHeaders"}},{"kind":"Field","name":{"kind":"Name","value":"certificateAuthorities"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"}},{"kind":"Field","name":{"kind":"Name","value":"certificateKey"}}]}}]} as unknown as DocumentNode<KibanaUpdateProxyMutation, KibanaUpdateProxyMutationVariables>;
export const KibanaDeleteProxyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KibanaDeleteProxy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteKibanaProxy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<KibanaDeleteProxyMutation, KibanaDeleteProxyMutationVariables>;
export const KibanaOutputsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KibanaOutputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kibanaOutputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hosts"}}]}}]}}]} as unknown as DocumentNode<KibanaOutputsQuery, KibanaOutputsQueryVariables>;
export const KibanaPackageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KibanaPackage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kibanaPackage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KibanaPackageInfo"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KibanaPackageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KibanaPackage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"packageTitle"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"installed"}},{"kind":"Field","name":{"kind":"Name","value":"installedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hasPolicies"}}]}}]} as unknown as DocumentNode<KibanaPackageQuery, KibanaPackageQueryVariables>;
export const KibanaInstallPackageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KibanaInstallPackage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"installKibanaPackage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KibanaPackageInfo"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KibanaPackageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KibanaPackage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"packageTitle"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"installed"}},{"kind":"Field","name":{"kind":"Name","value":"installedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hasPolicies"}}]}}]} as unknown as DocumentNode<KibanaInstallPackageMutation, KibanaInstallPackageMutationVariables>;
export const KibanaUninstallPackageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KibanaUninstallPackage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"force"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uninstallKibanaPackage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"force"},"value":{"kind":"Variable","name":{"kind":"Name","value":"force"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KibanaPackageInfo"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KibanaPackageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KibanaPackage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"packageTitle"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"installed"}},{"kind":"Field","name":{"kind":"Name","value":"installedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hasPolicies"}}]}}]} as unknown as DocumentNode<KibanaUninstallPackageMutation, KibanaUninstallPackageMutationVariables>;
export const KibanaViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KibanaViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"globalRole"}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<KibanaViewerQuery, KibanaViewerQueryVariables>;
export const KibanaStartLiveQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KibanaStartLiveQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LiveQueryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"liveQuery"},"name":{"kind":"Name","value":"startLiveQuery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KibanaLiveQuery"}},{"kind":"Field","name":{"kind":"Name","value":"agents"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KibanaLiveQuery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LiveQuery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"agentIds"}},{"kind":"Field","name":{"kind":"Name","value":"agentAll"}},{"kind":"Field","name":{"kind":"Name","value":"agentPlatforms"}},{"kind":"Field","name":{"kind":"Name","value":"agentPolicyIds"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"packId"}},{"kind":"Field","name":{"kind":"Name","value":"packName"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"savedQueryId"}},{"kind":"Field","name":{"kind":"Name","value":"ecsMapping"}},{"kind":"Field","name":{"kind":"Name","value":"timeout"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<KibanaStartLiveQueryMutation, KibanaStartLiveQueryMutationVariables>;
export const KibanaLiveQueriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KibanaLiveQueries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kuery"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"direction"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderDirection"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agents"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liveQueryPage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}}},{"kind":"Argument","name":{"kind":"Name","value":"kuery"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kuery"}}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KibanaLiveQuery"}},{"kind":"Field","name":{"kind":"Name","value":"agents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agents"}}}]}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KibanaLiveQuery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LiveQuery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"agentIds"}},{"kind":"Field","name":{"kind":"Name","value":"agentAll"}},{"kind":"Field","name":{"kind":"Name","value":"agentPlatforms"}},{"kind":"Field","name":{"kind":"Name","value":"agentPolicyIds"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"packId"}},{"kind":"Field","name":{"kind":"Name","value":"packName"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"savedQueryId"}},{"kind":"Field","name":{"kind":"Name","value":"ecsMapping"}},{"kind":"Field","name":{"kind":"Name","value":"timeout"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<KibanaLiveQueriesQuery, KibanaLiveQueriesQueryVariables>;
export const KibanaLiveQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KibanaLiveQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"liveQuery"},"name":{"kind":"Name","value":"liveQueryByActionId"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"actionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KibanaLiveQuery"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"KibanaLiveQueryStatus"}},{"kind":"Field","name":{"kind":"Name","value":"agents"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KibanaLiveQuery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LiveQuery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"agentIds"}},{"kind":"Field","name":{"kind":"Name","value":"agentAll"}},{"kind":"Field","name":{"kind":"Name","value":"agentPlatforms"}},{"kind":"Field","name":{"kind":"Name","value":"agentPolicyIds"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"packId"}},{"kind":"Field","name":{"kind":"Name","value":"packName"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"savedQueryId"}},{"kind":"Field","name":{"kind":"Name","value":"ecsMapping"}},{"kind":"Field","name":{"kind":"Name","value":"timeout"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KibanaLiveQueryStatus"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LiveQuery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"queries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionId"}},{"kind":"Field","name":{"kind":"Name","value":"docs"}},{"kind":"Field","name":{"kind":"Name","value":"responded"}},{"kind":"Field","name":{"kind":"Name","value":"successful"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<KibanaLiveQueryQuery, KibanaLiveQueryQueryVariables>;
export const KibanaLiveQueryResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KibanaLiveQueryResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"queryActionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kuery"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"direction"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderDirection"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"liveQuery"},"name":{"kind":"Name","value":"liveQueryByActionId"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"actionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"query"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"liveQueryResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"actionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"queryActionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"queryActionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}}},{"kind":"Argument","name":{"kind":"Name","value":"kuery"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kuery"}}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"hasMore"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"agentId"}},{"kind":"Field","name":{"kind":"Name","value":"hostname"}},{"kind":"Field","name":{"kind":"Name","value":"columns"}}]}}]}}]}}]} as unknown as DocumentNode<KibanaLiveQueryResultsQuery, KibanaLiveQueryResultsQueryVariables>;
export const KibanaPacksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KibanaPacks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PackOrder"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packPage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KibanaPack"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KibanaPack"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pack"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"shards"}},{"kind":"Field","name":{"kind":"Name","value":"agentPolicyIds"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheduledQueries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"snapshot"}},{"kind":"Field","name":{"kind":"Name","value":"removed"}},{"kind":"Field","name":{"kind":"Name","value":"ecsMapping"}},{"kind":"Field","name":{"kind":"Name","value":"timeout"}}]}}]}}]} as unknown as DocumentNode<KibanaPacksQuery, KibanaPacksQueryVariables>;
export const KibanaPackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KibanaPack"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pack"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KibanaPack"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KibanaPack"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pack"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"shards"}},{"kind":"Field","name":{"kind":"Name","value":"agentPolicyIds"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheduledQueries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"snapshot"}},{"kind":"Field","name":{"kind":"Name","value":"removed"}},{"kind":"Field","name":{"kind":"Name","value":"ecsMapping"}},{"kind":"Field","name":{"kind":"Name","value":"timeout"}}]}}]}}]} as unknown as DocumentNode<KibanaPackQuery, KibanaPackQueryVariables>;
export const KibanaCreatePackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KibanaCreatePack"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePackWithQueriesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPackWithQueries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KibanaPack"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KibanaPack"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pack"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"shards"}},{"kind":"Field","name":{"kind":"Name","value":"agentPolicyIds"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheduledQueries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"snapshot"}},{"kind":"Field","name":{"kind":"Name","value":"removed"}},{"kind":"Field","name":{"kind":"Name","value":"ecsMapping"}},{"kind":"Field","name":{"kind":"Name","value":"timeout"}}]}}]}}]} as unknown as DocumentNode<KibanaCreatePackMutation, KibanaCreatePackMutationVariables>;
export const KibanaUpdatePackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KibanaUpdatePack"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePackWithQueriesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePackWithQueries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KibanaPack"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KibanaPack"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pack"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"shards"}},{"kind":"Field","name":{"kind":"Name","value":"agentPolicyIds"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheduledQueries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"snapshot"}},{"kind":"Field","name":{"kind":"Name","value":"removed"}},{"kind":"Field","name":{"kind":"Name","value":"ecsMapping"}},{"kind":"Field","name":{"kind":"Name","value":"timeout"}}]}}]}}]} as unknown as DocumentNode<KibanaUpdatePackMutation, KibanaUpdatePackMutationVariables>;
export const KibanaDeletePackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KibanaDeletePack"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePackById"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<KibanaDeletePackMutation, KibanaDeletePackMutationVariables>;
export const KibanaCopyPackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KibanaCopyPack"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"copyPack"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KibanaPack"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KibanaPack"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pack"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"shards"}},{"kind":"Field","name":{"kind":"Name","value":"agentPolicyIds"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheduledQueries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"snapshot"}},{"kind":"Field","name":{"kind":"Name","value":"removed"}},{"kind":"Field","name":{"kind":"Name","value":"ecsMapping"}},{"kind":"Field","name":{"kind":"Name","value":"timeout"}}]}}]}}]} as unknown as DocumentNode<KibanaCopyPackMutation, KibanaCopyPackMutationVariables>;
export const KibanaSavedQueriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KibanaSavedQueries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SavedQueryOrder"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SavedQueryFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"savedQueryPage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KibanaSavedQuery"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KibanaSavedQuery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedQuery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"minOsqueryVersion"}},{"kind":"Field","name":{"kind":"Name","value":"logging"}},{"kind":"Field","name":{"kind":"Name","value":"ecsMapping"}},{"kind":"Field","name":{"kind":"Name","value":"timeout"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<KibanaSavedQueriesQuery, KibanaSavedQueriesQueryVariables>;
export const KibanaSavedQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KibanaSavedQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"savedQueryById"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KibanaSavedQuery"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KibanaSavedQuery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedQuery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"minOsqueryVersion"}},{"kind":"Field","name":{"kind":"Name","value":"logging"}},{"kind":"Field","name":{"kind":"Name","value":"ecsMapping"}},{"kind":"Field","name":{"kind":"Name","value":"timeout"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<KibanaSavedQueryQuery, KibanaSavedQueryQueryVariables>;
export const KibanaCreateSavedQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KibanaCreateSavedQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSavedQueryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSavedQuery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KibanaSavedQuery"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KibanaSavedQuery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedQuery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"minOsqueryVersion"}},{"kind":"Field","name":{"kind":"Name","value":"logging"}},{"kind":"Field","name":{"kind":"Name","value":"ecsMapping"}},{"kind":"Field","name":{"kind":"Name","value":"timeout"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<KibanaCreateSavedQueryMutation, KibanaCreateSavedQueryMutationVariables>;
export const KibanaUpdateSavedQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KibanaUpdateSavedQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSavedQueryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSavedQuery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KibanaSavedQuery"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KibanaSavedQuery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedQuery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"minOsqueryVersion"}},{"kind":"Field","name":{"kind":"Name","value":"logging"}},{"kind":"Field","name":{"kind":"Name","value":"ecsMapping"}},{"kind":"Field","name":{"kind":"Name","value":"timeout"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<KibanaUpdateSavedQueryMutation, KibanaUpdateSavedQueryMutationVariables>;
export const KibanaDeleteSavedQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KibanaDeleteSavedQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSavedQuery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<KibanaDeleteSavedQueryMutation, KibanaDeleteSavedQueryMutationVariables>;
export const KibanaCopySavedQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KibanaCopySavedQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"copySavedQuery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KibanaSavedQuery"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KibanaSavedQuery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedQuery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"minOsqueryVersion"}},{"kind":"Field","name":{"kind":"Name","value":"logging"}},{"kind":"Field","name":{"kind":"Name","value":"ecsMapping"}},{"kind":"Field","name":{"kind":"Name","value":"timeout"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<KibanaCopySavedQueryMutation, KibanaCopySavedQueryMutationVariables>;
export const KibanaPackagePoliciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KibanaPackagePolicies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sortField"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sortOrder"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kuery"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packagePolicies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}}},{"kind":"Argument","name":{"kind":"Name","value":"sortField"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sortField"}}},{"kind":"Argument","name":{"kind":"Name","value":"sortOrder"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sortOrder"}}},{"kind":"Argument","name":{"kind":"Name","value":"kuery"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kuery"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"perPage"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KibanaPackagePolicyFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KibanaPackagePolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PackagePolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"namespace"}},{"kind":"Field","name":{"kind":"Name","value":"policyNamespace"}},{"kind":"Field","name":{"kind":"Name","value":"agentPolicyId"}},{"kind":"Field","name":{"kind":"Name","value":"packageName"}},{"kind":"Field","name":{"kind":"Name","value":"packageTitle"}},{"kind":"Field","name":{"kind":"Name","value":"packageVersion"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}},{"kind":"Field","name":{"kind":"Name","value":"osqueryOptions"}},{"kind":"Field","name":{"kind":"Name","value":"agentPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyKey"}},{"kind":"Field","name":{"kind":"Name","value":"osqueryPacks"}}]}}]}}]} as unknown as DocumentNode<KibanaPackagePoliciesQuery, KibanaPackagePoliciesQueryVariables>;
export const KibanaPackagePolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KibanaPackagePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packagePolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KibanaPackagePolicyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KibanaPackagePolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PackagePolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"namespace"}},{"kind":"Field","name":{"kind":"Name","value":"policyNamespace"}},{"kind":"Field","name":{"kind":"Name","value":"agentPolicyId"}},{"kind":"Field","name":{"kind":"Name","value":"packageName"}},{"kind":"Field","name":{"kind":"Name","value":"packageTitle"}},{"kind":"Field","name":{"kind":"Name","value":"packageVersion"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}},{"kind":"Field","name":{"kind":"Name","value":"osqueryOptions"}},{"kind":"Field","name":{"kind":"Name","value":"agentPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyKey"}},{"kind":"Field","name":{"kind":"Name","value":"osqueryPacks"}}]}}]}}]} as unknown as DocumentNode<KibanaPackagePolicyQuery, KibanaPackagePolicyQueryVariables>;
export const KibanaPackagePoliciesByIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KibanaPackagePoliciesByIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ignoreMissing"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packagePoliciesByIds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"ignoreMissing"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ignoreMissing"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KibanaPackagePolicyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KibanaPackagePolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PackagePolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"namespace"}},{"kind":"Field","name":{"kind":"Name","value":"policyNamespace"}},{"kind":"Field","name":{"kind":"Name","value":"agentPolicyId"}},{"kind":"Field","name":{"kind":"Name","value":"packageName"}},{"kind":"Field","name":{"kind":"Name","value":"packageTitle"}},{"kind":"Field","name":{"kind":"Name","value":"packageVersion"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}},{"kind":"Field","name":{"kind":"Name","value":"osqueryOptions"}},{"kind":"Field","name":{"kind":"Name","value":"agentPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyKey"}},{"kind":"Field","name":{"kind":"Name","value":"osqueryPacks"}}]}}]}}]} as unknown as DocumentNode<KibanaPackagePoliciesByIdsQuery, KibanaPackagePoliciesByIdsQueryVariables>;
export const KibanaCreatePackagePolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KibanaCreatePackagePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PackagePolicyInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPackagePolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KibanaPackagePolicyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KibanaPackagePolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PackagePolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"namespace"}},{"kind":"Field","name":{"kind":"Name","value":"policyNamespace"}},{"kind":"Field","name":{"kind":"Name","value":"agentPolicyId"}},{"kind":"Field","name":{"kind":"Name","value":"packageName"}},{"kind":"Field","name":{"kind":"Name","value":"packageTitle"}},{"kind":"Field","name":{"kind":"Name","value":"packageVersion"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}},{"kind":"Field","name":{"kind":"Name","value":"osqueryOptions"}},{"kind":"Field","name":{"kind":"Name","value":"agentPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyKey"}},{"kind":"Field","name":{"kind":"Name","value":"osqueryPacks"}}]}}]}}]} as unknown as DocumentNode<KibanaCreatePackagePolicyMutation, KibanaCreatePackagePolicyMutationVariables>;
export const KibanaUpdatePackagePolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KibanaUpdatePackagePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PackagePolicyUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePackagePolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KibanaPackagePolicyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KibanaPackagePolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PackagePolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"namespace"}},{"kind":"Field","name":{"kind":"Name","value":"policyNamespace"}},{"kind":"Field","name":{"kind":"Name","value":"agentPolicyId"}},{"kind":"Field","name":{"kind":"Name","value":"packageName"}},{"kind":"Field","name":{"kind":"Name","value":"packageTitle"}},{"kind":"Field","name":{"kind":"Name","value":"packageVersion"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}},{"kind":"Field","name":{"kind":"Name","value":"osqueryOptions"}},{"kind":"Field","name":{"kind":"Name","value":"agentPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyKey"}},{"kind":"Field","name":{"kind":"Name","value":"osqueryPacks"}}]}}]}}]} as unknown as DocumentNode<KibanaUpdatePackagePolicyMutation, KibanaUpdatePackagePolicyMutationVariables>;
export const KibanaDeletePackagePoliciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KibanaDeletePackagePolicies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePackagePolicies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"success"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"statusCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"agentPolicyId"}},{"kind":"Field","name":{"kind":"Name","value":"packageVersion"}}]}}]}}]} as unknown as DocumentNode<KibanaDeletePackagePoliciesMutation, KibanaDeletePackagePoliciesMutationVariables>;
export const KibanaUpgradePackagePoliciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KibanaUpgradePackagePolicies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upgradePackagePolicies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"success"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"statusCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<KibanaUpgradePackagePoliciesMutation, KibanaUpgradePackagePoliciesMutationVariables>;
export const KibanaPackagePolicyUpgradeDryRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KibanaPackagePolicyUpgradeDryRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"packageVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packagePolicyUpgradeDryRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"packageVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"packageVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"targetVersion"}},{"kind":"Field","name":{"kind":"Name","value":"statusCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"hasErrors"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KibanaPackagePolicyFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KibanaPackagePolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PackagePolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"namespace"}},{"kind":"Field","name":{"kind":"Name","value":"policyNamespace"}},{"kind":"Field","name":{"kind":"Name","value":"agentPolicyId"}},{"kind":"Field","name":{"kind":"Name","value":"packageName"}},{"kind":"Field","name":{"kind":"Name","value":"packageTitle"}},{"kind":"Field","name":{"kind":"Name","value":"packageVersion"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}},{"kind":"Field","name":{"kind":"Name","value":"osqueryOptions"}},{"kind":"Field","name":{"kind":"Name","value":"agentPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyKey"}},{"kind":"Field","name":{"kind":"Name","value":"osqueryPacks"}}]}}]}}]} as unknown as DocumentNode<KibanaPackagePolicyUpgradeDryRunQuery, KibanaPackagePolicyUpgradeDryRunQueryVariables>;
export const ResultsAuthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResultsAuth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ResultsAuthQuery, ResultsAuthQueryVariables>;
export const CampaignEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CampaignEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"online"}},{"kind":"Field","name":{"kind":"Name","value":"offline"}},{"kind":"Field","name":{"kind":"Name","value":"missingInAction"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedResults"}},{"kind":"Field","name":{"kind":"Name","value":"actualResults"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"hostname"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]}}]} as unknown as DocumentNode<CampaignEventsSubscription, CampaignEventsSubscriptionVariables>;