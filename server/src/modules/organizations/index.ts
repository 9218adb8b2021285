import type { NodeLoaders } from '../../graphql/node.js';
import { District } from './district.entity.js';
import { DistrictMutations } from './district.mutations.js';
import { DistrictResolver } from './district.resolver.js';
import { canOnPartner } from './partner-access.js';
import { PartnerContact } from './partner-contact.entity.js';
import { PartnerContactMutations } from './partner-contact.mutations.js';
import { PartnerOrganization } from './partner-organization.entity.js';
import { PartnerOrganizationMutations } from './partner-organization.mutations.js';
import { PartnerOrganizationPrivateResolver } from './partner-organization.private.js';
import { PartnerOrganizationResolver } from './partner-organization.resolver.js';
import { StateAgency } from './state-agency.entity.js';
import { StateAgencyMutations } from './state-agency.mutations.js';
import { StateAgencyResolver } from './state-agency.resolver.js';

export { District } from './district.entity.js';
export { StateAgency } from './state-agency.entity.js';
export { PartnerOrganization } from './partner-organization.entity.js';
export { PartnerContact } from './partner-contact.entity.js';
export { DISTRICT_COLUMNS, DISTRICT_RESOLVED_FIELDS } from './district.read.js';
export { PARTNER_RESOLVED_FIELDS } from './partner-organization.private.js';
export { PartnerOrganizationConnection } from './organization.types.js';
export { listPartners, pageOpts } from './organization.service.js';
export { PartnerListArgs } from './organization.args.js';
export { PartnerProfileFields } from './partner-organization.inputs.js';
export { checkPartnerProfile, uniquePartnerSlug } from './partner-profile.js';
export {
  loadOrganization,
  authorizeMembers,
  authorizeTokens,
  roleFits,
  auditScope,
  organizationOf,
  organizationScope,
  type OrganizationRef,
} from './organization-ref.js';
export { createDistrict, createStateAgency, findStateAgency } from './state-agency.service.js';
export {
  districtExists,
  districtIdsByState,
  provideDistrictReadAhead,
  type DistrictReadAhead,
} from './district.read.js';
export { AuditLogResolver } from './audit-log.resolver.js';

export const organizationResolvers = [
  DistrictResolver,
  DistrictMutations,
  PartnerOrganizationResolver,
  PartnerOrganizationPrivateResolver,
  PartnerOrganizationMutations,
  PartnerContactMutations,
  StateAgencyResolver,
  StateAgencyMutations,
] as const;

export const organizationNodeLoaders: NodeLoaders = {
  District: (ctx, id) => ctx.em.findOne(District, id),
  PartnerOrganization: (ctx, id) => ctx.em.findOne(PartnerOrganization, id),
  StateAgency: (ctx, id) => ctx.em.findOne(StateAgency, id),
  // The public may fetch a contact only when it agreed to be shown.
  PartnerContact: async (ctx, id) => {
    const contact = await ctx.em.findOne(PartnerContact, id);
    if (!contact) return null;
    return contact.publishable || (await canOnPartner(ctx, 'partner:readPrivate', contact.partner))
      ? contact
      : null;
  },
};
