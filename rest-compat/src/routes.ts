// Every Fleet route, in one table (the style of Fleet's handler.go). User
// routes live under /api/:version/fleet where :version is v1, 2022-04 or
// latest; the check is central (see app.ts). Aliases are declared here too.
import type { Endpoint } from './endpoint.js'
import { setup } from './endpoints/setup.js'
import { login, logout, me } from './endpoints/session.js'
import { createApiOnlyUser, createUser, listUsers } from './endpoints/users.js'
import {
  applyEnrollSecretSpec, applyLabelSpecs, applyTeamSpecs, getEnrollSecretSpec, getLabelSpec, getLabelSpecs,
} from './endpoints/specs-inventory.js'
import { resultsInfo } from './endpoints/results-info.js'
import { countTargets, liveQueryStatus, resultStoreStatus, runLiveQuery, runLiveQueryByNames, searchHosts } from './endpoints/live-query.js'
import { createPack, deletePack, deletePackById, getPack, listPacks, modifyPack } from './endpoints/packs.js'
import { addScheduled, deleteScheduled, getScheduled, listScheduled, modifyScheduled } from './endpoints/schedule.js'
import { applyQuerySpecs, getQuerySpec, getQuerySpecs } from './endpoints/specs-queries.js'
import { triggerCron } from './endpoints/cron.js'
import {
  getDeviceApiFeatures, getDeviceDesktop, getDeviceHost, getDeviceMacadmins, getDeviceManualEnrollmentProfile, getDeviceMapping,
  getDevicePing, getDeviceTokenPing, getDeviceTransparency, headDevicePing, headDeviceTokenPing, listDevicePolicies, migrateDeviceMdm, refetchDevice,
} from './endpoints/device.js'
import { enrollOrbit, getOrbitConfig, headOrbitPing, orbitPing, setDeviceToken } from './endpoints/orbit.js'
import { downloadInstaller, headInstaller } from './endpoints/installers.js'
import { uploadInstaller } from './endpoints/installer-upload.js'
import { batchProfiles, depKeyPair, matchProfiles, preassignProfile, requestCsr, ssoCallback, startSso } from './endpoints/mdm.js'
import { applyPackSpecs, applyPolicySpecs, getPackSpec, getPackSpecs } from './endpoints/specs-packs.js'
import { KIBANA_ROUTES } from './kibana/routes.js'
import { deleteHost, listHosts, transferHosts } from './endpoints/hosts.js'
import { getAppConfig, modifyAppConfig } from './endpoints/app-config.js'
import { getReport, listReports } from './endpoints/reports.js'
import { renamed } from './renames.js'

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete' | 'head'
export interface Route {
  method: Method; path: string; endpoint: Endpoint; doc: string
  /** Error body shape: Fleet's REST shape (default), osquery's agent shape, or Kibana's Boom payload. */
  errors?: 'osquery' | 'kibana'
  /** Set on an old spelling of a route Fleet renamed (see renames.ts): the new path, which serves the same endpoint. */
  renamedTo?: string
}

const V = '/api/:version/fleet'
/** Numeric path ids, as Fleet's `{id:[0-9]+}`: anything else is the JSON 404 (checked in app.ts). */
const ID = ':id'

