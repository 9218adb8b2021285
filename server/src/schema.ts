import type { GraphQLSchema } from 'graphql';
import { buildSchemaOf } from './graphql/schema.js';
import {
  flexibilityNodeLoaders,
  flexibilityResolvers,
  registerFlexibilityEnums,
} from './modules/flexibility/index.js';
import { fundingNodeLoaders, fundingResolvers, registerFundingEnums } from './modules/funding/index.js';
import { identityNodeLoaders, identityResolvers } from './modules/identity/index.js';
import { opportunityNodeLoaders, opportunityResolvers } from './modules/opportunities/index.js';
import { opportunityListResolvers } from './modules/opportunity-list/index.js';
import {
  AuditLogResolver,
  organizationNodeLoaders,
  organizationResolvers,
} from './modules/organizations/index.js';
import { partnershipNodeLoaders, partnershipResolvers } from './modules/partnerships/index.js';
import { providerNodeLoaders, providerResolvers, registerProviderEnums } from './modules/providers/index.js';
import { planningNodeLoaders, planningResolvers, registerPlanningEnums } from './modules/planning/index.js';
import { stateOverviewNodeLoaders, stateOverviewResolvers } from './modules/state-overview/index.js';
import { registerVisionEnums, visionNodeLoaders, visionResolvers } from './modules/vision/index.js';
import { commentNodeLoaders, commentResolvers, registerCommentEnums } from './modules/comments/index.js';
import {
  conditionNodeLoaders,
  conditionResolvers,
  registerConditionEnums,
} from './modules/conditions/index.js';
import {
  evaluationNodeLoaders,
  evaluationResolvers,
  registerEvaluationEnums,
} from './modules/evaluation/index.js';

import {
  notificationNodeLoaders,
  notificationResolvers,
  registerNotificationEnums,
} from './modules/notifications/index.js';

let cached: Promise<GraphQLSchema> | undefined;

/** Builds the GraphQL schema from every module's resolvers (once per process). */
export function buildAppSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchemaOf({
    registerEnums: [
      registerVisionEnums,
      registerPlanningEnums,
      registerFundingEnums,
      registerFlexibilityEnums,
      registerCommentEnums,
      registerConditionEnums,
      registerEvaluationEnums,
      registerProviderEnums,
      registerNotificationEnums,
    ],
    nodeLoaders: {
      ...organizationNodeLoaders,
      ...partnershipNodeLoaders,
      ...opportunityNodeLoaders,
      ...planningNodeLoaders,
      ...fundingNodeLoaders,
      ...identityNodeLoaders,
      ...visionNodeLoaders,
      ...flexibilityNodeLoaders,
      ...stateOverviewNodeLoaders,
      ...commentNodeLoaders,
      ...conditionNodeLoaders,
      ...evaluationNodeLoaders,
      ...providerNodeLoaders,
      ...notificationNodeLoaders,
    },
    resolvers: [
      ...organizationResolvers,
      ...partnershipResolvers,
      ...opportunityResolvers,
      ...opportunityListResolvers,
      ...planningResolvers,
      ...fundingResolvers,
      ...identityResolvers,
      ...visionResolvers,
      ...commentResolvers,
      AuditLogResolver,
      ...stateOverviewResolvers,
      ...flexibilityResolvers,
      ...conditionResolvers,
      ...evaluationResolvers,
      ...providerResolvers,
      ...notificationResolvers,
    ],
  });
  return cached;
}
