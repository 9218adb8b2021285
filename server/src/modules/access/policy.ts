import { ErrorCode, PartnershipSide, type PartnershipStatus, Role } from '@partnerhub/shared';
import { PublicError } from '../../graphql/errors.js';
import { type Viewer, districtRoles, isSignedIn, partnerRoles, stateRoles } from './viewer.js';

/** The facts about a district that decisions need. */
export interface DistrictSubject {
  districtId: number;
}

/** A state agency. */
export interface StateSubject {
  stateAgencyId: number;
}

/** A district's flexibility application, and whether its state lets reviewers decide. */
export interface FlexibilitySubject {
  districtId: number;
  /** The agency's setting; false when the district's state has no agency. */
  reviewersMayDecide: boolean;
}

/**
 * The facts about a partner organization that decisions need. Rights over the partner itself (profile,
 * contacts, members, tokens) come from membership in it, or from the managing district while the
 * partner has no admin; other districts only read its private data, and only once it agreed.
 */
export interface PartnerSubject {
  partnerId: number;
  /** Districts with an ACTIVE partnership that was accepted: they read the partner's private data. */
  activeDistrictIds: readonly number[];
  /** The district that added the partner and speaks for it while it has no admin; null after. */
  managingDistrictId: number | null;
}

/** A district's shared documents: which partners may take part in them. */
export interface DistrictDocumentSubject {
  districtId: number;
  /** Partners with an active partnership with the district. */
  activePartnerIds: readonly number[];
  /** Of those, the partners taking part in shaping the vision. */
  visionPartnerIds: readonly number[];
}

/** A partnership and the request behind it. */
export interface PartnershipSubject {
  districtId: number;
  partnerId: number;
  status: PartnershipStatus;
  proposedBy: PartnershipSide;
  accepted: boolean;
  declined: boolean;
}

/** A district's assessment of a technical-assistance provider against one of its state's criteria. */
export interface ProviderAssessmentSubject {
  districtId: number;
  partnerId: number;
  /** Whether the district and the provider have an accepted ACTIVE partnership. */
  partnered: boolean;
  /** Whether the criterion is one of the district's own state. */
  sameState: boolean;
}

/** Every action the policy knows, with the subject it is decided on. */
export interface Actions {
  'state:readPrivate': StateSubject;
  'state:update': StateSubject;
  'state:manageMembers': StateSubject;
  'state:createDistrict': StateSubject;
  'state:manageCriteria': StateSubject;
  'district:update': DistrictSubject;
  'district:readPrivate': DistrictSubject;
  'district:manageMembers': DistrictSubject;
  'district:readAudit': DistrictSubject;
  'district:manageTokens': DistrictSubject;
  'partner:create': DistrictSubject;
  'partner:update': PartnerSubject;
  'partner:archive': PartnerSubject;
  'partner:readPrivate': PartnerSubject;
  'partner:manageMembers': PartnerSubject;
  'partner:readAudit': PartnerSubject;
  'partner:manageTokens': PartnerSubject;
  'partner:proposePartnership': PartnerSubject;
  'partnership:create': DistrictSubject;
  'provider:claim': PartnerSubject;
  'provider:assess': ProviderAssessmentSubject;
  'provider:readAssessment': ProviderAssessmentSubject;
  'partnership:see': PartnershipSubject;
  'partnership:read': PartnershipSubject;
  'partnership:update': PartnershipSubject;
  'partnership:respond': PartnershipSubject;
  'vision:edit': DistrictDocumentSubject;
  'vision:view': DistrictDocumentSubject;
  'vision:saveVersion': DistrictDocumentSubject;
  'vision:adopt': DistrictDocumentSubject;
  'opportunities:edit': DistrictDocumentSubject;
  'opportunities:view': DistrictDocumentSubject;
  'opportunities:submit': DistrictDocumentSubject;
  'opportunities:publish': DistrictSubject;
  'plan:read': DistrictSubject;
  'plan:update': DistrictSubject;
  'plan:publish': DistrictSubject;
  'funding:update': DistrictSubject;
  'funding:manageRules': DistrictSubject;
  'flexibility:read': DistrictSubject;
  'flexibility:edit': DistrictSubject;
  'flexibility:submit': DistrictSubject;
  'flexibility:decide': FlexibilitySubject;
  'review:read': DistrictSubject;
  'review:comment': DistrictSubject;
  'vision:readComments': DistrictDocumentSubject;
  'vision:comment': DistrictDocumentSubject;
  'conditions:read': DistrictSubject;
  'conditions:edit': DistrictSubject;
  'conditions:publish': DistrictSubject;
  'evaluation:read': DistrictSubject;
  'evaluation:edit': DistrictSubject;
  'evaluation:manage': DistrictSubject;
  'evaluation:manageState': StateSubject;
}
export type Action = keyof Actions;

