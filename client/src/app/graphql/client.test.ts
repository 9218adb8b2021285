import { afterEach, describe, expect, it, vi } from 'vitest';
import { GraphQLRequestError, errorCode, request } from './client';
import { DistrictShellDocument } from './generated/graphql';

function respond(status: number, body: unknown) {
  const fetch = vi.fn(async () => new Response(JSON.stringify(body), { status }));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('request', () => {
  it('posts the operation as JSON and returns its data', async () => {
    const fetch = respond(200, { data: { district: null } });
    await expect(request(DistrictShellDocument, { slug: 'x' })).resolves.toEqual({ district: null });
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/graphql');
    expect(init.method).toBe('POST');
    expect((init.headers as Record<string, string>)['content-type']).toBe('application/json');
    expect(init.credentials).toBe('same-origin');
    const body = JSON.parse(init.body as string);
    expect(body.query).toContain('query DistrictShell');
    expect(body.variables).toEqual({ slug: 'x' });
  });

  it('throws the API’s errors, with their codes', async () => {
    respond(200, {
      data: null,
      errors: [{ message: 'Query cost 9000 is over the limit', extensions: { code: 'QUERY_TOO_COMPLEX' } }],
    });
    const error = await request(DistrictShellDocument, { slug: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect((error as GraphQLRequestError).errors[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(errorCode(error)).toBe('QUERY_TOO_COMPLEX');
    expect(errorCode(new Error('x'))).toBeNull();
  });

  it('throws on an HTTP error without a GraphQL body', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('Bad gateway', { status: 502 })),
    );
    await expect(request(DistrictShellDocument, { slug: 'x' })).rejects.toMatchObject({ status: 502 });
  });

  it('throws a readable error when the network fails', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('fetch failed'))),
    );
    await expect(request(DistrictShellDocument, { slug: 'x' })).rejects.toThrow(
      'The network request failed.',
    );
  });
});

describe('public reads', () => {
  it('go as a GET with the query hash and the key, and send the text once when the server lacks it', async () => {
    const fetch = vi
      .fn()
      .mockResolvedValueOnce(
        new Response(
          JSON.stringify({
            errors: [
              { message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } },
            ],
          }),
        ),
      )
      .mockResolvedValueOnce(new Response(JSON.stringify({ data: { district: null } })));
    vi.stubGlobal('fetch', fetch);
    await expect(
      request(DistrictShellDocument, { slug: 'x' }, { publicRead: { key: 'k1' } }),
    ).resolves.toEqual({ district: null });
    const [[first, init], [second]] = fetch.mock.calls as [[string, RequestInit], [string]];
    const params = new URL(first, 'http://localhost').searchParams;
    expect(init.method).toBe('GET');
    expect((init.headers as Record<string, string>)['apollo-require-preflight']).toBe('true');
    expect(params.get('operationName')).toBe('DistrictShell');
    expect(JSON.parse(params.get('variables')!)).toEqual({ slug: 'x' });
    expect(params.get('v')).toBe('k1');
    expect(params.get('query')).toBeNull();
    const hash = JSON.parse(params.get('extensions')!).persistedQuery.sha256Hash as string;
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    const retry = new URL(second, 'http://localhost').searchParams;
    expect(retry.get('query')).toContain('query DistrictShell');
    expect(JSON.parse(retry.get('extensions')!).persistedQuery.sha256Hash).toBe(hash);
  });

  it('leave the key out when there is none', async () => {
    const fetch = respond(200, { data: { district: null } });
    await request(DistrictShellDocument, { slug: 'x' }, { publicRead: { key: null } });
    const [url] = fetch.mock.calls[0] as unknown as [string];
    expect(new URL(url, 'http://localhost').searchParams.has('v')).toBe(false);
  });
});
