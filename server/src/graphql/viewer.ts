import type { Role } from '@partnerhub/shared';

/**
 * One organization the viewer acts in, with the role held there. A state role is one grant for the
 * agency (`stateAgencyId`, no district) and one per district of its state (both ids set).
 */
export interface Grant {
  role: Role;
  districtId: number | null;
  partnerId: number | null;
  stateAgencyId: number | null;
}

/**
 * Who is asking: nobody, a signed-in user, or an organization's API token. Every request carries one;
 * what it may do is decided by the access module, which this layer does not know.
 */
export interface Viewer {
  kind: 'anonymous' | 'user' | 'token';
  userId: number | null;
  sessionId: number | null;
  tokenId: number | null;
  /** A name for logs and the audit trail. */
  label: string;
  grants: readonly Grant[];
  /** True for read-only API tokens: no write action is allowed whatever the grants say. */
  readOnly: boolean;
}

export const ANONYMOUS: Viewer = Object.freeze({
  kind: 'anonymous',
  userId: null,
  sessionId: null,
  tokenId: null,
  label: 'anonymous',
  grants: [],
  readOnly: true,
});