const DISTRICT_WRITERS: readonly Role[] = [Role.DISTRICT_ADMIN, Role.DISTRICT_STAFF];
/** State roles reach a district through its state's agency; a district-held reviewer only reads. */
const DISTRICT_READERS: readonly Role[] = [...DISTRICT_WRITERS, Role.STATE_ADMIN, Role.STATE_REVIEWER];
const PARTNER_WRITERS: readonly Role[] = [Role.PARTNER_ADMIN, Role.PARTNER_MEMBER];

const has = (roles: Role[], allowed: readonly Role[]) => roles.some((r) => allowed.includes(r));

type Rule<A extends Action> = (viewer: Viewer, subject: Actions[A]) => boolean;

/** Whether the viewer holds one of the roles in the district that speaks for the partner. */
const managedBy = (v: Viewer, p: PartnerSubject, allowed: readonly Role[]) =>
  p.managingDistrictId !== null && has(districtRoles(v, p.managingDistrictId), allowed);

/** Whether the viewer holds a state role reaching the district through its state's agency. */
const stateStaffOf = (v: Viewer, districtId: number) => stateRoles(v, { districtId }).length > 0;

const WRITES = new Set<Action>([
  'state:update',
  'state:manageMembers',
  'state:createDistrict',
  'state:manageCriteria',
  'district:update',
  'district:manageMembers',
  'district:manageTokens',
  'partner:create',
  'partner:update',
  'partner:archive',
  'partner:manageMembers',
  'partner:manageTokens',
  'partner:proposePartnership',
  'partnership:create',
  'partnership:update',
  'provider:claim',
  'provider:assess',
  'partnership:respond',
  'vision:edit',
  'vision:saveVersion',
  'vision:adopt',
  'opportunities:edit',
  'opportunities:submit',
  'opportunities:publish',
  'plan:update',
  'plan:publish',
  'funding:update',
  'funding:manageRules',
  'flexibility:edit',
  'flexibility:submit',
  'flexibility:decide',
  'review:comment',
  'vision:comment',
  'conditions:edit',
  'conditions:publish',
  'evaluation:edit',
  'evaluation:manage',
  'evaluation:manageState',
]);

