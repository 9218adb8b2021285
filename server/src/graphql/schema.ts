import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { opportunityNodeLoaders, opportunityResolvers } from '../modules/opportunities/index.js';
import { organizationNodeLoaders, organizationResolvers } from '../modules/organizations/index.js';
import { partnershipNodeLoaders, partnershipResolvers } from '../modules/partnerships/index.js';
import { registerEnums } from './enums.js';
import { createNodeResolver } from './node.resolver.js';

let cached: Promise<GraphQLSchema> | undefined;

/** Builds the GraphQL schema from every module's resolvers (once per process). */
export function buildAppSchema(): Promise<GraphQLSchema> {
  registerEnums();
  const NodeResolver = createNodeResolver({
    ...organizationNodeLoaders,
    ...partnershipNodeLoaders,
    ...opportunityNodeLoaders,
  });
  cached ??= buildSchema({
    resolvers: [NodeResolver, ...organizationResolvers, ...partnershipResolvers, ...opportunityResolvers],
    validate: false,
    emitSchemaFile: false,
  });
  return cached;
}
