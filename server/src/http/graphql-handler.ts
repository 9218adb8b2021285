import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { type ApolloServer, HeaderMap } from '@apollo/server';
import type { Logger } from 'pino';
import type { Orm } from '../db/orm.js';
import { type Context, createContext } from '../graphql/context.js';
import { readBody, BodyTooLargeError } from './body.js';

const MAX_BODY_BYTES = 256 * 1024;

/** Serves Apollo over plain node:http, with one entity-manager fork per request. */
export function graphqlHandler(apollo: ApolloServer<Context>, orm: Orm, log: Logger) {
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    const requestId = (req.headers['x-request-id'] as string | undefined)?.slice(0, 64) ?? randomUUID();
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown = undefined;
    if (req.method === 'POST') {
      try {
        const raw = await readBody(req, MAX_BODY_BYTES);
        body =
          headers.get('content-type')?.includes('application/json') && raw.length ? JSON.parse(raw) : raw;
      } catch (error) {
        const tooLarge = error instanceof BodyTooLargeError;
        res.writeHead(tooLarge ? 413 : 400, {
          'content-type': 'application/json',
          'x-request-id': requestId,
        });
        res.end(
          JSON.stringify({
            errors: [
              {
                message: tooLarge
                  ? `Request body is over ${MAX_BODY_BYTES} bytes.`
                  : 'Request body is not valid JSON.',
                extensions: { code: 'BAD_REQUEST' },
              },
            ],
          }),
        );
        return;
      }
    }
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: async () => createContext(orm, log, requestId),
    });
    const out: Record<string, string> = { 'x-request-id': requestId };
    for (const [key, value] of result.headers) out[key] = value;
    res.writeHead(result.status ?? 200, out);
    if (result.body.kind === 'complete') {
      res.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  };
}
