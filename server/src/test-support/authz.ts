import type { EntityManager } from '@mikro-orm/knex';
import { ApiTokenScope, Role } from '@partnerhub/shared';
import type { CollabServer } from '../collab/index.js';
import type { Orm } from '../db/orm.js';
import { ANONYMOUS, type Viewer } from '../modules/access/index.js';
import type { District, PartnerOrganization, StateAgency } from '../modules/organizations/index.js';
import type { Partnership } from '../modules/partnerships/index.js';
import { buildDistrict, buildPartner, buildPartnership, buildStateAgency } from './factories.js';
import { buildApiToken, buildMember, viewerOfToken, viewerOfUser } from './identity-factories.js';

/**
 * Everyone the authorization matrix asks on behalf of. State actors belong to the agency of the
 * world's district's state; "other" state actors to another state's agency; `invitedReviewer` is a
 * state reviewer a district invited before state agencies existed (it reads that district only).
 * "other" actors belong to unrelated organizations; "prospect" actors belong to organizations whose partnership request with the world's
 * partner (prospectDistrict) or district (prospectPartner) was never accepted.
 */
export const ACTORS = [
  'anonymous',
  'districtAdmin',
  'districtStaff',
  'invitedReviewer',
  'stateAdmin',
  'stateReviewer',
  'otherStateAdmin',
  'otherStateReviewer',
  'partnerAdmin',
  'partnerMember',
  'otherDistrictAdmin',
  'otherPartnerAdmin',
  'prospectDistrictAdmin',
  'prospectPartnerAdmin',
  'districtTokenRead',
  'districtTokenReadWrite',
  'partnerTokenRead',
  'partnerTokenReadWrite',
] as const;
export type Actor = (typeof ACTORS)[number];

/**
 * Two unrelated district-partner pairs. `district` and `partner` have an active partnership; the
 * "other" organizations share nothing with them.
 */
export interface AuthzWorld {
  orm: Orm;
  district: District;
  partner: PartnerOrganization;
  partnership: Partnership;
  /** The agency of `district`'s state. */
  stateAgency: StateAgency;
  /** The agency of another state. */
  otherStateAgency: StateAgency;
  otherDistrict: District;
  otherPartner: PartnerOrganization;
  /** Proposed a partnership to `partner` that was never accepted. */
  prospectDistrict: District;
  /** Proposed a partnership to `district` that was never accepted. */
  prospectPartner: PartnerOrganization;
  viewers: Record<Actor, Viewer>;
  /** The collaboration server the operations edit live documents through, if any. */
  collab: CollabServer | null;
  /** A fresh entity manager for building targets. */
  em(): EntityManager;
}

export interface AuthzRequest {
  query: string;
  variables?: Record<string, unknown>;
}

/**
 * One row of the matrix: a mutation (by name) or a non-public field (`Type.field`), the actors who
 * may use it, and how to build a request with fresh targets for one actor.
 */
export interface AuthzCase {
  name: string;
  allowed: readonly Actor[] | 'everyone';
  prepare(world: AuthzWorld, actor: Actor): Promise<AuthzRequest>;
}

export const DISTRICT_WRITERS: readonly Actor[] = [
  'districtAdmin',
  'districtStaff',
  'districtTokenReadWrite',
];
/** Staff of the district's state agency: they read every district of the state. */
export const STATE_STAFF: readonly Actor[] = ['stateAdmin', 'stateReviewer'];
export const DISTRICT_READERS: readonly Actor[] = [
  ...DISTRICT_WRITERS,
  'invitedReviewer',
  ...STATE_STAFF,
  'districtTokenRead',
];
export const PARTNER_WRITERS: readonly Actor[] = ['partnerAdmin', 'partnerMember', 'partnerTokenReadWrite'];
export const PARTNER_READERS: readonly Actor[] = [...PARTNER_WRITERS, 'partnerTokenRead'];

/** Builds the world once per database. */
export async function buildAuthzWorld(orm: Orm, collab: CollabServer | null = null): Promise<AuthzWorld> {
  const em = orm.em.fork() as EntityManager;
  const district = await buildDistrict(em);
  const stateAgency = await buildStateAgency(em, { state: district.state });
  const otherStateAgency = await buildStateAgency(em, { state: 'GA' });
  const partner = await buildPartner(em, { createdByDistrict: district });
  const partnership = await buildPartnership(em, { district, partner, status: 'ACTIVE' });
  const otherDistrict = await buildDistrict(em);
  const otherPartner = await buildPartner(em);
  await buildPartnership(em, { district: otherDistrict, partner: otherPartner, status: 'ACTIVE' });
  const prospectDistrict = await buildDistrict(em);
  await buildPartnership(em, { district: prospectDistrict, partner, status: 'PROSPECT' });
  const prospectPartner = await buildPartner(em);
  await buildPartnership(em, {
    district,
    partner: prospectPartner,
    status: 'PROSPECT',
    proposedBy: 'PARTNER',
  });
  const user = async (
    role: Role,
    org: { district?: District; partner?: PartnerOrganization; stateAgency?: StateAgency },
  ) => viewerOfUser(em, await buildMember(em, role, org));
  const token = async (scope: ApiTokenScope, org: { district?: District; partner?: PartnerOrganization }) =>
    viewerOfToken(em, await buildApiToken(em, scope, org));
  const viewers: Record<Actor, Viewer> = {
    anonymous: ANONYMOUS,
    districtAdmin: await user(Role.DISTRICT_ADMIN, { district }),
    districtStaff: await user(Role.DISTRICT_STAFF, { district }),
    invitedReviewer: await user(Role.STATE_REVIEWER, { district }),
    stateAdmin: await user(Role.STATE_ADMIN, { stateAgency }),
    stateReviewer: await user(Role.STATE_REVIEWER, { stateAgency }),
    otherStateAdmin: await user(Role.STATE_ADMIN, { stateAgency: otherStateAgency }),
    otherStateReviewer: await user(Role.STATE_REVIEWER, { stateAgency: otherStateAgency }),
    partnerAdmin: await user(Role.PARTNER_ADMIN, { partner }),
    partnerMember: await user(Role.PARTNER_MEMBER, { partner }),
    otherDistrictAdmin: await user(Role.DISTRICT_ADMIN, { district: otherDistrict }),
    otherPartnerAdmin: await user(Role.PARTNER_ADMIN, { partner: otherPartner }),
    prospectDistrictAdmin: await user(Role.DISTRICT_ADMIN, { district: prospectDistrict }),
    prospectPartnerAdmin: await user(Role.PARTNER_ADMIN, { partner: prospectPartner }),
    districtTokenRead: await token(ApiTokenScope.READ, { district }),
    districtTokenReadWrite: await token(ApiTokenScope.READ_WRITE, { district }),
    partnerTokenRead: await token(ApiTokenScope.READ, { partner }),
    partnerTokenReadWrite: await token(ApiTokenScope.READ_WRITE, { partner }),
  };
  return {
    orm,
    district,
    partner,
    partnership,
    stateAgency,
    otherStateAgency,
    otherDistrict,
    otherPartner,
    prospectDistrict,
    prospectPartner,
    viewers,
    collab,
    em: () => orm.em.fork() as EntityManager,
  };
}
