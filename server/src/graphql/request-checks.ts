import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '@partnerhub/shared';
import {
  type DocumentNode,
  GraphQLError,
  type GraphQLSchema,
  type OperationDefinitionNode,
  getVariableValues,
} from 'graphql';
import { type ComplexityEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { BadUserInputError, PublicError } from './errors.js';
import { MAX_NODES } from './node.js';
import { DEFAULT_PAGE_SIZE, pageFrom } from './relay.js';

/**
 * A list field costs its page size (`first`, or the length of `ids`) times what each item costs.
 * Page arguments are checked here too, so a wrong `first`, `after` or `ids` anywhere in the operation
 * is refused before anything runs.
 */
const listEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (field.args.some((a) => a.name === 'first')) {
    pageFrom({
      first: args.first as number | null | undefined,
      after: args.after as string | null | undefined,
    });
    const first = typeof args.first === 'number' ? args.first : DEFAULT_PAGE_SIZE;
    return 1 + Math.max(first, 1) * childComplexity;
  }
  if (Array.isArray(args.ids)) {
    if (args.ids.length > MAX_NODES)
      throw new BadUserInputError(`"ids" takes at most ${MAX_NODES} ids, got ${args.ids.length}.`, 'ids');
    return 1 + args.ids.length * childComplexity;
  }
  return undefined;
};

const estimators = [listEstimator, simpleEstimator({ defaultComplexity: 1 })];

/** The cost of an operation: what the limit compares with `maxCost`; exported for tests. */
export function queryCost(
  schema: GraphQLSchema,
  query: DocumentNode,
  variables: Record<string, unknown> = {},
  operationName?: string,
): number {
  try {
    return getComplexity({ schema, query, variables, operationName, estimators });
  } catch (error) {
    if (error instanceof PublicError || !(error instanceof GraphQLError)) throw error;
    // The only other refusal of the cost walk: fragments that expand to too many fields.
    throw new PublicError(ErrorCode.QUERY_TOO_COMPLEX, `${error.message} Use fewer fields or fragments.`);
  }
}

/**
 * The operation's variables coerced to their declared types.
 * @throws BadUserInputError naming the variable, its value and the expected type.
 */
function checkVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): void {
  const { errors } = getVariableValues(schema, operation.variableDefinitions ?? [], variables, {
    maxErrors: 10,
  });
  if (!errors?.length) return;
  throw new BadUserInputError(errors.map((e) => e.message).join(' '));
}

/** Only declared variables count; the others are ignored by execution and would only grow the key. */
function declaredVariables(operation: OperationDefinitionNode, variables: Record<string, unknown>) {
  const declared: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (name in variables) declared[name] = variables[name];
  }
  return declared;
}

const COST_CACHE_ENTRIES = 500;

/**
 * Before execution: refuses variables that do not fit their types, page arguments out of range and
 * operations whose cost is over `maxCost` (saying by how much). Apollo hands the same parsed document
 * to every request with the same text, so costs are remembered per document and variables.
 */
export function requestChecksPlugin(schema: GraphQLSchema, maxCost: number): ApolloServerPlugin {
  const costs = new WeakMap<object, Map<string, number>>();
  function costOf(document: DocumentNode, variables: Record<string, unknown>, operationName?: string) {
    let byVariables = costs.get(document);
    if (!byVariables) costs.set(document, (byVariables = new Map()));
    // The variables passed coercion, so their nesting is bounded by the declared input types.
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
    requestDidStart() {
      return Promise.resolve({
        // A throw here is caught by Apollo like a rejection: it answers with the error.
        didResolveOperation({ request, document, operation }) {
          if (!operation) return Promise.resolve();
          const raw = request.variables ?? {};
          checkVariables(schema, operation, raw);
          const variables = declaredVariables(operation, raw);
          const cost = costOf(document, variables, request.operationName ?? undefined);
          if (cost > maxCost) {
            throw new PublicError(
              ErrorCode.QUERY_TOO_COMPLEX,
              `Query cost ${cost} is over the limit of ${maxCost} by ${cost - maxCost}. ` +
                'Ask for fewer items per list (first) or fewer nested lists.',
              { cost, maxCost },
            );
          }
          return Promise.resolve();
        },
      });
    },
  };
}
