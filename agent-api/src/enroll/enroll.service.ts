// osquery enrollment: a valid global or team enroll secret creates the host
// (or updates it when the same identifier enrolls again) and issues a new node
// key. Errors use osquery's wording. The one implementation of the rule, for
// the agent API's own route and for inventory's enrollAgent mutation.
import { randomBytes } from 'node:crypto'
import { FleetError } from '@fleetgraph/subgraph-kit'
import type { EnrollStore } from './enroll.repository.js'
import { hostFieldsFromDetails } from './host-details.js'

export interface EnrollRequest {
  enrollSecret: string
  hostIdentifier: string
  platformType?: string | null
  /** table name → column → value (os_version, osquery_info, system_info, platform_info) */
  hostDetails?: Record<string, Record<string, unknown>> | null
}

export interface Enrolled { nodeKey: string; hostId: number }

export class EnrollService {
  constructor(private readonly repo: EnrollStore) {}

  async enroll(input: EnrollRequest): Promise<Enrolled> {
    if (!input.enrollSecret) throw new FleetError('UNAUTHENTICATED', 'enroll failed: missing enroll secret')
    const secret = await this.repo.findSecret(input.enrollSecret)
    if (!secret) throw new FleetError('UNAUTHENTICATED', 'enroll failed: no matching secret found')
    const identifier = input.hostIdentifier?.trim()
    if (!identifier || identifier.length > 255) throw new FleetError('BAD_REQUEST', 'enroll failed: missing or invalid host_identifier')
    const nodeKey = randomBytes(24).toString('base64')
    // A re-enrolled host's old node key stops working in every agent API that cached it: the hosts
    // trigger announces the new node key (ADR 0007).
    const host = await this.repo.upsertHost(identifier, nodeKey, secret.team_id, hostFieldsFromDetails(input.hostDetails, input.platformType))
    return { nodeKey, hostId: host.id }
  }
}
