import { PartnershipStatus } from '@partnerhub/shared';
import { can } from '../identity/policy.js';
import { partnershipSubject } from '../identity/subjects.js';
import type { Viewer } from '../identity/viewer.js';
import type { Partnership } from './partnership.entity.js';

/**
 * Statuses anyone may see. Prospects are a district's private pipeline: only viewers the policy lets
 * read them ('partnership:read') see them.
 */
export const PUBLIC_PARTNERSHIP_STATUSES: readonly PartnershipStatus[] = [
  PartnershipStatus.ACTIVE,
  PartnershipStatus.PAUSED,
  PartnershipStatus.ENDED,
];

/** Whether the viewer may see that the partnership exists: public statuses, or under 'partnership:read'. */
export function isVisibleTo(viewer: Viewer, partnership: Partnership): boolean {
  return (
    PUBLIC_PARTNERSHIP_STATUSES.includes(partnership.status) ||
    can(viewer, 'partnership:read', partnershipSubject(partnership))
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
 * for reading a prospect is "allowed through the district or through the partner", which it is.
 */
export function prospectScope(viewer: Viewer): ProspectScope {
  const prospect = (districtId: number, partnerId: number) =>
    can(viewer, 'partnership:read', { districtId, partnerId, status: PartnershipStatus.PROSPECT });
  const ids = (key: 'districtId' | 'partnerId') => [
    ...new Set(viewer.grants.map((g) => g[key]).filter((id): id is number => id !== null)),
  ];
  return {
    districtIds: ids('districtId').filter((id) => prospect(id, 0)),
    partnerIds: ids('partnerId').filter((id) => prospect(0, id)),
  };
}
