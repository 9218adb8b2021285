import type { CollabAccess } from '../../collab/index.js';
import { type DistrictDocumentSubject, type Viewer, can } from '../access/index.js';

/** A signed-in viewer's grant on the district's vision document: edit, view, or none. */
export function visionDocumentGrant(
  viewer: Viewer,
  subject: DistrictDocumentSubject,
): { access: CollabAccess } | null {
  if (can(viewer, 'vision:edit', subject)) return { access: 'edit' };
  if (can(viewer, 'vision:view', subject)) return { access: 'view' };
  return null;
}