export const ROUTES: readonly Route[] = [
  { method: 'post', path: '/api/v1/setup', endpoint: setup, doc: 'spec: Setup' },
  { method: 'post', path: '/api/setup', endpoint: setup, doc: 'spec: Setup (unversioned alias)' },
  { method: 'post', path: `${V}/login`, endpoint: login, doc: 'REST API: Authentication > Log in' },
  { method: 'post', path: `${V}/logout`, endpoint: logout, doc: 'REST API: Authentication > Log out' },
  { method: 'get', path: `${V}/me`, endpoint: me, doc: 'REST API: Authentication > Me' },
  { method: 'get', path: `${V}/users`, endpoint: listUsers, doc: 'REST API: Users > List all users' },
  { method: 'post', path: `${V}/users/admin`, endpoint: createUser, doc: 'REST API: Users > Create a user account without an invitation' },
  { method: 'post', path: `${V}/users/api_only`, endpoint: createApiOnlyUser, doc: 'Fleet REST API (newer than the spec): Users > Create API-only user' },

  { method: 'get', path: `${V}/config`, endpoint: getAppConfig, doc: 'REST API: General > Get configuration (fleetctl get config)' },
  { method: 'patch', path: `${V}/config`, endpoint: modifyAppConfig, doc: 'REST API: General > Modify configuration (fleetctl apply kind: config)' },

  // spec routes owned by inventory (labels, teams, enroll secrets)
  { method: 'get', path: `${V}/spec/labels`, endpoint: getLabelSpecs, doc: 'spec: Get or apply configuration files > Get labels' },
  { method: 'get', path: `${V}/spec/labels/:name`, endpoint: getLabelSpec, doc: 'spec: Get or apply configuration files > Get label' },
  { method: 'post', path: `${V}/spec/labels`, endpoint: applyLabelSpecs, doc: 'spec: Get or apply configuration files > Apply labels' },
  ...renamed({ method: 'post', path: `${V}/spec/fleets`, endpoint: applyTeamSpecs, doc: 'spec: Get or apply configuration files > Apply team (Premium); fleets since 2026' }, `${V}/spec/teams`),
  { method: 'get', path: `${V}/spec/enroll_secret`, endpoint: getEnrollSecretSpec, doc: 'spec: Get or apply configuration files > Get enroll secrets' },
  { method: 'post', path: `${V}/spec/enroll_secret`, endpoint: applyEnrollSecretSpec, doc: 'spec: Get or apply configuration files > Modify enroll secrets' },

  // packs and scheduled queries (packs-and-queries subgraph)
  { method: 'post', path: `${V}/packs`, endpoint: createPack, doc: 'spec: Packs > Create pack' },
  { method: 'patch', path: `${V}/packs/${ID}`, endpoint: modifyPack, doc: 'spec: Packs > Modify pack' },
  { method: 'get', path: `${V}/packs/${ID}`, endpoint: getPack, doc: 'spec: Packs > Get pack' },
  { method: 'get', path: `${V}/packs`, endpoint: listPacks, doc: 'spec: Packs > List packs' },
  { method: 'delete', path: `${V}/packs/id/${ID}`, endpoint: deletePackById, doc: 'spec: Packs > Delete pack by ID' },
  { method: 'get', path: `${V}/packs/${ID}/scheduled`, endpoint: listScheduled, doc: 'spec: Packs > Get scheduled queries in a pack' },
  { method: 'post', path: '/api/v1/fleet/schedule', endpoint: addScheduled, doc: 'spec: Packs > Add scheduled query to a pack (v1 path)' },
  { method: 'post', path: `${V}/packs/schedule`, endpoint: addScheduled, doc: 'spec: Packs > Add scheduled query to a pack (2022-04/latest path)' },
  { method: 'get', path: `${V}/schedule/${ID}`, endpoint: getScheduled, doc: 'spec: Packs > Get scheduled query' },
  { method: 'get', path: `${V}/packs/schedule/${ID}`, endpoint: getScheduled, doc: 'spec: Packs > Get scheduled query (alias)' },
  { method: 'patch', path: `/api/v1/fleet/schedule/${ID}`, endpoint: modifyScheduled, doc: 'spec: Packs > Modify scheduled query (v1 path)' },
  { method: 'patch', path: `${V}/packs/schedule/${ID}`, endpoint: modifyScheduled, doc: 'spec: Packs > Modify scheduled query' },
  { method: 'delete', path: `/api/v1/fleet/schedule/${ID}`, endpoint: deleteScheduled, doc: 'spec: Packs > Delete scheduled query (v1 path)' },
  { method: 'delete', path: `${V}/packs/schedule/${ID}`, endpoint: deleteScheduled, doc: 'spec: Packs > Delete scheduled query' },
  // after the id and schedule routes: a pack may be named anything
  { method: 'delete', path: `${V}/packs/:name`, endpoint: deletePack, doc: 'spec: Packs > Delete pack (by name)' },

  // spec routes owned by packs-and-queries (queries, packs, policies)
  ...renamed({ method: 'get', path: `${V}/spec/reports`, endpoint: getQuerySpecs, doc: 'spec: Get or apply configuration files > Get queries; reports since 2026' }, `${V}/spec/queries`),
  ...renamed({ method: 'get', path: `${V}/spec/reports/:name`, endpoint: getQuerySpec, doc: 'spec: Get or apply configuration files > Get query; reports since 2026' }, `${V}/spec/queries/:name`),
  ...renamed({ method: 'post', path: `${V}/spec/reports`, endpoint: applyQuerySpecs, doc: 'spec: Get or apply configuration files > Apply queries (kind: query or report); reports since 2026' }, `${V}/spec/queries`),
  { method: 'post', path: `${V}/spec/policies`, endpoint: applyPolicySpecs, doc: 'spec: Get or apply configuration files > Apply policies' },
  { method: 'get', path: `${V}/spec/packs`, endpoint: getPackSpecs, doc: 'spec: Get or apply configuration files > Get packs' },
  { method: 'post', path: `${V}/spec/packs`, endpoint: applyPackSpecs, doc: 'spec: Get or apply configuration files > Apply packs' },
  { method: 'get', path: `${V}/spec/packs/:name`, endpoint: getPackSpec, doc: 'spec: Get or apply configuration files > Get pack by name' },

  // live queries (campaigns subgraph)
  { method: 'get', path: `${V}/status/live_query`, endpoint: liveQueryStatus, doc: 'spec: Live query > Check live query status' },
  { method: 'get', path: `${V}/status/result_store`, endpoint: resultStoreStatus, doc: 'spec: Live query > Check result store status' },
  { method: 'post', path: `${V}/hosts/search`, endpoint: searchHosts, doc: 'spec: Live query > Search targets' },
  { method: 'get', path: `${V}/hosts`, endpoint: listHosts, doc: 'REST API: Hosts > List hosts (not in the seeds; fleetctl get hosts, the Fleet UI host list)' },
  { method: 'post', path: `${V}/hosts/transfer`, endpoint: transferHosts, doc: 'REST API: Hosts > Transfer hosts to a team (not in the seeds; Kibana reassign runs the same service)' },
  { method: 'delete', path: `${V}/hosts/${ID}`, endpoint: deleteHost, doc: 'REST API: Hosts > Delete host (not in the seeds; Kibana agent delete runs the same service)' },
  { method: 'post', path: `${V}/targets/count`, endpoint: countTargets, doc: 'spec: Live query > Count targets' },
  ...renamed({ method: 'post', path: `${V}/reports/run`, endpoint: runLiveQuery, doc: 'spec: Live query > Run live query; reports since 2026' }, `${V}/queries/run`),
  ...renamed({ method: 'post', path: `${V}/reports/run_by_names`, endpoint: runLiveQueryByNames, doc: 'spec: Live query > Run live query by name; reports since 2026' }, `${V}/queries/run_by_names`),
  { method: 'get', path: `${V}/results/info`, endpoint: resultsInfo, doc: 'spec: Live query > Retrieve live query results (SockJS info); streams in results/sockets.ts' },
  ...renamed({ method: 'post', path: `${V}/reports/run_by_identifiers`, endpoint: runLiveQueryByNames, doc: 'Fleet latest alias of run_by_names; reports since 2026' }, `${V}/queries/run_by_identifiers`),

  // saved queries, "reports" since 2026 (packs-and-queries subgraph): the list fleetctl get queries/reports reads
  ...renamed({ method: 'get', path: `${V}/reports`, endpoint: listReports, doc: 'REST API: Reports > List reports (formerly Queries > List queries)' }, `${V}/queries`),
  ...renamed({ method: 'get', path: `${V}/reports/${ID}`, endpoint: getReport, doc: 'REST API: Reports > Get report (formerly Queries > Get query)' }, `${V}/queries/${ID}`),

  { method: 'post', path: `${V}/trigger`, endpoint: triggerCron, doc: 'spec: Trigger cron schedule' },
  { method: 'head', path: `${V}/download_installer/:kind`, endpoint: headInstaller, doc: 'spec: Downloadable installers > Check if an installer exists' },
  { method: 'post', path: `${V}/download_installer/:kind`, endpoint: downloadInstaller, doc: 'spec: Downloadable installers > Download an installer' },
  { method: 'put', path: `${V}/installers/:kind`, endpoint: uploadInstaller, doc: 'not in the spec: store an installer for download_installer, streamed raw body up to 64 MiB (ADR 0006)' },

  // Apple MDM (mdm subgraph)
  { method: 'post', path: `${V}/mdm/apple/dep/key_pair`, endpoint: depKeyPair, doc: 'spec: MDM > Generate Apple DEP Key Pair' },
  { method: 'post', path: `${V}/mdm/apple/request_csr`, endpoint: requestCsr, doc: 'spec: MDM > Request Certificate Signing Request (CSR)' },
  { method: 'post', path: `${V}/mdm/apple/profiles/batch`, endpoint: batchProfiles, doc: 'spec: MDM > Batch-apply Apple MDM custom settings' },
  { method: 'post', path: `${V}/mdm/apple/profiles/preassign`, endpoint: preassignProfile, doc: 'spec: MDM > Preassign profiles to devices (204)' },
  { method: 'post', path: `${V}/mdm/apple/profiles/match`, endpoint: matchProfiles, doc: 'spec: MDM > Match preassigned profiles (204)' },
  { method: 'post', path: `${V}/mdm/sso`, endpoint: startSso, doc: 'spec: MDM > Initiate SSO during DEP enrollment' },
  { method: 'post', path: `${V}/mdm/sso/callback`, endpoint: ssoCallback, doc: 'spec: MDM > Complete SSO during DEP enrollment (303, as Fleet)' },

  // The osquery remote API (enroll, config, distributed read/write, log) is not REST over GraphQL: the
  // agent API serves it (@fleetgraph/agent-api, AGENT_PATH; ADR 0007).

  // device routes (Fleet Desktop): the device token in the path is the credential; see endpoints/device.ts
  { method: 'get', path: `${V}/device/:token`, endpoint: getDeviceHost, doc: "spec: Device-authenticated routes > Get device's host" },
  { method: 'post', path: `${V}/device/:token/refetch`, endpoint: refetchDevice, doc: "spec: Device-authenticated routes > Refetch device's host" },
  { method: 'get', path: `${V}/device/:token/device_mapping`, endpoint: getDeviceMapping, doc: "spec: Device-authenticated routes > Get device's Google Chrome profiles" },
  { method: 'get', path: `${V}/device/:token/macadmins`, endpoint: getDeviceMacadmins, doc: "spec: Device-authenticated routes > Get device's MDM and Munki information" },
  { method: 'get', path: `${V}/device/:token/desktop`, endpoint: getDeviceDesktop, doc: 'spec: Device-authenticated routes > Get Fleet Desktop information (Premium)' },
  { method: 'get', path: `${V}/device/:token/policies`, endpoint: listDevicePolicies, doc: "spec: Device-authenticated routes > Get device's policies (Premium)" },
  { method: 'get', path: `${V}/device/:token/api_features`, endpoint: getDeviceApiFeatures, doc: "spec: Device-authenticated routes > Get device's API features" },
  { method: 'get', path: `${V}/device/:token/transparency`, endpoint: getDeviceTransparency, doc: "spec: Device-authenticated routes > Get device's transparency URL (307)" },
  { method: 'get', path: `${V}/device/:token/mdm/apple/manual_enrollment_profile`, endpoint: getDeviceManualEnrollmentProfile, doc: "spec: Device-authenticated routes > Download device's MDM manual enrollment profile" },
  { method: 'head', path: `${V}/device/:token/ping`, endpoint: headDeviceTokenPing, doc: "Fleet Desktop: check the device token (200, or 401 once invalid; server/service/devices.go)" },
  { method: 'get', path: `${V}/device/:token/ping`, endpoint: getDeviceTokenPing, doc: 'Fleet Desktop: check the device token (GET twin of the HEAD route; not in Fleet)' },
  { method: 'head', path: '/api/fleet/device/ping', endpoint: headDevicePing, doc: 'Fleet Desktop: unauthenticated ping for the device capabilities (not versioned, as in Fleet)' },
  { method: 'get', path: '/api/fleet/device/ping', endpoint: getDevicePing, doc: 'Fleet Desktop: unauthenticated ping (GET twin of the HEAD route; not in Fleet)' },
  { method: 'post', path: `${V}/device/:token/migrate_mdm`, endpoint: migrateDeviceMdm, doc: 'spec: Device-authenticated routes > Migrate device to Fleet from another MDM solution (204)' },

  // orbit agent (fleetd): enrollment and the device token Fleet Desktop uses; not versioned, as in Fleet
  { method: 'post', path: '/api/fleet/orbit/enroll', endpoint: enrollOrbit, doc: 'orbit API: enroll (server/service/orbit.go)', errors: 'osquery' },
  { method: 'post', path: '/api/fleet/orbit/config', endpoint: getOrbitConfig, doc: "orbit API: the host's orbit config (agent options, notifications; 401 in osquery shape)" },
  { method: 'head', path: '/api/fleet/orbit/ping', endpoint: headOrbitPing, doc: 'orbit API: unauthenticated ping with the server capabilities (X-Fleet-Capabilities)' },
  { method: 'get', path: '/api/fleet/orbit/ping', endpoint: orbitPing, doc: 'orbit API: ping (GET twin of the HEAD route; not in Fleet)' },
  { method: 'post', path: '/api/fleet/orbit/ping', endpoint: orbitPing, doc: 'orbit API: ping (POST twin of the HEAD route; not in Fleet)' },
  { method: 'post', path: '/api/fleet/orbit/device_token', endpoint: setDeviceToken, doc: 'orbit API: set or update the device token (401 in osquery shape, see endpoints/orbit.ts)' },

  // Kibana's Fleet and Osquery APIs (seeds 003 and 004), in Kibana's conventions: kibana/routes.ts.
  ...KIBANA_ROUTES,
]

export const API_VERSIONS = new Set(['v1', '2022-04', 'latest'])
