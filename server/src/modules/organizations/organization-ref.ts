import { DISTRICT_ROLES, ErrorCode, PARTNER_ROLES, type Role, STATE_ROLES } from '@partnerhub/shared';
import type { Context } from '../../graphql/context.js';
import { PublicError } from '../../graphql/errors.js';
import { fromGlobalId } from '../../graphql/global-id.js';
import { authorize, districtSubject, partnerSubject, stateSubject } from '../access/index.js';
import { District } from './district.entity.js';
import { PartnerOrganization } from './partner-organization.entity.js';
import { StateAgency } from './state-agency.entity.js';

/** A district, a partner organization or a state agency, named by a global id in an input. */
export type OrganizationRef =
  | { kind: 'district'; district: District; partner: null; stateAgency: null; name: string }
  | { kind: 'partner'; district: null; partner: PartnerOrganization; stateAgency: null; name: string }
  | { kind: 'stateAgency'; district: null; partner: null; stateAgency: StateAgency; name: string };

/** The organization a membership or an invitation row belongs to. */
export function organizationOf(row: {
  district?: District | null;
  partner?: PartnerOrganization | null;
  stateAgency?: StateAgency | null;
}): OrganizationRef {
  if (row.district)
    return {
      kind: 'district',
      district: row.district,
      partner: null,
      stateAgency: null,
      name: row.district.name,
    };
  if (row.partner)
    return {
      kind: 'partner',
      district: null,
      partner: row.partner,
      stateAgency: null,
      name: row.partner.name,
    };
  return {
    kind: 'stateAgency',
    district: null,
    partner: null,
    stateAgency: row.stateAgency!,
    name: row.stateAgency!.name,
  };
}

/** The columns of membership, invitation and token rows that name the organization. */
export function organizationScope(org: OrganizationRef) {
  if (org.district) return { district: org.district.id };
  if (org.partner) return { partner: org.partner.id };
  return { stateAgency: org.stateAgency.id };
}

/**
 * Loads the organization an `organizationId` names.
 * @throws PublicError NOT_FOUND when it names no district, partner or state agency.
 */
export async function loadOrganization(ctx: Context, globalId: string, argument = 'input.organizationId') {
  const parsed = fromGlobalId(globalId);
  const entity =
    parsed?.type === 'District'
      ? await ctx.em.findOne(District, parsed.id)
      : parsed?.type === 'PartnerOrganization'
        ? await ctx.em.findOne(PartnerOrganization, parsed.id)
        : parsed?.type === 'StateAgency'
          ? await ctx.em.findOne(StateAgency, parsed.id)
          : null;
  if (entity instanceof District) return organizationOf({ district: entity });
  if (entity instanceof PartnerOrganization) return organizationOf({ partner: entity });
  if (entity instanceof StateAgency) return organizationOf({ stateAgency: entity });
  throw new PublicError(
    ErrorCode.NOT_FOUND,
    `No district, partner organization or state agency has the id "${globalId}".`,
    { argument },
  );
}

/** Asserts the viewer may manage the organization's members (and invitations). */
export async function authorizeMembers(ctx: Context, org: OrganizationRef): Promise<void> {
  if (org.kind === 'district') authorize(ctx.viewer, 'district:manageMembers', districtSubject(org.district));
  else if (org.kind === 'stateAgency')
    authorize(ctx.viewer, 'state:manageMembers', stateSubject(org.stateAgency));
  else authorize(ctx.viewer, 'partner:manageMembers', await partnerSubject(ctx.em, org.partner));
}

/**
 * Asserts the viewer may manage the organization's API tokens.
 * @throws PublicError FORBIDDEN for a state agency: it has no API tokens.
 */
export async function authorizeTokens(ctx: Context, org: OrganizationRef): Promise<void> {
  if (org.kind === 'district') authorize(ctx.viewer, 'district:manageTokens', districtSubject(org.district));
  else if (org.kind === 'partner')
    authorize(ctx.viewer, 'partner:manageTokens', await partnerSubject(ctx.em, org.partner));
  else throw new PublicError(ErrorCode.FORBIDDEN, 'A state agency has no API tokens.');
}

/** Whether the role belongs to this kind of organization. */
export function roleFits(org: OrganizationRef, role: Role): boolean {
  const roles = { district: DISTRICT_ROLES, partner: PARTNER_ROLES, stateAgency: STATE_ROLES }[org.kind];
  return roles.includes(role);
}

/** Audit scope of the organization; a state agency's entries belong to no district or partner. */
export function auditScope(org: OrganizationRef) {
  return { districtId: org.district?.id ?? null, partnerId: org.partner?.id ?? null };
}