const RULES: { [A in Action]: Rule<A> } = {
  'state:readPrivate': (v, s) => has(stateRoles(v, s), [Role.STATE_ADMIN, Role.STATE_REVIEWER]),
  'state:update': (v, s) => has(stateRoles(v, s), [Role.STATE_ADMIN]),
  'state:manageMembers': (v, s) => has(stateRoles(v, s), [Role.STATE_ADMIN]),
  'state:createDistrict': (v, s) => has(stateRoles(v, s), [Role.STATE_ADMIN]),
  'state:manageCriteria': (v, s) => has(stateRoles(v, s), [Role.STATE_ADMIN]),
  /** The district's admins keep its profile; its state's admins created it and may correct it. */
  'district:update': (v, d) =>
    has(districtRoles(v, d.districtId), [Role.DISTRICT_ADMIN]) || has(stateRoles(v, d), [Role.STATE_ADMIN]),
  'district:readPrivate': (v, d) => has(districtRoles(v, d.districtId), DISTRICT_READERS),
  'district:manageMembers': (v, d) => has(districtRoles(v, d.districtId), [Role.DISTRICT_ADMIN]),
  'district:readAudit': (v, d) => has(districtRoles(v, d.districtId), [Role.DISTRICT_ADMIN]),
  'district:manageTokens': (v, d) => has(districtRoles(v, d.districtId), [Role.DISTRICT_ADMIN]),
  'partner:create': (v, d) => has(districtRoles(v, d.districtId), DISTRICT_WRITERS),
  'partner:update': (v, p) =>
    has(partnerRoles(v, p.partnerId), PARTNER_WRITERS) || managedBy(v, p, DISTRICT_WRITERS),
  'partner:archive': (v, p) =>
    has(partnerRoles(v, p.partnerId), [Role.PARTNER_ADMIN]) || managedBy(v, p, [Role.DISTRICT_ADMIN]),
  'partner:readPrivate': (v, p) =>
    has(partnerRoles(v, p.partnerId), PARTNER_WRITERS) ||
    managedBy(v, p, DISTRICT_READERS) ||
    p.activeDistrictIds.some((id) => has(districtRoles(v, id), DISTRICT_READERS)),
  'partner:manageMembers': (v, p) =>
    has(partnerRoles(v, p.partnerId), [Role.PARTNER_ADMIN]) || managedBy(v, p, [Role.DISTRICT_ADMIN]),
  'partner:readAudit': (v, p) => has(partnerRoles(v, p.partnerId), [Role.PARTNER_ADMIN]),
  'partner:manageTokens': (v, p) => has(partnerRoles(v, p.partnerId), [Role.PARTNER_ADMIN]),
  'partner:proposePartnership': (v, p) => has(partnerRoles(v, p.partnerId), [Role.PARTNER_ADMIN]),
  'partnership:create': (v, d) => has(districtRoles(v, d.districtId), DISTRICT_WRITERS),
  /** A provider's admins speak for it to the state's criteria. */
  'provider:claim': (v, p) => has(partnerRoles(v, p.partnerId), [Role.PARTNER_ADMIN]),
  /** Those who keep the district's partnerships, of a provider it has an agreement with, in its state. */
  'provider:assess': (v, a) =>
    a.partnered && a.sameState && has(districtRoles(v, a.districtId), DISTRICT_WRITERS),
  /** The district and its state's staff; the provider only while the district is its partner. */
  'provider:readAssessment': (v, a) =>
    has(districtRoles(v, a.districtId), DISTRICT_READERS) ||
    (a.partnered && has(partnerRoles(v, a.partnerId), PARTNER_WRITERS)),
  /** That it exists and its public fields: both parties, requests included, whatever their state. */
  'partnership:see': (v, s) =>
    has(districtRoles(v, s.districtId), DISTRICT_READERS) ||
    has(partnerRoles(v, s.partnerId), PARTNER_WRITERS),
  /**
   * Private details: the district, whose record it is (before acceptance it holds only what the
   * proposer wrote); the partner once it is an agreement.
   */
  'partnership:read': (v, s) =>
    has(districtRoles(v, s.districtId), DISTRICT_READERS) ||
    (s.accepted && has(partnerRoles(v, s.partnerId), PARTNER_WRITERS)),
  /** The district keeps the record; a partner's request is the partner's words until accepted. */
  'partnership:update': (v, s) =>
    has(districtRoles(v, s.districtId), DISTRICT_WRITERS) &&
    (s.accepted || s.proposedBy === PartnershipSide.DISTRICT),
  /** The side that was asked answers: the partner's admins, or the district's admins. */
  'partnership:respond': (v, s) =>
    !s.accepted &&
    !s.declined &&
    (s.proposedBy === PartnershipSide.DISTRICT
      ? has(partnerRoles(v, s.partnerId), [Role.PARTNER_ADMIN])
      : has(districtRoles(v, s.districtId), [Role.DISTRICT_ADMIN])),
  'vision:edit': (v, d) =>
    has(districtRoles(v, d.districtId), DISTRICT_WRITERS) ||
    d.visionPartnerIds.some((id) => has(partnerRoles(v, id), PARTNER_WRITERS)),
  'vision:view': (v, d) =>
    has(districtRoles(v, d.districtId), DISTRICT_READERS) ||
    d.activePartnerIds.some((id) => has(partnerRoles(v, id), PARTNER_WRITERS)),
  'vision:saveVersion': (v, d) => can(v, 'vision:edit', d),
  'vision:adopt': (v, d) => has(districtRoles(v, d.districtId), [Role.DISTRICT_ADMIN]),
  'opportunities:edit': (v, d) =>
    has(districtRoles(v, d.districtId), DISTRICT_WRITERS) ||
    d.activePartnerIds.some((id) => has(partnerRoles(v, id), PARTNER_WRITERS)),
  'opportunities:view': (v, d) =>
    has(districtRoles(v, d.districtId), DISTRICT_READERS) ||
    d.activePartnerIds.some((id) => has(partnerRoles(v, id), PARTNER_WRITERS)),
  /** Partner writers submit only listings their own partner offers; the service checks which. */
  'opportunities:submit': (v, d) => can(v, 'opportunities:edit', d),
  'opportunities:publish': (v, d) => has(districtRoles(v, d.districtId), DISTRICT_WRITERS),
  'plan:read': (v, d) => has(districtRoles(v, d.districtId), DISTRICT_READERS),
  'plan:update': (v, d) => has(districtRoles(v, d.districtId), DISTRICT_WRITERS),
  'plan:publish': (v, d) => has(districtRoles(v, d.districtId), [Role.DISTRICT_ADMIN]),
  'funding:update': (v, d) => has(districtRoles(v, d.districtId), DISTRICT_WRITERS),
  'funding:manageRules': (v, d) => has(districtRoles(v, d.districtId), [Role.DISTRICT_ADMIN]),
  'flexibility:read': (v, d) => has(districtRoles(v, d.districtId), DISTRICT_READERS),
  'flexibility:edit': (v, d) => has(districtRoles(v, d.districtId), DISTRICT_WRITERS),
  /** Submitting speaks for the district to the state: its admins (superintendent, cabinet). */
  'flexibility:submit': (v, d) => has(districtRoles(v, d.districtId), [Role.DISTRICT_ADMIN]),
  'flexibility:decide': (v, f) =>
    has(stateRoles(v, f), [Role.STATE_ADMIN]) ||
    (f.reviewersMayDecide && has(stateRoles(v, f), [Role.STATE_REVIEWER])),
  'review:read': (v, d) => has(districtRoles(v, d.districtId), DISTRICT_READERS),
  /** The district's writers and its state's staff; a reviewer held in the district only reads. */
  'review:comment': (v, d) =>
    has(districtRoles(v, d.districtId), DISTRICT_WRITERS) || stateStaffOf(v, d.districtId),
  'vision:readComments': (v, d) =>
    can(v, 'vision:edit', d) || has(districtRoles(v, d.districtId), DISTRICT_READERS),
  'vision:comment': (v, d) => can(v, 'vision:edit', d) || stateStaffOf(v, d.districtId),
  /** Readiness is the district's own: partners read it only once it is published (no rule needed). */
  'conditions:read': (v, d) => has(districtRoles(v, d.districtId), DISTRICT_READERS),
  /** The plan's edit policy: the district's admins and coordinators. */
  'conditions:edit': (v, d) => has(districtRoles(v, d.districtId), DISTRICT_WRITERS),
  'conditions:publish': (v, d) => has(districtRoles(v, d.districtId), [Role.DISTRICT_ADMIN]),
  /** Suppressed values; the public reads them too once the district published its summary. */
  'evaluation:read': (v, d) => has(districtRoles(v, d.districtId), DISTRICT_READERS),
  /** Enters values and targets, and is the only one who sees cells with small n. */
  'evaluation:edit': (v, d) => has(districtRoles(v, d.districtId), DISTRICT_WRITERS),
  /** Minimum n, publication and the district's own indicators. */
  'evaluation:manage': (v, d) => has(districtRoles(v, d.districtId), [Role.DISTRICT_ADMIN]),
  'evaluation:manageState': (v, s) => has(stateRoles(v, s), [Role.STATE_ADMIN]),
};

/** Whether the viewer may take the action on the subject. Read-only tokens never write. */
export function can<A extends Action>(viewer: Viewer, action: A, subject: Actions[A]): boolean {
  if (!isSignedIn(viewer)) return false;
  if (viewer.readOnly && WRITES.has(action)) return false;
  return (RULES[action] as Rule<A>)(viewer, subject);
}

/**
 * Asserts the viewer may take the action.
 * @throws PublicError UNAUTHENTICATED when nobody is signed in, FORBIDDEN otherwise.
 */
export function authorize<A extends Action>(viewer: Viewer, action: A, subject: Actions[A]): void {
  if (can(viewer, action, subject)) return;
  if (!isSignedIn(viewer)) throw new PublicError(ErrorCode.UNAUTHENTICATED, 'Sign in first.');
  throw new PublicError(ErrorCode.FORBIDDEN, `You may not do this (${action}).`);
}
