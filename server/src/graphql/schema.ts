import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import {
  AuditLogResolver,
  organizationNodeLoaders,
  organizationResolvers,
} from '../modules/organizations/index.js';
import { identityNodeLoaders, identityResolvers } from '../modules/identity/index.js';
import { opportunityNodeLoaders, opportunityResolvers } from '../modules/opportunities/index.js';
import { opportunityListResolvers } from '../modules/opportunity-list/index.js';
import { partnershipNodeLoaders, partnershipResolvers } from '../modules/partnerships/index.js';
import { fundingNodeLoaders, fundingResolvers, registerFundingEnums } from '../modules/funding/index.js';
import { planningNodeLoaders, planningResolvers, registerPlanningEnums } from '../modules/planning/index.js';
import { registerVisionEnums, visionNodeLoaders, visionResolvers } from '../modules/vision/index.js';
import { registerEnums } from './enums.js';
import { createNodeResolver } from './node.resolver.js';
import { guardTextArguments } from './text-boundary.js';

let cached: Promise<GraphQLSchema> | undefined;

/** Builds the GraphQL schema from every module's resolvers (once per process). */
export function buildAppSchema(): Promise<GraphQLSchema> {
  registerEnums();
  registerVisionEnums();
  registerPlanningEnums();
  registerFundingEnums();
  const NodeResolver = createNodeResolver({
    ...organizationNodeLoaders,
    ...partnershipNodeLoaders,
    ...opportunityNodeLoaders,
    ...planningNodeLoaders,
    ...fundingNodeLoaders,
    ...identityNodeLoaders,
    ...visionNodeLoaders,
  });
  cached ??= buildSchema({
    resolvers: [
      NodeResolver,
      ...organizationResolvers,
      ...partnershipResolvers,
      ...opportunityResolvers,
      ...opportunityListResolvers,
      ...planningResolvers,
      ...fundingResolvers,
      ...identityResolvers,
      ...visionResolvers,
      AuditLogResolver,
    ],
    validate: false,
    emitSchemaFile: false,
  }).then(guardTextArguments);
  return cached;
}
