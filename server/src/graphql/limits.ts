import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ErrorCode } from '@partnerhub/shared';
import type { GraphQLSchema, ParseOptions, ValidationContext } from 'graphql';
import type { GraphqlLimits } from '../config.js';
import { PublicError } from './errors.js';
import { requestChecksPlugin } from './request-checks.js';

/** Tokens per document; the parser stops counting there, so a huge document costs no more than this. */
export const MAX_TOKENS = 2_000;
const MAX_DIRECTIVES = 20;

/**
 * graphql-armor words its refusals as syntax errors ("Syntax Error: Query depth limit of 10 exceeded,
 * found 13."); the document is well-formed, so the client gets the limit's own code and a hint instead.
 */
function reportLimit(code: ErrorCode, hint: string) {
  return (context: ValidationContext | null, error: Error) => {
    const message = error.message.replace(/^Syntax Error: /, '');
    context?.reportError(new PublicError(code, `${message} ${hint}`));
  };
}

function armorRule(code: ErrorCode, n: number, hint: string) {
  return { n, exposeLimits: true, propagateOnRejection: false, onReject: [reportLimit(code, hint)] };
}

/**
 * Validation rules, parse options and plugins that bound tokens, depth, aliases, directives and cost,
 * and refuse wrong variables and page arguments before execution.
 */
export function queryLimits(schema: GraphQLSchema, limits: GraphqlLimits) {
  const armor = new ApolloArmor({
    maxDepth: armorRule(ErrorCode.QUERY_TOO_DEEP, limits.maxDepth, 'Nest fewer fields.'),
    maxAliases: armorRule(ErrorCode.QUERY_TOO_COMPLEX, limits.maxAliases, 'Use fewer aliases.'),
    maxDirectives: armorRule(ErrorCode.QUERY_TOO_COMPLEX, MAX_DIRECTIVES, 'Use fewer directives.'),
    // The parser's own token limit (below) ends in a 400 parse error; armor's plugin would re-parse
    // every document and turn its refusal into a 500.
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  const parseOptions: ParseOptions = { maxTokens: MAX_TOKENS };
  return {
    parseOptions,
    validationRules: armor.validationRules,
    plugins: [
      ...(armor.plugins as unknown as ApolloServerPlugin[]),
      requestChecksPlugin(schema, limits.maxCost),
    ],
  };
}
