/** `extensions.code` values of top-level GraphQL errors and `code` values of userErrors. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  QUERY_TOO_DEEP: 'QUERY_TOO_DEEP',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  /** HTTP 400: the query is not valid GraphQL syntax. */
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_PARSE_FAILED',
  /** HTTP 400: the query does not fit the schema (unknown field, missing argument, wrong literal). */
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  /** HTTP 400: `operationName` names no operation of the document. */
  OPERATION_RESOLUTION_FAILURE: 'OPERATION_RESOLUTION_FAILURE',
  /** HTTP 400 (405 for a wrong method): the request is not a GraphQL request this server reads. */
  BAD_REQUEST: 'BAD_REQUEST',
  /** HTTP 413: the request body is over the size limit. */
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  /** userError: the field's value is missing or invalid. */
  INVALID: 'INVALID',
  /** userError: the value must be unique and is taken. */
  TAKEN: 'TAKEN',
  /** userError: someone saved a newer version since this copy was read; reload and retry. */
  STALE: 'STALE',
  /** userError: e-mail and password do not match an account. */
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  /** userError: too many failed attempts; retry after the given number of seconds. */
  TOO_MANY_ATTEMPTS: 'TOO_MANY_ATTEMPTS',
  /** userError: a link or token has expired or was already used. */
  EXPIRED: 'EXPIRED',
  /** userError: signing in is needed first (for example to accept an invitation as an existing user). */
  SIGN_IN_REQUIRED: 'SIGN_IN_REQUIRED',
  /** userError: signed in as another account than the one an invitation was sent to. */
  WRONG_ACCOUNT: 'WRONG_ACCOUNT',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];
