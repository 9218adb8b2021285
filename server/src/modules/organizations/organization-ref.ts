import { DISTRICT_ROLES, ErrorCode, PARTNER_ROLES, type Role } from '@partnerhub/shared';
import type { Context } from '../../graphql/context.js';
import { PublicError } from '../../graphql/errors.js';
import { fromGlobalId } from '../../graphql/global-id.js';
import { authorize, districtSubject, partnerSubject } from '../access/index.js';
import { District } from './district.entity.js';
import { PartnerOrganization } from './partner-organization.entity.js';

/** A district or a partner organization, named by a global id in an input. */
export type OrganizationRef =
  | { kind: 'district'; district: District; partner: null; name: string }
  | { kind: 'partner'; district: null; partner: PartnerOrganization; name: string };

/**
 * Loads the organization an `organizationId` names.
 * @throws PublicError NOT_FOUND when it names no district or partner.
 */
export async function loadOrganization(ctx: Context, globalId: string, argument = 'input.organizationId') {
  const parsed = fromGlobalId(globalId);
  if (parsed?.type === 'District') {
    const district = await ctx.em.findOne(District, parsed.id);
    if (district)
      return { kind: 'district', district, partner: null, name: district.name } as OrganizationRef;
  }
  if (parsed?.type === 'PartnerOrganization') {
    const partner = await ctx.em.findOne(PartnerOrganization, parsed.id);
    if (partner) return { kind: 'partner', district: null, partner, name: partner.name } as OrganizationRef;
  }
  throw new PublicError(
    ErrorCode.NOT_FOUND,
    `No district or partner organization has the id "${globalId}".`,
    {
      argument,
    },
  );
}

/** Asserts the viewer may manage the organization's members (and invitations). */
export async function authorizeMembers(ctx: Context, org: OrganizationRef): Promise<void> {
  if (org.kind === 'district') authorize(ctx.viewer, 'district:manageMembers', districtSubject(org.district));
  else authorize(ctx.viewer, 'partner:manageMembers', await partnerSubject(ctx.em, org.partner));
}

/** Asserts the viewer may manage the organization's API tokens. */
export async function authorizeTokens(ctx: Context, org: OrganizationRef): Promise<void> {
  if (org.kind === 'district') authorize(ctx.viewer, 'district:manageTokens', districtSubject(org.district));
  else authorize(ctx.viewer, 'partner:manageTokens', await partnerSubject(ctx.em, org.partner));
}

/** Whether the role belongs to this kind of organization. */
export function roleFits(org: OrganizationRef, role: Role): boolean {
  return (org.kind === 'district' ? DISTRICT_ROLES : PARTNER_ROLES).includes(role);
}

/** Audit scope of the organization. */
export function auditScope(org: OrganizationRef) {
  return { districtId: org.district?.id ?? null, partnerId: org.partner?.id ?? null };
}
