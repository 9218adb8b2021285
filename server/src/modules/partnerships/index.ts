import type { NodeLoaders } from '../../graphql/node.js';
import { can, partnershipSubject } from '../access/index.js';
import { NewPartnerMutations } from './new-partner.mutations.js';
import { Partnership } from './partnership.entity.js';
import { PartnershipMutations } from './partnership.mutations.js';
import { isVisibleTo } from './partnership.policy.js';
import { PartnershipPrivateResolver } from './partnership.private.js';
import {
  DistrictPartnershipsResolver,
  PartnerPartnershipsResolver,
  PartnershipResolver,
} from './partnership.resolver.js';
import { VettingRecord } from './vetting-record.entity.js';
import { VettingMutations } from './vetting.mutations.js';
import { PartnershipVettingResolver, VettingRecordResolver } from './vetting.resolver.js';

export { Partnership } from './partnership.entity.js';
export { VettingRecord } from './vetting-record.entity.js';

export const partnershipResolvers = [
  PartnershipResolver,
  PartnershipPrivateResolver,
  DistrictPartnershipsResolver,
  PartnerPartnershipsResolver,
  PartnershipMutations,
  NewPartnerMutations,
  PartnershipVettingResolver,
  VettingRecordResolver,
  VettingMutations,
] as const;

export const partnershipNodeLoaders: NodeLoaders = {
  // Prospects only for viewers allowed to read them; for everyone else they do not exist.
  Partnership: async (ctx, id) => {
    const partnership = await ctx.em.findOne(Partnership, id, { populate: ['district', 'partner'] });
    return partnership && isVisibleTo(ctx.viewer, partnership) ? partnership : null;
  },
  VettingRecord: async (ctx, id) => {
    const record = await ctx.em.findOne(VettingRecord, id, { populate: ['partnership'] });
    return record && can(ctx.viewer, 'partnership:read', partnershipSubject(record.partnership))
      ? record
      : null;
  },
};
export { partnerStandings, type PartnerStanding } from './partner-standing.js';
export { VettingStatus } from './vetting-status.js';
export {
  activeDistrictIdsOfPartner,
  districtDocumentSubject,
  requestDistrictDocumentSubject,
} from './partnership.subjects.js';
export { vettingStatusOf } from './vetting-status.js';
export { notifyExpiringVetting } from './partnership.notices.js';
