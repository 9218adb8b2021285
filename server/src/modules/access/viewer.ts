import { Role } from '@partnerhub/shared';
import type { Grant, Viewer } from '../../graphql/viewer.js';

export { ANONYMOUS, type Grant, type Viewer } from '../../graphql/viewer.js';

export function isSignedIn(viewer: Viewer): boolean {
  return viewer.kind !== 'anonymous';
}

export function districtRoles(viewer: Viewer, districtId: number): Role[] {
  return viewer.grants.filter((g) => g.districtId === districtId).map((g) => g.role);
}

/** Roles held in the state agency itself, or through it in one district of its state. */
export function stateRoles(viewer: Viewer, at: { stateAgencyId: number } | { districtId: number }): Role[] {
  const held = (g: Grant) =>
    'stateAgencyId' in at
      ? g.stateAgencyId === at.stateAgencyId && g.districtId === null
      : g.stateAgencyId !== null && g.districtId === at.districtId;
  return viewer.grants.filter(held).map((g) => g.role);
}

export function partnerRoles(viewer: Viewer, partnerId: number): Role[] {
  return viewer.grants.filter((g) => g.partnerId === partnerId).map((g) => g.role);
}

/** The role an API token acts with: never an admin role, so tokens cannot manage members or tokens. */
export function tokenGrant(districtId: number | null, partnerId: number | null): Grant {
  return {
    role: districtId ? Role.DISTRICT_STAFF : Role.PARTNER_MEMBER,
    districtId,
    partnerId,
    stateAgencyId: null,
  };
}
