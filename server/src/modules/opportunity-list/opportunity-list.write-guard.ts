import type { CollabAccess, CollabUpdateGuard } from '../../collab/index.js';
import { type DistrictDocumentSubject, type Viewer, can } from '../access/index.js';
import { ownPartnerIds, writesForDistrict } from './opportunity-list.access.js';
import { listingUpdateRefusal } from './opportunity-list.update-owners.js';

/**
 * What a viewer who may edit a district's opportunities document may write to it over the
 * WebSocket, as `offeringPartner` and `assertMayChange` decide over GraphQL: district writers
 * anything (no guard); partner writers only listings offered by their own partners with an active
 * partnership, as they were when the connection opened.
 */
export function opportunitiesWriteGuard(
  viewer: Viewer,
  subject: DistrictDocumentSubject,
): CollabUpdateGuard | undefined {
  if (writesForDistrict(viewer, subject.districtId)) return undefined;
  const own = new Set(ownPartnerIds(viewer, subject));
  return (doc, update) => listingUpdateRefusal(doc, update, own);
}

/** A signed-in viewer's grant on the district's opportunities document: edit (guarded), view, or none. */
export function opportunitiesDocumentGrant(
  viewer: Viewer,
  subject: DistrictDocumentSubject,
): { access: CollabAccess; guard?: CollabUpdateGuard } | null {
  if (can(viewer, 'opportunities:edit', subject))
    return { access: 'edit', guard: opportunitiesWriteGuard(viewer, subject) };
  if (can(viewer, 'opportunities:view', subject)) return { access: 'view' };
  return null;
}
