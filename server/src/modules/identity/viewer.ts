import { Role } from '@partnerhub/shared';

/** One organization the viewer acts in, with the role held there. */
export interface Grant {
  role: Role;
  districtId: number | null;
  partnerId: number | null;
}

/** Who is asking: nobody, a signed-in user, or an organization's API token. */
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

export function isSignedIn(viewer: Viewer): boolean {
  return viewer.kind !== 'anonymous';
}

export function districtRoles(viewer: Viewer, districtId: number): Role[] {
  return viewer.grants.filter((g) => g.districtId === districtId).map((g) => g.role);
}

export function partnerRoles(viewer: Viewer, partnerId: number): Role[] {
  return viewer.grants.filter((g) => g.partnerId === partnerId).map((g) => g.role);
}

/** The role an API token acts with: never an admin role, so tokens cannot manage members or tokens. */
export function tokenGrant(districtId: number | null, partnerId: number | null): Grant {
  return { role: districtId ? Role.DISTRICT_STAFF : Role.PARTNER_MEMBER, districtId, partnerId };
}
