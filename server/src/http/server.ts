import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import { existsSync } from 'node:fs';
import type { Duplex } from 'node:stream';
import type { ApolloServer } from '@apollo/server';
import type { Logger } from 'pino';
import sirv from 'sirv';
import { DEFAULT_HTTP_TIMEOUTS, type HttpTimeouts } from '../config.js';
import type { Orm } from '../db/orm.js';
import type { AppServices, Context } from '../graphql/context.js';
import { devMailPage } from '../mail/dev-mail-page.js';
import { isHttps } from './client-address.js';
import { applyCors } from './cors.js';
import { announcesTooLarge } from './body.js';
import {
  type IdentifyRequest,
  MAX_BODY_BYTES,
  type PublicReadKey,
  graphqlHandler,
} from './graphql-handler.js';
import { createMetrics } from './metrics.js';

export interface HttpDeps {
  apollo: ApolloServer<Context>;
  orm: Orm;
  log: Logger;
  clientDist: string | null;
  production: boolean;
  app: AppServices;
  /** Who sent a GraphQL request. */
  identify: IdentifyRequest;
  /** Pages and feeds served outside GraphQL; true when one of them answered the request. */
  publicRoutes: (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean>;
  trustProxy: boolean;
  corsOrigins: readonly string[];
  /** Handles WebSocket upgrades (the collaboration server); without it, upgrades are refused. */
  upgrade?: (req: IncomingMessage, socket: Duplex, head: Buffer) => void;
  /** How long a client may take to send its headers, and its whole request; defaults when absent. */
  timeouts?: HttpTimeouts;
  /** Pings Redis for `/readyz` (rejects when it is unreachable); absent when Redis is not configured. */
  pingRedis?: () => Promise<void>;
  /** Whether a public GET's cache key is current (see graphql-handler); no key is current without it. */
  publicReadKey?: PublicReadKey;
}

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  // Vue templates compile at build time, so no eval; JSON-LD blocks are data, not scripts.
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; " +
    "connect-src 'self' ws: wss:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; " +
    "frame-ancestors 'none'",
};

/** One HTTP server for GraphQL, health, metrics and the built client (SPA fallback). */
export function createHttpServer({
  apollo,
  orm,
  log,
  clientDist,
  production,
  app,
  identify,
  publicRoutes,
  trustProxy,
  corsOrigins,
  upgrade,
  timeouts,
  pingRedis,
  publicReadKey,
}: HttpDeps): Server {
  const graphql = graphqlHandler(apollo, orm, log, app, { trustProxy, identify, publicReadKey });
  const metrics = createMetrics();
  const client =
    clientDist && existsSync(clientDist)
      ? sirv(clientDist, {
          single: true,
          dev: !production,
          etag: true,
          // The build writes .br and .gz copies (client/vite-precompress.ts); sirv sends the one accepted.
          gzip: true,
          brotli: true,
          setHeaders: (res, pathname) =>
            res.setHeader(
              'cache-control',
              // Files under /assets/ have a content hash in their name: a new build gives new names.
              pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
            ),
        })
      : null;

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
    if (isHttps(req, trustProxy))
      res.setHeader('strict-transport-security', 'max-age=31536000; includeSubDomains');
    if (url.pathname === '/graphql') {
      if (applyCors(req, res, corsOrigins) === 'preflight-done') return;
      metrics.requests.inc({ route: 'graphql' });
      return graphql(req, res, url);
    }
    if (url.pathname === '/dev/mail' && !production && app.mailer.devMailbox) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(devMailPage(app.mailer.devMailbox));
      return;
    }
    if (url.pathname === '/healthz') return json(res, 200, { status: 'ok' });
    if (url.pathname === '/readyz') return readiness(res);
    if (url.pathname === '/metrics') {
      res.writeHead(200, { 'content-type': metrics.registry.contentType });
      res.end(await metrics.registry.metrics());
      return;
    }
    if (await publicRoutes(req, res, url)) return;
    metrics.requests.inc({ route: 'static' });
    if (client) return client(req, res, () => notFound(res));
    notFound(res);
  }

  /** 200 when the database (and Redis, when configured) answers; `redis` says which applies. */
  async function readiness(res: ServerResponse): Promise<void> {
    let redis: 'ok' | 'unreachable' | 'not configured' = 'not configured';
    if (pingRedis) {
      try {
        await pingRedis();
        redis = 'ok';
      } catch (error) {
        log.warn({ err: error }, 'Redis not reachable');
        redis = 'unreachable';
      }
    }
    try {
      await orm.em.getConnection().execute('select 1');
    } catch (error) {
      log.warn({ err: error }, 'database not reachable');
      return json(res, 503, { status: 'database unreachable', redis });
    }
    if (redis === 'unreachable') return json(res, 503, { status: 'redis unreachable', redis });
    return json(res, 200, { status: 'ready', redis });
  }

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    route(req, res).catch((error: unknown) => {
      log.error({ err: error, url: req.url }, 'request failed');
      if (!res.headersSent) json(res, 500, { error: 'Unexpected error.' });
      else res.end();
    });
  };
  const { headersMs, requestMs } = timeouts ?? DEFAULT_HTTP_TIMEOUTS;
  const server = createServer(
    {
      // Node answers 408 and closes a connection whose headers or request are late; it looks for late
      // ones every interval (30 s by default, which would stretch a 10 s limit to 40 s).
      headersTimeout: headersMs,
      requestTimeout: requestMs,
      connectionsCheckingInterval: Math.max(25, Math.min(1_000, Math.floor(headersMs / 4))),
    },
    handle,
  );
  // Without this listener Node answers `Expect: 100-continue` itself, inviting a body it will refuse.
  server.on('checkContinue', (req, res) => {
    if (!announcesTooLarge(req, MAX_BODY_BYTES)) res.writeContinue();
    handle(req, res);
  });
  if (upgrade) server.on('upgrade', upgrade);
  return server;
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function notFound(res: ServerResponse): void {
  res.writeHead(404, { 'content-type': 'text/plain' });
  res.end('Not found. The PartnerHub client has not been built: run `pnpm start` from the repository root.');
}
