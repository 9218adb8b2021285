import { OpportunityListChangesResolver } from './opportunity-list.changes.js';
import { DistrictOpportunityDraftResolver, OpportunityDraftResolver } from './opportunity-list.draft-view.js';
import { OpportunityListMutations } from './opportunity-list.mutations.js';
import {
  OpportunityDraftHoldBacksResolver,
  PartnershipHoldBackResolver,
} from './opportunity-list.hold-backs.js';

export const opportunityListResolvers = [
  OpportunityListMutations,
  OpportunityListChangesResolver,
  DistrictOpportunityDraftResolver,
  OpportunityDraftResolver,
  OpportunityDraftHoldBacksResolver,
  PartnershipHoldBackResolver,
] as const;

export { initialDraftFromNewestVersion } from './opportunity-list.initial-draft.js';
export { opportunitiesDocumentGrant } from './opportunity-list.write-guard.js';
export { parseCsv } from './csv-import.parse.js';
