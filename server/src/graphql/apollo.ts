import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { GraphqlLimits } from '../config.js';
import type { Context } from './context.js';
import { clientMistakeStatus, errorMasker } from './errors.js';
import { queryLimits } from './limits.js';

/** The Apollo server with limits, error masking and no stack traces for clients. */
export async function createApollo(schema: GraphQLSchema, limits: GraphqlLimits, log: Logger) {
  const { parseOptions, validationRules, plugins } = queryLimits(schema, limits);
  const apollo = new ApolloServer<Context>({
    schema,
    parseOptions,
    validationRules,
    // graphql-armor types its plugins against Apollo's CommonJS typings; they are the same objects.
    plugins: [
      ...(plugins as ApolloServerPlugin<Context>[]),
      clientMistakeStatus,
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints are set; the default plugin would still wrap every field resolver.
      ApolloServerPluginCacheControlDisabled(),
    ],
    formatError: errorMasker(log),
    includeStacktraceInErrorResponses: false,
    introspection: true,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
  });
  await apollo.start();
  return apollo;
}
