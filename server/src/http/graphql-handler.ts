import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { type ApolloServer, HeaderMap } from '@apollo/server';
import { ErrorCode } from '@partnerhub/shared';
import type { Logger } from 'pino';
import type { Orm } from '../db/orm.js';
import { type AppServices, type Context, createContext } from '../graphql/context.js';
import { sessionCookie } from '../modules/identity/cookies.js';
import { viewerOfRequest } from '../modules/identity/request-viewer.js';
import { readBody, BodyTooLargeError } from './body.js';
import { clientIp } from './client-address.js';

export const MAX_BODY_BYTES = 256 * 1024;

function sendError(res: ServerResponse, status: number, requestId: string, message: string, code: string) {
  res.writeHead(status, { 'content-type': 'application/json', 'x-request-id': requestId });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

/** Serves Apollo over plain node:http: identifies the viewer, one entity-manager fork per request. */
export function graphqlHandler(
  apollo: ApolloServer<Context>,
  orm: Orm,
  log: Logger,
  app: AppServices,
  { trustProxy }: { trustProxy: boolean },
) {
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
        const message = tooLarge
          ? `Request body is over ${MAX_BODY_BYTES} bytes.`
          : 'Request body is not valid JSON.';
        return sendError(res, tooLarge ? 413 : 400, requestId, message, 'BAD_REQUEST');
      }
    }
    const context = createContext(orm, log, app, {
      requestId,
      ip: clientIp(req, trustProxy),
      userAgent: req.headers['user-agent'] ?? null,
    });
    const who = await viewerOfRequest(req, () => context.em, app.sessionTtlDays);
    if (!who.ok) return sendError(res, 401, requestId, who.message, ErrorCode.UNAUTHENTICATED);
    context.viewer = who.viewer;
    if (who.clearSessionCookie)
      context.setCookies.push(sessionCookie(null, { secure: app.secureCookies, maxAgeSeconds: 0 }));

    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: async () => context,
    });
    const out: Record<string, string | string[]> = { 'x-request-id': requestId };
    for (const [key, value] of result.headers) out[key] = value;
    if (context.setCookies.length) out['set-cookie'] = context.setCookies;
    if (context.viewer.kind !== 'anonymous') out['cache-control'] = 'no-store';
    res.writeHead(result.status ?? 200, out);
    if (result.body.kind === 'complete') {
      res.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  };
}
