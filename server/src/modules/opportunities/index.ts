import type { NodeLoaders } from '../../graphql/node.js';
import { OpportunityListVersion } from './opportunity-list-version.entity.js';
import {
  DistrictOpportunitiesResolver,
  OpportunityListVersionResolver,
  OpportunityResolver,
  PartnerOpportunitiesResolver,
} from './opportunity.resolver.js';
import { singleOpportunity } from './opportunity.read.js';
import { DistrictOpportunityFacetsResolver } from './opportunity.facets.js';

export { Opportunity } from './opportunity.entity.js';
export { OpportunityListVersion } from './opportunity-list-version.entity.js';
export { isNewestVersionKey, newestVersionIds } from './newest-versions.js';

export const opportunityResolvers = [
  OpportunityResolver,
  DistrictOpportunitiesResolver,
  OpportunityListVersionResolver,
  PartnerOpportunitiesResolver,
  DistrictOpportunityFacetsResolver,
] as const;

export const opportunityNodeLoaders: NodeLoaders = {
  Opportunity: (ctx, id) => singleOpportunity(ctx, { ids: [id] }, null),
  OpportunityListVersion: (ctx, id) => ctx.em.findOne(OpportunityListVersion, id),
};
export { searchTextOf } from './search-text.js';
export { districtWithOpportunities } from './opportunity.read-ahead.js';
export {
  writePublishedVersion,
  type PublishedListing,
  type PublishedVersion,
  type VersionToPublish,
} from './published-version.writer.js';
