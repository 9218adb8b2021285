import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { type ApolloServer, HeaderMap } from '@apollo/server';
import { ErrorCode } from '@partnerhub/shared';
import type { Logger } from 'pino';
import type { Orm } from '../db/orm.js';
import type { EntityManager } from '@mikro-orm/knex';
import { type AppServices, type Context, createContext } from '../graphql/context.js';
import type { Viewer } from '../graphql/viewer.js';
import {
  BodyTooLargeError,
  announcesTooLarge,
  answerAndClose,
  jsonNestsDeeperThan,
  readBody,
} from './body.js';
import { clientIp } from './client-address.js';
import { notModified, strongEtag } from './conditional.js';

/**
 * Who sent the request (the identity module decides). `setCookie` replaces a stale session cookie;
 * a refusal is answered with 401 and its message.
 */
export type IdentifyRequest = (
  req: IncomingMessage,
  em: () => EntityManager,
) => Promise<{ ok: true; viewer: Viewer; setCookie: string | null } | { ok: false; message: string }>;

export const MAX_BODY_BYTES = 256 * 1024;
/** Nesting of arrays and objects in a JSON body; real operations and their variables stay far below. */
export const MAX_JSON_DEPTH = 64;

function errorBody(message: string, code: string): string {
  return JSON.stringify({ errors: [{ message, extensions: { code } }] });
}

function sendError(res: ServerResponse, status: number, requestId: string, message: string, code: string) {
  res.writeHead(status, { 'content-type': 'application/json', 'x-request-id': requestId });
  res.end(errorBody(message, code));
}

/** 413 at once, then a clean close: the connection is in the middle of a body it will not read. */
function refuseTooLarge(req: IncomingMessage, res: ServerResponse, requestId: string): void {
  const message = `The request body is over the limit of ${MAX_BODY_BYTES} bytes.`;
  answerAndClose(
    req,
    res,
    413,
    { 'content-type': 'application/json', 'x-request-id': requestId },
    errorBody(message, ErrorCode.PAYLOAD_TOO_LARGE),
  );
}

type ParsedBody = { ok: true; body: unknown } | { ok: false; message: string };

function parseBody(raw: string, contentType: string | undefined): ParsedBody {
  // Apollo refuses other content types with a message that names the right one.
  if (!contentType?.includes('application/json') || !raw.length) return { ok: true, body: raw };
  if (jsonNestsDeeperThan(raw, MAX_JSON_DEPTH))
    return {
      ok: false,
      message: `The request body nests arrays and objects deeper than ${MAX_JSON_DEPTH} levels.`,
    };
  try {
    return { ok: true, body: JSON.parse(raw) as unknown };
  } catch {
    return { ok: false, message: 'The request body is not valid JSON.' };
  }
}

/** Whether a GET's JSON parameters nest too deep; Apollo parses them and reports invalid JSON itself. */
function searchNestsTooDeep(url: URL): boolean {
  for (const name of ['variables', 'extensions']) {
    const value = url.searchParams.get(name);
    if (value && jsonNestsDeeperThan(value, MAX_JSON_DEPTH)) return true;
  }
  return false;
}

/**
 * Whether the public cache key a GET carries (`?v=`) is current, so that shared caches may keep the
 * answer for a while: the key changes whenever the data it stands for does (a publish).
 */
export type PublicReadKey = (key: string, em: EntityManager) => Promise<boolean>;

/** How long a shared cache may keep an anonymous answer under a current key; edits other than a publish show after it. */
export const KEYED_MAX_AGE_SECONDS = 300;

/** Serves Apollo over plain node:http: identifies the viewer, one entity-manager fork per request. */
export function graphqlHandler(
  apollo: ApolloServer<Context>,
  orm: Orm,
  log: Logger,
  app: AppServices,
  {
    trustProxy,
    identify,
    publicReadKey,
  }: { trustProxy: boolean; identify: IdentifyRequest; publicReadKey?: PublicReadKey },
) {
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    const requestId = (req.headers['x-request-id'] as string | undefined)?.slice(0, 64) ?? randomUUID();
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown = undefined;
    if (req.method === 'POST') {
      if (announcesTooLarge(req, MAX_BODY_BYTES)) return refuseTooLarge(req, res, requestId);
      let raw: string;
      try {
        raw = await readBody(req, MAX_BODY_BYTES);
      } catch (error) {
        if (error instanceof BodyTooLargeError) return refuseTooLarge(req, res, requestId);
        // The client went away or was cut off for sending too slowly: nobody is left to answer.
        if (req.socket.destroyed) return;
        throw error;
      }
      const parsed = parseBody(raw, headers.get('content-type'));
      if (!parsed.ok) return sendError(res, 400, requestId, parsed.message, ErrorCode.BAD_REQUEST);
      body = parsed.body;
    } else if (searchNestsTooDeep(url)) {
      const message = `"variables" and "extensions" may nest arrays and objects at most ${MAX_JSON_DEPTH} levels deep.`;
      return sendError(res, 400, requestId, message, ErrorCode.BAD_REQUEST);
    }
    const context = createContext(orm, log, app, {
      requestId,
      ip: clientIp(req, trustProxy),
      userAgent: req.headers['user-agent'] ?? null,
    });
    const who = await identify(req, () => context.em);
    if (!who.ok) return sendError(res, 401, requestId, who.message, ErrorCode.UNAUTHENTICATED);
    context.viewer = who.viewer;
    if (who.setCookie) context.setCookies.push(who.setCookie);

    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: () => Promise.resolve(context),
    });
    const out: Record<string, string | string[]> = { 'x-request-id': requestId };
    for (const [key, value] of result.headers) out[key] = value;
    if (context.setCookies.length) out['set-cookie'] = context.setCookies;
    if (context.viewer.kind !== 'anonymous') out['cache-control'] = 'no-store';
    if (result.body.kind === 'complete') {
      const body = result.body.string;
      if (req.method === 'GET' && !out['cache-control'] && isSharable(result.status, body, context)) {
        const key = url.searchParams.get('v');
        const current = key !== null && publicReadKey ? await publicReadKey(key, context.em) : false;
        // Without a current key a cache may store the answer but must ask again each time (a 304 is cheap to send).
        out['cache-control'] = current ? `public, max-age=${KEYED_MAX_AGE_SECONDS}` : 'public, no-cache';
        out.vary = [res.getHeader('vary'), 'Cookie, Authorization'].filter(Boolean).join(', ');
        out.etag = strongEtag(body);
        if (notModified(req, out.etag)) {
          delete out['content-type'];
          delete out['content-length'];
          res.writeHead(304, out);
          res.end();
          return;
        }
      }
      res.writeHead(result.status ?? 200, out);
      res.end(body);
      return;
    }
    res.writeHead(result.status ?? 200, out);
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  };
}

/** An anonymous, successful answer that sets no cookie: the same for everyone who asks without one. */
function isSharable(status: number | undefined, body: string, context: Context): boolean {
  // Data is escaped JSON, so a raw `"errors":` can only be the response's own errors key.
  return (status ?? 200) === 200 && !context.setCookies.length && !body.includes('"errors":');
}
