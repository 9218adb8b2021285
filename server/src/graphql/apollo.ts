import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { GraphqlLimits } from '../config.js';
import type { Context } from './context.js';
import { compiledExecution } from './compiled-execution.js';
import { clientMistakeStatus, errorMasker } from './errors.js';
import { queryLimits } from './limits.js';
import { redisPersistedQueries } from './persisted-queries.js';

/**
 * The Apollo server with limits, error masking and no stack traces for clients. Automatic persisted
 * queries are on (public reads go as GET with the query's hash); with `shared` their cache is in Redis.
 */
export async function createApollo(
  schema: GraphQLSchema,
  limits: GraphqlLimits,
  log: Logger,
  shared: { redis: Redis; prefix: string } | null = null,
) {
  const { parseOptions, validationRules, plugins } = queryLimits(schema, limits);
  const apollo = new ApolloServer<Context>({
    gateway: compiledExecution(schema),
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
    // The app stops Apollo in its own orderly shutdown. Apollo's handler would stop it, then raise
    // the signal again and kill the process before the instance row and the database are closed.
    stopOnTerminationSignals: false,
    ...(shared && {
      persistedQueries: { cache: redisPersistedQueries(shared.redis, shared.prefix), ttl: null },
    }),
  });
  await apollo.start();
  return apollo;
}
