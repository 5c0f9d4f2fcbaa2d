// Every Fleet route, in one table (the style of Fleet's handler.go). User
// routes live under /api/:version/fleet where :version is v1, 2022-04 or
// latest; the check is central (see app.ts). Aliases are declared here too.
import type { Endpoint } from './endpoint.js'
import { setup } from './endpoints/setup.js'
import { login, logout, me } from './endpoints/session.js'
import { createUser, listUsers } from './endpoints/users.js'
import { enroll } from './endpoints/osquery.js'

export type Method = 'get' | 'post' | 'patch' | 'delete' | 'head'
export interface Route {
  method: Method; path: string; endpoint: Endpoint; doc: string
  /** Error body shape: Fleet's REST shape (default) or osquery's agent shape. */
  errors?: 'osquery'
}

const V = '/api/:version/fleet'

export const ROUTES: readonly Route[] = [
  { method: 'post', path: '/api/v1/setup', endpoint: setup, doc: 'spec: Setup' },
  { method: 'post', path: '/api/setup', endpoint: setup, doc: 'spec: Setup (unversioned alias)' },
  { method: 'post', path: `${V}/login`, endpoint: login, doc: 'REST API: Authentication > Log in' },
  { method: 'post', path: `${V}/logout`, endpoint: logout, doc: 'REST API: Authentication > Log out' },
  { method: 'get', path: `${V}/me`, endpoint: me, doc: 'REST API: Authentication > Me' },
  { method: 'get', path: `${V}/users`, endpoint: listUsers, doc: 'REST API: Users > List all users' },
  { method: 'post', path: `${V}/users/admin`, endpoint: createUser, doc: 'REST API: Users > Create a user account without an invitation' },

  // osquery remote API (agents authenticate with an enroll secret, then a node key)
  { method: 'post', path: '/api/v1/osquery/enroll', endpoint: enroll, doc: 'osquery TLS API: enroll', errors: 'osquery' },
  { method: 'post', path: '/api/osquery/enroll', endpoint: enroll, doc: 'osquery TLS API: enroll', errors: 'osquery' },
]

export const API_VERSIONS = new Set(['v1', '2022-04', 'latest'])
