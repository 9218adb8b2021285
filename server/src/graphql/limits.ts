import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ErrorCode } from '@partnerhub/shared';
import type { GraphQLSchema } from 'graphql';
import { type ComplexityEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import type { GraphqlLimits } from '../config.js';
import { PublicError } from './errors.js';
import { DEFAULT_PAGE_SIZE } from './relay.js';

/** A list field costs its page size (`first`, or the length of `ids`) times what each item costs. */
const listEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (field.args.some((a) => a.name === 'first')) {
    const first = typeof args.first === 'number' ? args.first : DEFAULT_PAGE_SIZE;
    return 1 + Math.max(first, 1) * childComplexity;
  }
  if (Array.isArray(args.ids)) return 1 + args.ids.length * childComplexity;
  return undefined;
};

const estimators = [listEstimator, simpleEstimator({ defaultComplexity: 1 })];

/** Computes the cost of an operation the way the limit does; exported for tests and docs. */
export function queryCost(
  schema: GraphQLSchema,
  query: Parameters<typeof getComplexity>[0]['query'],
  variables: Record<string, unknown> = {},
  operationName?: string,
): number {
  return getComplexity({ schema, query, variables, operationName, estimators });
}

const COST_CACHE_ENTRIES = 500;

/**
 * Rejects operations whose cost is over `maxCost`, saying by how much. Apollo hands the same parsed
 * document to every request with the same text, so costs are remembered per document and variables.
 */
function costLimitPlugin(schema: GraphQLSchema, maxCost: number): ApolloServerPlugin {
  const costs = new WeakMap<object, Map<string, number>>();
  function costOf(
    document: Parameters<typeof queryCost>[1],
    variables: Record<string, unknown>,
    operationName?: string,
  ) {
    let byVariables = costs.get(document);
    if (!byVariables) costs.set(document, (byVariables = new Map()));
    const key = `${operationName ?? ''}\n${JSON.stringify(variables)}`;
    let cost = byVariables.get(key);
    if (cost === undefined) {
      cost = queryCost(schema, document, variables, operationName);
      if (byVariables.size >= COST_CACHE_ENTRIES) byVariables.clear();
      byVariables.set(key, cost);
    }
    return cost;
  }
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const cost = costOf(document, request.variables ?? {}, request.operationName ?? undefined);
          if (cost > maxCost) {
            throw new PublicError(
              ErrorCode.QUERY_TOO_COMPLEX,
              `Query cost ${cost} is over the limit of ${maxCost} by ${cost - maxCost}. ` +
                'Ask for fewer items per list (first) or fewer nested lists.',
              { cost, maxCost },
            );
          }
        },
      };
    },
  };
}

/** Validation rules and plugins that bound depth, aliases, tokens, directives and cost. */
export function queryLimits(schema: GraphQLSchema, limits: GraphqlLimits) {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, exposeLimits: true },
    maxAliases: { n: limits.maxAliases, exposeLimits: true },
    maxDirectives: { n: 20, exposeLimits: true },
    maxTokens: { n: 2_000, exposeLimits: true },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return {
    validationRules: armor.validationRules,
    plugins: [...(armor.plugins as unknown as ApolloServerPlugin[]), costLimitPlugin(schema, limits.maxCost)],
  };
}
