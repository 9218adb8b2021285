import type { NodeLoaders } from '../../graphql/node.js';
import { Partnership } from './partnership.entity.js';
import { PUBLIC_PARTNERSHIP_STATUSES } from './partnership.policy.js';
import {
  DistrictPartnershipsResolver,
  PartnerPartnershipsResolver,
  PartnershipResolver,
} from './partnership.resolver.js';

export { Partnership } from './partnership.entity.js';

export const partnershipResolvers = [
  PartnershipResolver,
  DistrictPartnershipsResolver,
  PartnerPartnershipsResolver,
] as const;

export const partnershipNodeLoaders: NodeLoaders = {
  Partnership: (ctx, id) =>
    ctx.em.findOne(
      Partnership,
      { id, status: { $in: [...PUBLIC_PARTNERSHIP_STATUSES] } },
      { populate: ['district', 'partner'] },
    ),
};
