import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '@partnerhub/shared';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';

/** An error whose message is meant for the client; carries a documented `extensions.code`. */
export class PublicError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export class BadUserInputError extends PublicError {
  constructor(message: string, argument?: string) {
    super(ErrorCode.BAD_USER_INPUT, message, argument ? { argument } : {});
  }
}

const TOO_MANY_TOKENS = /^Syntax Error: Document contains more th(?:an|at) (\d+) tokens\. Parsing aborted\.$/;

/**
 * Gives limit refusals their own code: a validation rule's PublicError (Apollo files it under
 * GRAPHQL_VALIDATION_FAILED) and the parser's token limit (filed under GRAPHQL_PARSE_FAILED).
 */
function limitRefusal(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError | null {
  const cause = error instanceof GraphQLError && !error.path ? error.originalError : undefined;
  if (cause instanceof PublicError && cause !== error)
    return {
      ...formatted,
      message: cause.message,
      extensions: { ...formatted.extensions, ...cause.extensions },
    };
  const tokens = TOO_MANY_TOKENS.exec(formatted.message);
  if (!tokens) return null;
  return {
    message: `The query has more than ${tokens[1]} tokens, the limit. Ask for fewer fields or split the query.`,
    extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, maxTokens: Number(tokens[1]) },
  };
}

/**
 * Builds Apollo's `formatError`: errors from our own code and from GraphQL validation pass through;
 * anything else thrown in a resolver or a plugin is logged with the request id and replaced by
 * "Unexpected error.".
 */
export function errorMasker(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const limit = limitRefusal(formatted, error);
    if (limit) return limit;
    // A resolver's or a plugin's exception arrives wrapped in a GraphQLError whose originalError it is.
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    if (original instanceof GraphQLError) return formatted;
    const requestId = (error as GraphQLError).extensions?.requestId;
    log.error({ err: original, path: formatted.path, requestId }, 'unexpected error');
    return {
      message: 'Unexpected error.',
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}

/** Codes of mistakes the client can fix, with the HTTP status they answer. */
const CLIENT_MISTAKES = new Map<unknown, number>([
  [ErrorCode.BAD_USER_INPUT, 400],
  [ErrorCode.QUERY_TOO_COMPLEX, 400],
  [ErrorCode.QUERY_TOO_DEEP, 400],
  [ErrorCode.GRAPHQL_PARSE_FAILED, 400],
  [ErrorCode.GRAPHQL_VALIDATION_FAILED, 400],
  [ErrorCode.OPERATION_RESOLUTION_FAILURE, 400],
  [ErrorCode.BAD_REQUEST, 400],
  [ErrorCode.NOT_FOUND, 404],
]);

/**
 * Answers 400 (404 when the only mistake is an id that names nothing) when an error is a client
 * mistake and none is a fault of ours. Apollo would answer 500 to an error thrown before execution
 * that carries no status, and 200 to errors thrown while executing.
 */
export const clientMistakeStatus: ApolloServerPlugin = {
  requestDidStart() {
    return Promise.resolve({
      willSendResponse({ response }) {
        if (response.body.kind !== 'single') return Promise.resolve();
        const codes = response.body.singleResult.errors?.map((e) => e.extensions?.code) ?? [];
        const status = response.http.status;
        if (status !== undefined && status !== 200 && status !== 500) return Promise.resolve();
        if (codes.includes(ErrorCode.INTERNAL_SERVER_ERROR)) return Promise.resolve();
        const statuses = codes.map((c) => CLIENT_MISTAKES.get(c)).filter((s) => s !== undefined);
        if (statuses.length) response.http.status = Math.min(...statuses);
        return Promise.resolve();
      },
    });
  },
};
