import type { NodeLoaders } from '../../graphql/node.js';
import { District } from './district.entity.js';
import { DistrictMutations } from './district.mutations.js';
import { DistrictResolver } from './district.resolver.js';
import { PartnerOrganization } from './partner-organization.entity.js';
import { PartnerOrganizationResolver } from './partner-organization.resolver.js';

export { District } from './district.entity.js';
export { PartnerOrganization } from './partner-organization.entity.js';
export { PartnerContact } from './partner-contact.entity.js';
export { DISTRICT_COLUMNS } from './district.read.js';
export { PartnerOrganizationConnection } from './organization.types.js';
export { listPartners, pageOpts } from './organization.service.js';
export { PartnerListArgs } from './organization.args.js';

export const organizationResolvers = [
  DistrictResolver,
  DistrictMutations,
  PartnerOrganizationResolver,
] as const;

export const organizationNodeLoaders: NodeLoaders = {
  District: (ctx, id) => ctx.em.findOne(District, id),
  PartnerOrganization: (ctx, id) => ctx.em.findOne(PartnerOrganization, id),
};
