import { StateAgencyQuery } from './state-agency.query.js';
import { StateOverviewResolver } from './state-overview.resolver.js';

export { createStateOverviewRoutes } from './state-overview.routes.js';
export { provideFlexibilitySummaries, provideOpenCommentCounts, type FlexibilitySummary } from './hooks.js';

export const stateOverviewResolvers = [StateOverviewResolver, StateAgencyQuery] as const;
