import { ErrorCode, Role } from '@partnerhub/shared';
import { PublicError } from '../../graphql/errors.js';
import type { DistrictDocumentSubject } from '../access/index.js';
import { type Viewer, districtRoles, partnerRoles } from '../access/index.js';

const DISTRICT_WRITERS: readonly Role[] = [Role.DISTRICT_ADMIN, Role.DISTRICT_STAFF];
const PARTNER_WRITERS: readonly Role[] = [Role.PARTNER_ADMIN, Role.PARTNER_MEMBER];

const writesFor = (viewer: Viewer, subject: DistrictDocumentSubject, partnerId: number) =>
  subject.activePartnerIds.includes(partnerId) &&
  partnerRoles(viewer, partnerId).some((r) => PARTNER_WRITERS.includes(r));

/** Whether the viewer writes for the district itself (not only for one of its partners). */
export const writesForDistrict = (viewer: Viewer, districtId: number) =>
  !viewer.readOnly && districtRoles(viewer, districtId).some((r) => DISTRICT_WRITERS.includes(r));

/** The partners with an active partnership the viewer writes listings for (as a partner admin or member). */
export const ownPartnerIds = (viewer: Viewer, subject: DistrictDocumentSubject): number[] =>
  subject.activePartnerIds.filter((id) => writesFor(viewer, subject, id));

/**
 * The partner a new listing is offered by, as the viewer may name it: district writers any partner
 * with an active partnership or none (`null`, the district itself); partner writers only their own
 * (`undefined` picks it when the viewer writes for exactly one). 'inactive': not an active partner.
 * @throws PublicError FORBIDDEN when a partner writer names another offerer.
 */
export function offeringPartner(
  viewer: Viewer,
  subject: DistrictDocumentSubject,
  partnerId: number | null | undefined,
): number | null | 'inactive' {
  if (writesForDistrict(viewer, subject.districtId)) {
    if (partnerId == null) return null;
    return subject.activePartnerIds.includes(partnerId) ? partnerId : 'inactive';
  }
  const own = ownPartnerIds(viewer, subject);
  const chosen = partnerId === undefined && own.length === 1 ? own[0]! : partnerId;
  if (chosen != null && own.includes(chosen)) return chosen;
  throw new PublicError(ErrorCode.FORBIDDEN, 'You may only submit listings your own organization offers.');
}

/**
 * Asserts the viewer may change a draft listing offered by `partnerId` (null: the district).
 * @throws PublicError FORBIDDEN when a partner writer touches a listing another organization offers.
 */
export function assertMayChange(
  viewer: Viewer,
  subject: DistrictDocumentSubject,
  partnerId: number | null,
): void {
  if (writesForDistrict(viewer, subject.districtId)) return;
  if (partnerId !== null && writesFor(viewer, subject, partnerId)) return;
  throw new PublicError(ErrorCode.FORBIDDEN, 'You may only change listings your own organization offers.');
}
