import { unwrapResolverError } from '@apollo/server/errors';
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

/**
 * Builds Apollo's `formatError`: errors from our own code and from GraphQL validation pass through;
 * anything else thrown in a resolver is logged with the request id and replaced by "Unexpected error.".
 */
export function errorMasker(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const fromResolver = error instanceof GraphQLError && error.originalError !== undefined;
    if (!fromResolver || original instanceof GraphQLError) return formatted;
    const requestId = (error as GraphQLError).extensions?.requestId;
    log.error({ err: original, path: formatted.path, requestId }, 'unexpected resolver error');
    return {
      message: 'Unexpected error.',
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
