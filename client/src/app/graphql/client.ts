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
 * How a public read goes: as a GET with the query's hash (automatic persisted queries), so browsers,
 * the reverse proxy or a CDN may keep the answer. `key` is the district's newest published version:
 * answers under a current key may be kept a few minutes, a publish changes it; without one they are
 * checked again each time by their ETag.
 */
export interface PublicRead {
  key: string | null;
}

interface RequestOptions {
  signal?: AbortSignal;
  fetch?: typeof fetch;
  /** Send the query as a cacheable GET (queries the public may read, no viewer-specific fields). */
  publicRead?: PublicRead;
}

const hashes = new Map<string, Promise<string | null>>();

/** The query's SHA-256 in hex, as Apollo's persisted queries name it; null where Web Crypto is missing (plain http). */
function queryHash(query: string): Promise<string | null> {
  let hash = hashes.get(query);
  if (!hash) {
    const subtle = globalThis.crypto?.subtle;
    hash = subtle
      ? subtle
          .digest('SHA-256', new TextEncoder().encode(query))
          .then((digest) =>
            Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join(''),
          )
      : Promise.resolve(null);
    hashes.set(query, hash);
  }
  return hash;
}

async function publicReadUrl(query: string, variables: unknown, read: PublicRead, withText: boolean) {
  const params = new URLSearchParams();
  const operationName = /^\s*query\s+(\w+)/.exec(query)?.[1];
  if (operationName) params.set('operationName', operationName);
  params.set('variables', JSON.stringify(variables));
  const sha256Hash = await queryHash(query);
  if (sha256Hash) params.set('extensions', JSON.stringify({ persistedQuery: { version: 1, sha256Hash } }));
  if (withText || !sha256Hash) params.set('query', query);
  if (read.key) params.set('v', read.key);
  return `${GRAPHQL_ENDPOINT}?${params.toString()}`;
}

async function send(
  doFetch: typeof fetch,
  query: string,
  variables: unknown,
  options: RequestOptions,
  withText = false,
): Promise<Response> {
  const init = { credentials: 'same-origin', signal: options.signal ?? null } as const;
  if (!options.publicRead) {
    return doFetch(GRAPHQL_ENDPOINT, {
      ...init,
      method: 'POST',
      // JSON content type also satisfies the server's CSRF prevention; the session cookie goes along
      // because the API is served from the same origin as the client.
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
  }
  return doFetch(await publicReadUrl(query, variables, options.publicRead, withText), {
    ...init,
    method: 'GET',
    // A GET without a content type needs this header to pass the server's CSRF prevention.
    headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
  });
}

async function readBody<TResult>(response: Response): Promise<GraphQLResponse<TResult> | null> {
  try {
    return (await response.json()) as GraphQLResponse<TResult>;
  } catch {
    return null;
  }
}

/**
 * Sends one typed operation to the API and returns its `data`.
 * @throws GraphQLRequestError when the request fails or the response carries errors.
 */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: RequestOptions = {},
): Promise<TResult> {
  const doFetch = options.fetch ?? fetch;
  const query = document.toString();
  let response: Response;
  let body: GraphQLResponse<TResult> | null;
  try {
    response = await send(doFetch, query, variables, options);
    body = await readBody<TResult>(response);
    // The server (a new instance, or after its cache expired) does not know the hash yet: send the text once.
    if (body?.errors?.some((e) => e.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND')) {
      response = await send(doFetch, query, variables, options, true);
      body = await readBody<TResult>(response);
    }
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new GraphQLRequestError('The network request failed.', null);
  }
  if (body?.errors?.length) {
    throw new GraphQLRequestError(body.errors.map((e) => e.message).join('\n'), response.status, body.errors);
  }
  if (!response.ok || !body?.data) {
    throw new GraphQLRequestError(`The API answered with status ${response.status}.`, response.status);
  }
  return body.data;
}
