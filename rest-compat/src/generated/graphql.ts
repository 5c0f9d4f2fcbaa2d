/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Where a live-query campaign is in its life (Fleet's 0, 1, 2). */
export type CampaignStatus =
  /** Every targeted host answered, or the campaign expired; answers that still arrive are stored (Fleet 2). */
  | 'COMPLETED'
  /** Targeted hosts are being asked and answering (Fleet 1). */
  | 'RUNNING'
  /** Created; no targeted host has been sent the query yet (Fleet 0). */
  | 'WAITING';

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

/** Order and page of the REST list of packs (Fleet's list options). */
export type PackListInput = {
  /** asc | desc */
  orderDirection?: string | null | undefined;
  /** Any packs column: id, name, description, platform, disabled, type, created_at, updated_at. */
  orderKey?: string | null | undefined;
  /** 0-based page */
  page?: number | null | undefined;
  /** Packs per page; all of them when absent. */
  perPage?: number | null | undefined;
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

/** A query spec: upserted by name. */
export type QuerySpecInput = {
  /** Free text. */
  description?: string | null | undefined;
  /** The query's name: the spec upserts by it. */
  name: string;
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

export type TriggerCronMutationVariables = Exact<{
  name: string;
}>;


export type TriggerCronMutation = { triggerCronSchedule: { id: string } };

export type DeviceHostQueryVariables = Exact<{ [key: string]: never; }>;


export type DeviceHostQuery = { device: { depAssignedToFleet: boolean, appleMdmEnabledAndConfigured: boolean, host: { createdAt: string, updatedAt: string, detailUpdatedAt: string | null, labelUpdatedAt: string | null, lastEnrolledAt: string | null, seenTime: string | null, refetchRequested: boolean, hostname: string, uuid: string, platform: string, osqueryVersion: string, osVersion: string, build: string, platformLike: string, codeName: string, uptime: number, memory: number, cpuType: string, cpuSubtype: string, cpuBrand: string, cpuPhysicalCores: number, cpuLogicalCores: number, hardwareVendor: string, hardwareModel: string, hardwareVersion: string, hardwareSerial: string, computerName: string, displayName: string, publicIp: string, primaryIp: string, primaryMac: string, distributedInterval: number, configTlsRefresh: number, loggerTlsPeriod: number, teamId: number | null, additional: Record<string, unknown>, status: HostStatus, id: number, team: { name: string } | null }, software: Array<{ id: string, name: string, version: string, source: string, bundleIdentifier: string, generatedCpe: string, lastOpenedAt: string | null }>, users: Array<{ uid: number, username: string, type: string, groupname: string, shell: string }>, labels: Array<{ id: string, name: string, description: string, query: string, platform: string, labelType: string, labelMembershipType: string, createdAt: string, updatedAt: string }>, batteries: Array<{ cycleCount: number, health: string }>, mdm: { enrollmentStatus: string | null, serverUrl: string | null, name: string, encryptionKeyAvailable: boolean }, disk: { gigsAvailable: number, percentAvailable: number, encryptionEnabled: boolean | null }, license: { tier: string, expiration: string }, org: { orgLogoUrl: string, orgLogoUrlLightBackground: string, contactUrl: string } } };

export type RefetchDeviceMutationVariables = Exact<{ [key: string]: never; }>;


export type RefetchDeviceMutation = { refetchDevice: boolean };

export type DeviceMappingQueryVariables = Exact<{ [key: string]: never; }>;


export type DeviceMappingQuery = { device: { id: string, deviceMapping: Array<{ email: string, source: string }> } };

export type DeviceMacadminsQueryVariables = Exact<{ [key: string]: never; }>;


export type DeviceMacadminsQuery = { device: { macadmins: { munkiVersion: string | null, munkiIssues: Array<{ name: string, type: string }>, mdm: { enrollmentStatus: string | null, serverUrl: string | null, name: string } | null } | null } };

export type DeviceDesktopQueryVariables = Exact<{ [key: string]: never; }>;


export type DeviceDesktopQuery = { device: { desktop: { macosMigrationMode: string, notifications: { needsMdmMigration: boolean, renewEnrollmentProfile: boolean } }, org: { orgName: string, orgLogoUrl: string, orgLogoUrlLightBackground: string, contactUrl: string }, host: { failingPolicyCount: number } } };

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
}>;


export type CountTargetsQuery = { countTargets: { count: number, online: number, offline: number } };

export type LiveQueryStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type LiveQueryStatusQuery = { liveQueryStatus: boolean };

export type ResultStoreStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type ResultStoreStatusQuery = { resultStoreStatus: boolean };

export type SearchHostsQueryVariables = Exact<{
  q?: string | null | undefined;
  ex?: Array<string | number> | string | number | null | undefined;
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

export type PackScheduledQueryVariables = Exact<{
  packId: string | number;
  page?: number | null | undefined;
  perPage?: number | null | undefined;
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


export type CreateUserMutation = { createUser: { name: string, email: string, globalRole: Role | null, apiOnly: boolean, ssoEnabled: boolean, forcePasswordReset: boolean, gravatarUrl: string, position: string, createdAt: string, updatedAt: string, id: number, teams: Array<{ role: Role, team: { name: string, description: string, id: number } }> } };

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

export type FleetDeviceHostFragment = { depAssignedToFleet: boolean, appleMdmEnabledAndConfigured: boolean, host: { createdAt: string, updatedAt: string, detailUpdatedAt: string | null, labelUpdatedAt: string | null, lastEnrolledAt: string | null, seenTime: string | null, refetchRequested: boolean, hostname: string, uuid: string, platform: string, osqueryVersion: string, osVersion: string, build: string, platformLike: string, codeName: string, uptime: number, memory: number, cpuType: string, cpuSubtype: string, cpuBrand: string, cpuPhysicalCores: number, cpuLogicalCores: number, hardwareVendor: string, hardwareModel: string, hardwareVersion: string, hardwareSerial: string, computerName: string, displayName: string, publicIp: string, primaryIp: string, primaryMac: string, distributedInterval: number, configTlsRefresh: number, loggerTlsPeriod: number, teamId: number | null, additional: Record<string, unknown>, status: HostStatus, id: number, team: { name: string } | null }, software: Array<{ id: string, name: string, version: string, source: string, bundleIdentifier: string, generatedCpe: string, lastOpenedAt: string | null }>, users: Array<{ uid: number, username: string, type: string, groupname: string, shell: string }>, labels: Array<{ id: string, name: string, description: string, query: string, platform: string, labelType: string, labelMembershipType: string, createdAt: string, updatedAt: string }>, batteries: Array<{ cycleCount: number, health: string }>, mdm: { enrollmentStatus: string | null, serverUrl: string | null, name: string, encryptionKeyAvailable: boolean }, disk: { gigsAvailable: number, percentAvailable: number, encryptionEnabled: boolean | null }, license: { tier: string, expiration: string }, org: { orgLogoUrl: string, orgLogoUrlLightBackground: string, contactUrl: string } };

export type FleetDeviceMdmFragment = { enrollmentStatus: string | null, serverUrl: string | null, name: string, encryptionKeyAvailable: boolean };

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
export const FleetPackSpecFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetPackSpec"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PackSpec"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"teams"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"snapshot"}},{"kind":"Field","name":{"kind":"Name","value":"removed"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"shard"}},{"kind":"Field","name":{"kind":"Name","value":"denylist"}}]}}]}}]} as unknown as DocumentNode<FleetPackSpecFragment, unknown>;
export const KibanaLiveQueryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KibanaLiveQuery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LiveQuery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"agentIds"}},{"kind":"Field","name":{"kind":"Name","value":"agentAll"}},{"kind":"Field","name":{"kind":"Name","value":"agentPlatforms"}},{"kind":"Field","name":{"kind":"Name","value":"agentPolicyIds"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"packId"}},{"kind":"Field","name":{"kind":"Name","value":"packName"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"savedQueryId"}},{"kind":"Field","name":{"kind":"Name","value":"ecsMapping"}},{"kind":"Field","name":{"kind":"Name","value":"timeout"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<KibanaLiveQueryFragment, unknown>;
export const KibanaLiveQueryStatusFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KibanaLiveQueryStatus"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LiveQuery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"queries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionId"}},{"kind":"Field","name":{"kind":"Name","value":"docs"}},{"kind":"Field","name":{"kind":"Name","value":"responded"}},{"kind":"Field","name":{"kind":"Name","value":"successful"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<KibanaLiveQueryStatusFragment, unknown>;
export const KibanaPackFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KibanaPack"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pack"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"shards"}},{"kind":"Field","name":{"kind":"Name","value":"agentPolicyIds"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheduledQueries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"snapshot"}},{"kind":"Field","name":{"kind":"Name","value":"removed"}},{"kind":"Field","name":{"kind":"Name","value":"ecsMapping"}},{"kind":"Field","name":{"kind":"Name","value":"timeout"}}]}}]}}]} as unknown as DocumentNode<KibanaPackFragment, unknown>;
export const KibanaSavedQueryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KibanaSavedQuery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedQuery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"minOsqueryVersion"}},{"kind":"Field","name":{"kind":"Name","value":"logging"}},{"kind":"Field","name":{"kind":"Name","value":"ecsMapping"}},{"kind":"Field","name":{"kind":"Name","value":"timeout"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<KibanaSavedQueryFragment, unknown>;
export const FleetHostFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetHost"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Host"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"detailUpdatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"labelUpdatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastEnrolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"seenTime"}},{"kind":"Field","name":{"kind":"Name","value":"refetchRequested"}},{"kind":"Field","name":{"kind":"Name","value":"hostname"}},{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"osqueryVersion"}},{"kind":"Field","name":{"kind":"Name","value":"osVersion"}},{"kind":"Field","name":{"kind":"Name","value":"build"}},{"kind":"Field","name":{"kind":"Name","value":"platformLike"}},{"kind":"Field","name":{"kind":"Name","value":"codeName"}},{"kind":"Field","name":{"kind":"Name","value":"uptime"}},{"kind":"Field","name":{"kind":"Name","value":"memory"}},{"kind":"Field","name":{"kind":"Name","value":"cpuType"}},{"kind":"Field","name":{"kind":"Name","value":"cpuSubtype"}},{"kind":"Field","name":{"kind":"Name","value":"cpuBrand"}},{"kind":"Field","name":{"kind":"Name","value":"cpuPhysicalCores"}},{"kind":"Field","name":{"kind":"Name","value":"cpuLogicalCores"}},{"kind":"Field","name":{"kind":"Name","value":"hardwareVendor"}},{"kind":"Field","name":{"kind":"Name","value":"hardwareModel"}},{"kind":"Field","name":{"kind":"Name","value":"hardwareVersion"}},{"kind":"Field","name":{"kind":"Name","value":"hardwareSerial"}},{"kind":"Field","name":{"kind":"Name","value":"computerName"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"publicIp"}},{"kind":"Field","name":{"kind":"Name","value":"primaryIp"}},{"kind":"Field","name":{"kind":"Name","value":"primaryMac"}},{"kind":"Field","name":{"kind":"Name","value":"distributedInterval"}},{"kind":"Field","name":{"kind":"Name","value":"configTlsRefresh"}},{"kind":"Field","name":{"kind":"Name","value":"loggerTlsPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"additional"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<FleetHostFragment, unknown>;
export const FleetDeviceMdmFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetDeviceMdm"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeviceMdm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrollmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"serverUrl"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"encryptionKeyAvailable"}}]}}]} as unknown as DocumentNode<FleetDeviceMdmFragment, unknown>;
export const FleetDeviceHostFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetDeviceHost"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Device"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FleetHost"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"software"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"bundleIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"generatedCpe"}},{"kind":"Field","name":{"kind":"Name","value":"lastOpenedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uid"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"groupname"}},{"kind":"Field","name":{"kind":"Name","value":"shell"}}]}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"labelType"}},{"kind":"Field","name":{"kind":"Name","value":"labelMembershipType"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"batteries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycleCount"}},{"kind":"Field","name":{"kind":"Name","value":"health"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mdm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FleetDeviceMdm"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gigsAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"percentAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"encryptionEnabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"depAssignedToFleet"}},{"kind":"Field","name":{"kind":"Name","value":"license"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"expiration"}}]}},{"kind":"Field","name":{"kind":"Name","value":"org"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgLogoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"orgLogoUrlLightBackground"}},{"kind":"Field","name":{"kind":"Name","value":"contactUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appleMdmEnabledAndConfigured"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetDeviceMdm"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeviceMdm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrollmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"serverUrl"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"encryptionKeyAvailable"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetHost"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Host"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"detailUpdatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"labelUpdatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastEnrolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"seenTime"}},{"kind":"Field","name":{"kind":"Name","value":"refetchRequested"}},{"kind":"Field","name":{"kind":"Name","value":"hostname"}},{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"osqueryVersion"}},{"kind":"Field","name":{"kind":"Name","value":"osVersion"}},{"kind":"Field","name":{"kind":"Name","value":"build"}},{"kind":"Field","name":{"kind":"Name","value":"platformLike"}},{"kind":"Field","name":{"kind":"Name","value":"codeName"}},{"kind":"Field","name":{"kind":"Name","value":"uptime"}},{"kind":"Field","name":{"kind":"Name","value":"memory"}},{"kind":"Field","name":{"kind":"Name","value":"cpuType"}},{"kind":"Field","name":{"kind":"Name","value":"cpuSubtype"}},{"kind":"Field","name":{"kind":"Name","value":"cpuBrand"}},{"kind":"Field","name":{"kind":"Name","value":"cpuPhysicalCores"}},{"kind":"Field","name":{"kind":"Name","value":"cpuLogicalCores"}},{"kind":"Field","name":{"kind":"Name","value":"hardwareVendor"}},{"kind":"Field","name":{"kind":"Name","value":"hardwareModel"}},{"kind":"Field","name":{"kind":"Name","value":"hardwareVersion"}},{"kind":"Field","name":{"kind":"Name","value":"hardwareSerial"}},{"kind":"Field","name":{"kind":"Name","value":"computerName"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"publicIp"}},{"kind":"Field","name":{"kind":"Name","value":"primaryIp"}},{"kind":"Field","name":{"kind":"Name","value":"primaryMac"}},{"kind":"Field","name":{"kind":"Name","value":"distributedInterval"}},{"kind":"Field","name":{"kind":"Name","value":"configTlsRefresh"}},{"kind":"Field","name":{"kind":"Name","value":"loggerTlsPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"additional"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<FleetDeviceHostFragment, unknown>;
export const FleetEnrollSecretFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetEnrollSecret"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnrollSecret"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}}]}}]} as unknown as DocumentNode<FleetEnrollSecretFragment, unknown>;
export const FleetLabelSpecFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetLabelSpec"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LabelSpec"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"labelType"}},{"kind":"Field","name":{"kind":"Name","value":"labelMembershipType"}},{"kind":"Field","name":{"kind":"Name","value":"hosts"}}]}}]} as unknown as DocumentNode<FleetLabelSpecFragment, unknown>;
export const FleetPackFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetPack"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pack"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"queryCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalHostsCount"}},{"kind":"Field","name":{"kind":"Name","value":"hostIds"}},{"kind":"Field","name":{"kind":"Name","value":"labelIds"}},{"kind":"Field","name":{"kind":"Name","value":"teamIds"}}]}}]} as unknown as DocumentNode<FleetPackFragment, unknown>;
export const FleetScheduledFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetScheduled"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduledQuery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"packId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"queryId"}},{"kind":"Field","name":{"kind":"Name","value":"queryName"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"snapshot"}},{"kind":"Field","name":{"kind":"Name","value":"removed"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"shard"}},{"kind":"Field","name":{"kind":"Name","value":"denylist"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<FleetScheduledFragment, unknown>;
export const FleetQuerySpecFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetQuerySpec"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedQuery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"query"}}]}}]} as unknown as DocumentNode<FleetQuerySpecFragment, unknown>;
export const FleetUserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"globalRole"}},{"kind":"Field","name":{"kind":"Name","value":"apiOnly"}},{"kind":"Field","name":{"kind":"Name","value":"ssoEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"forcePasswordReset"}},{"kind":"Field","name":{"kind":"Name","value":"gravatarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]} as unknown as DocumentNode<FleetUserFragment, unknown>;
export const TriggerCronDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TriggerCron"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"triggerCronSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TriggerCronMutation, TriggerCronMutationVariables>;
export const DeviceHostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeviceHost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FleetDeviceHost"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetDeviceHost"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Device"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FleetHost"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"software"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"bundleIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"generatedCpe"}},{"kind":"Field","name":{"kind":"Name","value":"lastOpenedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uid"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"groupname"}},{"kind":"Field","name":{"kind":"Name","value":"shell"}}]}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"labelType"}},{"kind":"Field","name":{"kind":"Name","value":"labelMembershipType"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"batteries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycleCount"}},{"kind":"Field","name":{"kind":"Name","value":"health"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mdm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FleetDeviceMdm"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gigsAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"percentAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"encryptionEnabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"depAssignedToFleet"}},{"kind":"Field","name":{"kind":"Name","value":"license"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"expiration"}}]}},{"kind":"Field","name":{"kind":"Name","value":"org"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgLogoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"orgLogoUrlLightBackground"}},{"kind":"Field","name":{"kind":"Name","value":"contactUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appleMdmEnabledAndConfigured"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetDeviceMdm"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeviceMdm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrollmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"serverUrl"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"encryptionKeyAvailable"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetHost"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Host"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"detailUpdatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"labelUpdatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastEnrolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"seenTime"}},{"kind":"Field","name":{"kind":"Name","value":"refetchRequested"}},{"kind":"Field","name":{"kind":"Name","value":"hostname"}},{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"osqueryVersion"}},{"kind":"Field","name":{"kind":"Name","value":"osVersion"}},{"kind":"Field","name":{"kind":"Name","value":"build"}},{"kind":"Field","name":{"kind":"Name","value":"platformLike"}},{"kind":"Field","name":{"kind":"Name","value":"codeName"}},{"kind":"Field","name":{"kind":"Name","value":"uptime"}},{"kind":"Field","name":{"kind":"Name","value":"memory"}},{"kind":"Field","name":{"kind":"Name","value":"cpuType"}},{"kind":"Field","name":{"kind":"Name","value":"cpuSubtype"}},{"kind":"Field","name":{"kind":"Name","value":"cpuBrand"}},{"kind":"Field","name":{"kind":"Name","value":"cpuPhysicalCores"}},{"kind":"Field","name":{"kind":"Name","value":"cpuLogicalCores"}},{"kind":"Field","name":{"kind":"Name","value":"hardwareVendor"}},{"kind":"Field","name":{"kind":"Name","value":"hardwareModel"}},{"kind":"Field","name":{"kind":"Name","value":"hardwareVersion"}},{"kind":"Field","name":{"kind":"Name","value":"hardwareSerial"}},{"kind":"Field","name":{"kind":"Name","value":"computerName"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"publicIp"}},{"kind":"Field","name":{"kind":"Name","value":"primaryIp"}},{"kind":"Field","name":{"kind":"Name","value":"primaryMac"}},{"kind":"Field","name":{"kind":"Name","value":"distributedInterval"}},{"kind":"Field","name":{"kind":"Name","value":"configTlsRefresh"}},{"kind":"Field","name":{"kind":"Name","value":"loggerTlsPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"additional"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<DeviceHostQuery, DeviceHostQueryVariables>;
export const RefetchDeviceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefetchDevice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refetchDevice"}}]}}]} as unknown as DocumentNode<RefetchDeviceMutation, RefetchDeviceMutationVariables>;
export const DeviceMappingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeviceMapping"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deviceMapping"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]}}]} as unknown as DocumentNode<DeviceMappingQuery, DeviceMappingQueryVariables>;
export const DeviceMacadminsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeviceMacadmins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"macadmins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"munkiVersion"}},{"kind":"Field","name":{"kind":"Name","value":"munkiIssues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mdm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrollmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"serverUrl"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeviceMacadminsQuery, DeviceMacadminsQueryVariables>;
export const DeviceDesktopDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeviceDesktop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"desktop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needsMdmMigration"}},{"kind":"Field","name":{"kind":"Name","value":"renewEnrollmentProfile"}}]}},{"kind":"Field","name":{"kind":"Name","value":"macosMigrationMode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"org"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"orgLogoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"orgLogoUrlLightBackground"}},{"kind":"Field","name":{"kind":"Name","value":"contactUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"failingPolicyCount"}}]}}]}}]}}]} as unknown as DocumentNode<DeviceDesktopQuery, DeviceDesktopQueryVariables>;
export const DevicePoliciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DevicePolicies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"critical"}},{"kind":"Field","name":{"kind":"Name","value":"response"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DevicePoliciesQuery, DevicePoliciesQueryVariables>;
export const DeviceApiFeaturesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeviceApiFeatures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiFeatures"}}]}}]}}]} as unknown as DocumentNode<DeviceApiFeaturesQuery, DeviceApiFeaturesQueryVariables>;
export const DeviceTransparencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeviceTransparency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transparencyUrl"}}]}}]}}]} as unknown as DocumentNode<DeviceTransparencyQuery, DeviceTransparencyQueryVariables>;
export const DeviceEnrollmentProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeviceEnrollmentProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deviceAppleEnrollmentProfile"}}]}}]} as unknown as DocumentNode<DeviceEnrollmentProfileQuery, DeviceEnrollmentProfileQueryVariables>;
export const MigrateDeviceMdmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MigrateDeviceMdm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"migrateDeviceMdm"}}]}}]} as unknown as DocumentNode<MigrateDeviceMdmMutation, MigrateDeviceMdmMutationVariables>;
export const InstallerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Installer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InstallerSelector"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"installer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"selector"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<InstallerQuery, InstallerQueryVariables>;
export const InstallerRangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstallerRange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InstallerSelector"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"l"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"installer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"selector"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}},{"kind":"Argument","name":{"kind":"Name","value":"length"},"value":{"kind":"Variable","name":{"kind":"Name","value":"l"}}}]}]}}]}}]} as unknown as DocumentNode<InstallerRangeQuery, InstallerRangeQueryVariables>;
export const BeginInstallerUploadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BeginInstallerUpload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InstallerSelector"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beginInstallerUpload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"selector"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"maxSize"}},{"kind":"Field","name":{"kind":"Name","value":"chunkSize"}}]}}]}}]} as unknown as DocumentNode<BeginInstallerUploadMutation, BeginInstallerUploadMutationVariables>;
export const AppendInstallerUploadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppendInstallerUpload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"u"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appendInstallerUpload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uploadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"u"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}},{"kind":"Argument","name":{"kind":"Name","value":"chunkBase64"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}}]}}]}}]} as unknown as DocumentNode<AppendInstallerUploadMutation, AppendInstallerUploadMutationVariables>;
export const CompleteInstallerUploadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteInstallerUpload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"u"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"n"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeInstallerUpload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uploadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"u"}}},{"kind":"Argument","name":{"kind":"Name","value":"size"},"value":{"kind":"Variable","name":{"kind":"Name","value":"n"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"desktop"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<CompleteInstallerUploadMutation, CompleteInstallerUploadMutationVariables>;
export const AbortInstallerUploadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AbortInstallerUpload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"u"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abortInstallerUpload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uploadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"u"}}}]}]}}]} as unknown as DocumentNode<AbortInstallerUploadMutation, AbortInstallerUploadMutationVariables>;
export const RunLiveQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunLiveQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sql"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targets"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TargetsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"campaign"},"name":{"kind":"Name","value":"runLiveQuery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sql"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sql"}}},{"kind":"Argument","name":{"kind":"Name","value":"targets"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targets"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FleetCampaign"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetCampaign"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"queryId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalHosts"}},{"kind":"Field","name":{"kind":"Name","value":"onlineHosts"}},{"kind":"Field","name":{"kind":"Name","value":"offlineHosts"}},{"kind":"Field","name":{"kind":"Name","value":"missingInActionHosts"}},{"kind":"Field","name":{"kind":"Name","value":"newHosts"}}]}}]}}]} as unknown as DocumentNode<RunLiveQueryMutation, RunLiveQueryMutationVariables>;
export const RunSavedQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunSavedQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"queryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targets"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TargetsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"campaign"},"name":{"kind":"Name","value":"runSavedQuery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"queryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"queryId"}}},{"kind":"Argument","name":{"kind":"Name","value":"targets"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targets"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FleetCampaign"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetCampaign"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"queryId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalHosts"}},{"kind":"Field","name":{"kind":"Name","value":"onlineHosts"}},{"kind":"Field","name":{"kind":"Name","value":"offlineHosts"}},{"kind":"Field","name":{"kind":"Name","value":"missingInActionHosts"}},{"kind":"Field","name":{"kind":"Name","value":"newHosts"}}]}}]}}]} as unknown as DocumentNode<RunSavedQueryMutation, RunSavedQueryMutationVariables>;
export const SelectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Select"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hosts"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"labels"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"selectionByNames"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hosts"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hosts"}}},{"kind":"Argument","name":{"kind":"Name","value":"labels"},"value":{"kind":"Variable","name":{"kind":"Name","value":"labels"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hostIds"}},{"kind":"Field","name":{"kind":"Name","value":"labelIds"}},{"kind":"Field","name":{"kind":"Name","value":"teamIds"}}]}}]}}]} as unknown as DocumentNode<SelectQuery, SelectQueryVariables>;
export const CountTargetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CountTargets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targets"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TargetsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countTargets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"targets"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targets"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"online"}},{"kind":"Field","name":{"kind":"Name","value":"offline"}}]}}]}}]} as unknown as DocumentNode<CountTargetsQuery, CountTargetsQueryVariables>;
export const LiveQueryStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LiveQueryStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liveQueryStatus"}}]}}]} as unknown as DocumentNode<LiveQueryStatusQuery, LiveQueryStatusQueryVariables>;
export const ResultStoreStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResultStoreStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultStoreStatus"}}]}}]} as unknown as DocumentNode<ResultStoreStatusQuery, ResultStoreStatusQueryVariables>;
export const SearchHostsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchHosts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"q"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ex"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchHosts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}},{"kind":"Argument","name":{"kind":"Name","value":"excludedHostIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ex"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FleetHost"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetHost"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Host"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"detailUpdatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"labelUpdatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastEnrolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"seenTime"}},{"kind":"Field","name":{"kind":"Name","value":"refetchRequested"}},{"kind":"Field","name":{"kind":"Name","value":"hostname"}},{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"osqueryVersion"}},{"kind":"Field","name":{"kind":"Name","value":"osVersion"}},{"kind":"Field","name":{"kind":"Name","value":"build"}},{"kind":"Field","name":{"kind":"Name","value":"platformLike"}},{"kind":"Field","name":{"kind":"Name","value":"codeName"}},{"kind":"Field","name":{"kind":"Name","value":"uptime"}},{"kind":"Field","name":{"kind":"Name","value":"memory"}},{"kind":"Field","name":{"kind":"Name","value":"cpuType"}},{"kind":"Field","name":{"kind":"Name","value":"cpuSubtype"}},{"kind":"Field","name":{"kind":"Name","value":"cpuBrand"}},{"kind":"Field","name":{"kind":"Name","value":"cpuPhysicalCores"}},{"kind":"Field","name":{"kind":"Name","value":"cpuLogicalCores"}},{"kind":"Field","name":{"kind":"Name","value":"hardwareVendor"}},{"kind":"Field","name":{"kind":"Name","value":"hardwareModel"}},{"kind":"Field","name":{"kind":"Name","value":"hardwareVersion"}},{"kind":"Field","name":{"kind":"Name","value":"hardwareSerial"}},{"kind":"Field","name":{"kind":"Name","value":"computerName"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"publicIp"}},{"kind":"Field","name":{"kind":"Name","value":"primaryIp"}},{"kind":"Field","name":{"kind":"Name","value":"primaryMac"}},{"kind":"Field","name":{"kind":"Name","value":"distributedInterval"}},{"kind":"Field","name":{"kind":"Name","value":"configTlsRefresh"}},{"kind":"Field","name":{"kind":"Name","value":"loggerTlsPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"additional"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<SearchHostsQuery, SearchHostsQueryVariables>;
export const DepKeyPairDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DepKeyPair"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generateDepKeyPair"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicKey"}},{"kind":"Field","name":{"kind":"Name","value":"privateKey"}}]}}]}}]} as unknown as DocumentNode<DepKeyPairMutation, DepKeyPairMutationVariables>;
export const RequestCsrDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestCsr"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"e"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestAppleMdmCsr"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"emailAddress"},"value":{"kind":"Variable","name":{"kind":"Name","value":"e"}}},{"kind":"Argument","name":{"kind":"Name","value":"organization"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apnsKey"}},{"kind":"Field","name":{"kind":"Name","value":"scepCert"}},{"kind":"Field","name":{"kind":"Name","value":"scepKey"}}]}}]}}]} as unknown as DocumentNode<RequestCsrMutation, RequestCsrMutationVariables>;
export const BatchProfilesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BatchProfiles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"t"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"n"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"d"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batchApplyAppleProfiles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"profiles"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}},{"kind":"Argument","name":{"kind":"Name","value":"teamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t"}}},{"kind":"Argument","name":{"kind":"Name","value":"teamName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"n"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"d"}}}]}]}}]} as unknown as DocumentNode<BatchProfilesMutation, BatchProfilesMutationVariables>;
export const PreassignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Preassign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PreassignProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preassignAppleProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}]}]}}]} as unknown as DocumentNode<PreassignMutation, PreassignMutationVariables>;
export const MatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Match"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchPreassignedProfiles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"externalHostIdentifier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<MatchMutation, MatchMutationVariables>;
export const StartSsoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartSso"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startMdmSso"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<StartSsoMutation, StartSsoMutationVariables>;
export const CompleteSsoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteSso"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeMdmSso"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"samlResponse"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redirectUrl"}}]}}]}}]} as unknown as DocumentNode<CompleteSsoMutation, CompleteSsoMutationVariables>;
export const EnrollOrbitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnrollOrbit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnrollOrbitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrollOrbit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orbitNodeKey"}}]}}]}}]} as unknown as DocumentNode<EnrollOrbitMutation, EnrollOrbitMutationVariables>;
export const SetDeviceAuthTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetDeviceAuthToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDeviceAuthToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orbitNodeKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}]}]}}]} as unknown as DocumentNode<SetDeviceAuthTokenMutation, SetDeviceAuthTokenMutationVariables>;
export const CreatePackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePack"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPack"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FleetPack"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetPack"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pack"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"queryCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalHostsCount"}},{"kind":"Field","name":{"kind":"Name","value":"hostIds"}},{"kind":"Field","name":{"kind":"Name","value":"labelIds"}},{"kind":"Field","name":{"kind":"Name","value":"teamIds"}}]}}]} as unknown as DocumentNode<CreatePackMutation, CreatePackMutationVariables>;
export const ModifyPackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ModifyPack"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePack"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FleetPack"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetPack"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pack"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"queryCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalHostsCount"}},{"kind":"Field","name":{"kind":"Name","value":"hostIds"}},{"kind":"Field","name":{"kind":"Name","value":"labelIds"}},{"kind":"Field","name":{"kind":"Name","value":"teamIds"}}]}}]} as unknown as DocumentNode<ModifyPackMutation, ModifyPackMutationVariables>;
export const GetPackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetPack"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pack"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FleetPack"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetPack"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pack"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"queryCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalHostsCount"}},{"kind":"Field","name":{"kind":"Name","value":"hostIds"}},{"kind":"Field","name":{"kind":"Name","value":"labelIds"}},{"kind":"Field","name":{"kind":"Name","value":"teamIds"}}]}}]} as unknown as DocumentNode<GetPackQuery, GetPackQueryVariables>;
export const ListPacksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListPacks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PackListInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FleetPack"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetPack"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pack"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"queryCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalHostsCount"}},{"kind":"Field","name":{"kind":"Name","value":"hostIds"}},{"kind":"Field","name":{"kind":"Name","value":"labelIds"}},{"kind":"Field","name":{"kind":"Name","value":"teamIds"}}]}}]} as unknown as DocumentNode<ListPacksQuery, ListPacksQueryVariables>;
export const DeletePackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeletePack"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePack"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}]}]}}]} as unknown as DocumentNode<DeletePackMutation, DeletePackMutationVariables>;
export const DeletePackByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeletePackById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePackById"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeletePackByIdMutation, DeletePackByIdMutationVariables>;
export const PackScheduledDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PackScheduled"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"packId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduledQueries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"packId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"packId"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FleetScheduled"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetScheduled"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduledQuery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"packId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"queryId"}},{"kind":"Field","name":{"kind":"Name","value":"queryName"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"snapshot"}},{"kind":"Field","name":{"kind":"Name","value":"removed"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"shard"}},{"kind":"Field","name":{"kind":"Name","value":"denylist"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<PackScheduledQuery, PackScheduledQueryVariables>;
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
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FleetUser"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FleetUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"globalRole"}},{"kind":"Field","name":{"kind":"Name","value":"apiOnly"}},{"kind":"Field","name":{"kind":"Name","value":"ssoEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"forcePasswordReset"}},{"kind":"Field","name":{"kind":"Name","value":"gravatarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
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
export const ResultsAuthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResultsAuth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ResultsAuthQuery, ResultsAuthQueryVariables>;
export const CampaignEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CampaignEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"online"}},{"kind":"Field","name":{"kind":"Name","value":"offline"}},{"kind":"Field","name":{"kind":"Name","value":"missingInAction"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedResults"}},{"kind":"Field","name":{"kind":"Name","value":"actualResults"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"hostname"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]}}]} as unknown as DocumentNode<CampaignEventsSubscription, CampaignEventsSubscriptionVariables>;