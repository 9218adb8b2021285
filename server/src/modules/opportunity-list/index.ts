export { initialDraftFromNewestVersion } from './opportunity-list.initial-draft.js';
import { OpportunityListChangesResolver } from './opportunity-list.changes.js';
import { OpportunityListMutations } from './opportunity-list.mutations.js';

export const opportunityListResolvers = [OpportunityListMutations, OpportunityListChangesResolver] as const;
