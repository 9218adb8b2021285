import type { TypedDocumentString } from './generated/graphql';

export interface GraphQLErrorEntry {
  message: string;
  extensions?: { code?: string } & Record<string, unknown>;
}

/** A failed GraphQL request: network failure, a non-2xx status, or errors in the response. */
export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
    readonly errors: GraphQLErrorEntry[] = [],
  ) {
    super(message);
    this.name = 'GraphQLRequestError';
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: GraphQLErrorEntry[];
}

export const GRAPHQL_ENDPOINT = '/graphql';

/** The `extensions.code` of the first error of a failed request (FORBIDDEN, UNAUTHENTICATED, …), or null. */
export function errorCode(error: unknown): string | null {
  if (!(error instanceof GraphQLRequestError)) return null;
  return error.errors.find((e) => e.extensions?.code)?.extensions?.code ?? null;
}

/**
 * Posts one typed operation to the API and returns its `data`.
 * @throws GraphQLRequestError when the request fails or the response carries errors.
 */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: { signal?: AbortSignal; fetch?: typeof fetch } = {},
): Promise<TResult> {
  const doFetch = options.fetch ?? fetch;
  let response: Response;
  try {
    response = await doFetch(GRAPHQL_ENDPOINT, {
      method: 'POST',
      // JSON content type also satisfies the server's CSRF prevention; the session cookie goes along
      // because the API is served from the same origin as the client.
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify({ query: document.toString(), variables }),
      signal: options.signal ?? null,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new GraphQLRequestError('The network request failed.', null);
  }
  let body: GraphQLResponse<TResult> | null = null;
  try {
    body = (await response.json()) as GraphQLResponse<TResult>;
  } catch {
    body = null;
  }
  if (body?.errors?.length) {
    throw new GraphQLRequestError(body.errors.map((e) => e.message).join('\n'), response.status, body.errors);
  }
  if (!response.ok || !body?.data) {
    throw new GraphQLRequestError(`The API answered with status ${response.status}.`, response.status);
  }
  return body.data;
}
