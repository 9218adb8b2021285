import { PartnershipSide, PartnershipStatus } from '@partnerhub/shared';
import { can, partnershipSubject } from '../access/index.js';
import type { Viewer } from '../access/index.js';
import type { Partnership } from './partnership.entity.js';

/**
 * Statuses anyone may see; only an accepted partnership reaches them. Prospects (requests included)
 * are seen only by the two parties ('partnership:see').
 */
export const PUBLIC_PARTNERSHIP_STATUSES: readonly PartnershipStatus[] = [
  PartnershipStatus.ACTIVE,
  PartnershipStatus.PAUSED,
  PartnershipStatus.ENDED,
];

/** Whether the viewer may see that the partnership exists: public statuses, or under 'partnership:see'. */
export function isVisibleTo(viewer: Viewer, partnership: Partnership): boolean {
  return (
    (PUBLIC_PARTNERSHIP_STATUSES.includes(partnership.status) && partnership.acceptedAt != null) ||
    can(viewer, 'partnership:see', partnershipSubject(partnership))
  );
}

/** Organizations whose prospects a viewer may read, as ids that lists filter on in SQL. */
export interface ProspectScope {
  districtIds: number[];
  partnerIds: number[];
}

/**
 * Asks the policy about a prospect of each organization the viewer belongs to, one side at a time
 * (the other side's id set to 0, which names nothing). This matches the policy as long as its rule
 * for seeing a prospect is "allowed through the district or through the partner" and does not depend
 * on the request's state, which it does not.
 */
export function prospectScope(viewer: Viewer): ProspectScope {
  const prospect = (districtId: number, partnerId: number) =>
    can(viewer, 'partnership:see', {
      districtId,
      partnerId,
      status: PartnershipStatus.PROSPECT,
      proposedBy: PartnershipSide.DISTRICT,
      accepted: false,
      declined: false,
    });
  const ids = (key: 'districtId' | 'partnerId') => [
    ...new Set(viewer.grants.map((g) => g[key]).filter((id): id is number => id !== null)),
  ];
  return {
    districtIds: ids('districtId').filter((id) => prospect(id, 0)),
    partnerIds: ids('partnerId').filter((id) => prospect(0, id)),
  };
}
