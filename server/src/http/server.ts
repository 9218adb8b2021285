import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import { existsSync } from 'node:fs';
import type { ApolloServer } from '@apollo/server';
import type { Logger } from 'pino';
import sirv from 'sirv';
import type { Orm } from '../db/orm.js';
import type { Context } from '../graphql/context.js';
import { graphqlHandler } from './graphql-handler.js';
import { createMetrics } from './metrics.js';

export interface HttpDeps {
  apollo: ApolloServer<Context>;
  orm: Orm;
  log: Logger;
  clientDist: string | null;
  production: boolean;
}

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'DENY',
};

/** One HTTP server for GraphQL, health, metrics and the built client (SPA fallback). */
export function createHttpServer({ apollo, orm, log, clientDist, production }: HttpDeps): Server {
  const graphql = graphqlHandler(apollo, orm, log);
  const metrics = createMetrics();
  const client =
    clientDist && existsSync(clientDist)
      ? sirv(clientDist, {
          single: true,
          dev: !production,
          etag: true,
          gzip: true,
          brotli: true,
          immutable: true,
        })
      : null;

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
    if (url.pathname === '/graphql') {
      metrics.requests.inc({ route: 'graphql' });
      return graphql(req, res, url);
    }
    if (url.pathname === '/healthz') return json(res, 200, { status: 'ok' });
    if (url.pathname === '/readyz') {
      try {
        await orm.em.getConnection().execute('select 1');
        return json(res, 200, { status: 'ready' });
      } catch (error) {
        log.warn({ err: error }, 'database not reachable');
        return json(res, 503, { status: 'database unreachable' });
      }
    }
    if (url.pathname === '/metrics') {
      res.writeHead(200, { 'content-type': metrics.registry.contentType });
      res.end(await metrics.registry.metrics());
      return;
    }
    metrics.requests.inc({ route: 'static' });
    if (client) return client(req, res, () => notFound(res));
    notFound(res);
  }

  return createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      log.error({ err: error, url: req.url }, 'request failed');
      if (!res.headersSent) json(res, 500, { error: 'Unexpected error.' });
      else res.end();
    });
  });
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function notFound(res: ServerResponse): void {
  res.writeHead(404, { 'content-type': 'text/plain' });
  res.end('Not found. The PartnerHub client has not been built: run `pnpm start` from the repository root.');
}
