// Arguments of the host connections (`hosts`, `Label.hosts`, `Team.hosts`): the Relay paging
// arguments plus the filters and orders of Fleet's GET /hosts.
import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql'
import { ConnectionArgs, OrderDirection } from '@fleetgraph/subgraph-kit'

/** A host's status (host-status.ts); the internal values are the lowercase strings Fleet's REST shows. */
export enum HostStatusEnum { ONLINE = 'online', OFFLINE = 'offline', MIA = 'mia', NEW = 'new' }
registerEnumType(HostStatusEnum, {
  name: 'HostStatus',
  description: "Whether a host checks in, by Fleet's rule: its last check-in against its check-in intervals.",
  valuesConfig: {
    ONLINE: { description: 'Checked in within its shortest check-in interval plus 60 seconds.' },
    OFFLINE: { description: 'Has checked in, but not within its check-in interval (and not 30 days silent).' },
    MIA: { description: 'Missing in action: no check-in for 30 days or more.' },
    NEW: { description: 'Enrolled within the last 24 hours and has not checked in yet.' },
  },
})

/** A host's answer to a policy (declared identically in packs-and-queries). */
export enum PolicyResponse { PASSING = 'PASSING', FAILING = 'FAILING' }
registerEnumType(PolicyResponse, {
  name: 'PolicyResponse',
  description: "A host's answer to a policy query.",
  valuesConfig: {
    PASSING: { description: 'The policy query returned rows on the host: it passes.' },
    FAILING: { description: 'The policy query returned no rows on the host: it fails.' },
  },
})

export enum HostOrderField { ID = 'ID', HOSTNAME = 'HOSTNAME', DISPLAY_NAME = 'DISPLAY_NAME', SEEN_TIME = 'SEEN_TIME', ENROLLED_AT = 'ENROLLED_AT', STATUS = 'STATUS' }
registerEnumType(HostOrderField, {
  name: 'HostOrderField',
  description: 'What hosts are sorted by. Ties are broken by the host id, in the same direction.',
  valuesConfig: {
    ID: { description: 'The host id: enrollment order (a host enrolled again keeps its id).' },
    HOSTNAME: { description: 'The hostname osquery reports.' },
    DISPLAY_NAME: { description: 'The display name: the computer name, or the hostname when it has none.' },
    SEEN_TIME: { description: 'The last check-in; hosts that never checked in sort as the oldest.' },
    ENROLLED_AT: { description: 'The last enrollment (the creation time for hosts enrolled once).' },
    STATUS: { description: 'The status (ONLINE, OFFLINE, MIA, NEW in ascending order), then the hostname. Computed when the page is read: a host may change status between pages.' },
  },
})

@InputType({ description: 'Filters for a host connection; all given filters must match.' })
export class HostFilter {
  @Field(() => [HostStatusEnum], { nullable: true, description: 'Hosts in any of these statuses (an empty list does not filter).' })
  status?: HostStatusEnum[] | null

  @Field(() => ID, { nullable: true, description: 'Hosts of this team. Not together with noTeam.' })
  teamId?: string | null

  @Field(() => Boolean, { nullable: true, description: 'true: only hosts in no team. Not together with teamId.' })
  noTeam?: boolean | null

  @Field(() => ID, { nullable: true, description: 'Hosts that are members of this label.' })
  labelId?: string | null

  @Field(() => String, { nullable: true, description: 'Hosts of this platform family, as Fleet matches it: "linux" matches every Linux distribution (ubuntu, rhel, debian…); other values match the platform exactly (darwin, windows, chrome…).' })
  platform?: string | null

  @Field(() => ID, { nullable: true, description: 'Hosts that have answered this policy (with policyResponse: answered it that way).' })
  policyId?: string | null

  @Field(() => PolicyResponse, { nullable: true, description: 'With policyId: only hosts passing (or failing) that policy.' })
  policyResponse?: PolicyResponse | null

  @Field(() => String, { nullable: true, description: 'Hosts running exactly this osquery version.' })
  osqueryVersion?: string | null

  @Field(() => String, { nullable: true, description: 'Case-insensitive text contained in the hostname, computer (display) name, UUID, hardware serial, primary IP or public IP.' })
  search?: string | null

  @Field(() => Date, { nullable: true, description: 'Hosts that checked in at or after this time.' })
  seenSince?: Date | null
}

@InputType({ description: 'How a host connection is sorted.' })
export class HostOrder {
  @Field(() => HostOrderField, { description: 'The sort key.' })
  field!: HostOrderField

  @Field(() => OrderDirection, { nullable: true, description: 'ASC (default) or DESC.' })
  direction?: OrderDirection | null
}

@ArgsType()
export class HostsArgs extends ConnectionArgs {
  @Field(() => HostFilter, { nullable: true, description: 'Only hosts matching these filters.' })
  filter?: HostFilter | null

  @Field(() => HostOrder, { nullable: true, description: 'Sort order; default HOSTNAME ascending.' })
  orderBy?: HostOrder | null
}

/** The most hosts one numbered page (`hostList`, Fleet's GET /hosts) returns. */
export const HOST_LIST_MAX = 10_000

@ArgsType()
export class HostListArgs {
  @Field(() => HostFilter, { nullable: true, description: 'Only hosts matching these filters.' })
  filter?: HostFilter | null

  @Field(() => HostOrder, { nullable: true, description: 'Sort order; default ID ascending.' })
  orderBy?: HostOrder | null

  @Field(() => Int, { nullable: true, description: "The page, from 0 (Fleet's page); read only with perPage." })
  page?: number | null

  @Field(() => Int, { nullable: true, description: `Hosts per page, 1 to ${HOST_LIST_MAX.toLocaleString('en')}. Without it: the first ${HOST_LIST_MAX.toLocaleString('en')} hosts.` })
  perPage?: number | null
}
