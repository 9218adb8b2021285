import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Redis } from 'ioredis';
import { pino, type Logger } from 'pino';
import { type CollabAuthorize, type CollabServer, createCollabServer } from './collab/index.js';
import type { AppConfig } from './config.js';
import { migrate, openOrm, type Orm } from './db/orm.js';
import { type RevocationBus, createInProcessRevocationBus, createRevocationBus } from './events/index.js';
import { seedIfEmpty } from './db/seed/seed.js';
import { createApollo } from './graphql/apollo.js';
import { buildAppSchema } from './schema.js';
import { clientIp } from './http/client-address.js';
import { createHttpServer } from './http/server.js';
import type { AppServices } from './graphql/context.js';
import {
  type InstanceRegistration,
  createSharedRedis,
  pingRedis,
  registerInstance,
} from './instances/index.js';
import { createMailer } from './mail/mailer.js';
import { SignInThrottle, collabAuthorizer, requestIdentifier } from './modules/identity/index.js';
import { createEvaluationRoutes } from './modules/evaluation/index.js';
import { createPublicRoutes } from './modules/opportunity-feeds/index.js';
import { initialDraftFromNewestVersion } from './modules/opportunity-list/index.js';
import { isNewestVersionKey } from './modules/opportunities/index.js';
import { createStateOverviewRoutes } from './modules/state-overview/index.js';
import {
  type NotificationRunner,
  createUnsubscribeRoutes,
  startNotificationRunner,
} from './modules/notifications/index.js';
import { notifyExpiringVetting } from './modules/partnerships/index.js';
import { decideDocument, wireModules } from './wiring.js';

const LISTEN_BACKLOG = 4096;

export interface RunningApp {
  server: Server;
  orm: Orm;
  url: string;
  log: Logger;
  services: AppServices;
  /** Collaborative documents; `applyServerEdit` changes one from server code. */
  collab: CollabServer;
  /** Sends queued notification e-mail; `tick` runs it now. */
  notifications: NotificationRunner;
  close(): Promise<void>;
}

export interface StartOptions {
  authorizeCollab?: CollabAuthorize;
  /**
   * Registers the instance in the database and heartbeats while it runs (what `main.ts` does), so
   * that an instance without Redis never shares its database with another one.
   */
  registerInstance?: boolean;
}

/**
 * Migrates the database, seeds demo data into an empty one when configured, and starts listening.
 * @throws InstanceConflictError (with `registerInstance`) when another live instance on the database
 * and this one do not both use Redis.
 */
export async function startApp(
  config: AppConfig,
  log: Logger = pino({ level: config.logLevel }),
  { authorizeCollab, registerInstance: register = false }: StartOptions = {},
): Promise<RunningApp> {
  wireModules();
  const orm = await openOrm(config.database);
  const applied = await migrate(orm);
  if (applied.length) log.info({ applied }, 'migrations applied');
  let registration: InstanceRegistration | null = null;
  if (register) {
    try {
      registration = await registerInstance(orm, { redis: Boolean(config.redis), log });
    } catch (err) {
      await orm.close(true);
      throw err;
    }
  }
  if (config.seedDemoData) {
    const seeded = await seedIfEmpty(orm.em.fork());
    if (seeded) log.info('demo data seeded into the empty database');
  }
  const redis = config.redis ? await createSharedRedis(config.redis.url, log) : null;
  const services = createServices(config, log, await createRevocationBus(config.redis, log), redis);
  const schema = await buildAppSchema();
  const apollo = await createApollo(
    schema,
    config.graphql,
    log,
    redis && config.redis && { redis, prefix: config.redis.prefix },
  );
  const collab = createCollabServer({
    orm,
    log,
    // The same sessions, tokens and policy as GraphQL decide who may edit or follow a document.
    authorize: authorizeCollab ?? collabAuthorizer(orm, config.identity.sessionTtlDays, decideDocument),
    options: config.collab,
    initialize: initialDraftFromNewestVersion(orm),
    clientIp: (req) => clientIp(req, config.identity.trustProxy),
    sharedCaps: redis && config.redis && { redis, prefix: config.redis.prefix },
    relay: config.redis,
  });
  services.collab = collab;
  // Identity publishes revocations without knowing who listens; collab decides its connections again.
  const stopRevoking = services.revocations.subscribe((event) => collab.revoke(event));
  const identify = requestIdentifier(services);
  const feeds = createPublicRoutes(orm, services.publicUrl);
  const stateExports = createStateOverviewRoutes(orm, identify);
  const evaluationExports = createEvaluationRoutes(orm, identify);
  const unsubscribe = createUnsubscribeRoutes(orm);
  // Every instance runs the queue; its claims send each e-mail once.
  const notifications = startNotificationRunner({
    orm,
    mailer: services.mailer,
    publicUrl: services.publicUrl,
    log,
    dailyScans: [notifyExpiringVetting],
    pollMs: config.notificationPollMs,
  });
  const server = createHttpServer({
    apollo,
    orm,
    log,
    clientDist: config.clientDist,
    production: config.production,
    app: services,
    identify,
    publicRoutes: async (req, res, url) =>
      (await feeds(req, res, url)) ||
      (await stateExports(req, res, url)) ||
      (await unsubscribe(req, res, url)) ||
      evaluationExports(req, res, url),
    trustProxy: config.identity.trustProxy,
    corsOrigins: config.identity.corsOrigins,
    upgrade: (req, socket, head) => collab.handleUpgrade(req, socket, head),
    timeouts: config.httpTimeouts,
    pingRedis: redis ? () => pingRedis(redis) : undefined,
    publicReadKey: (key, em) => isNewestVersionKey(em, key),
  });
  // Node's default queue of 511 pending connections overflows when every open tab reconnects at once
  // (a restart, a network blip); the overflow waits out a 1 s SYN retry. The kernel caps this at
  // net.core.somaxconn (4096 on current Linux).
  await new Promise<void>((resolve) =>
    server.listen({ port: config.port, host: config.host, backlog: LISTEN_BACKLOG }, resolve),
  );
  const { port } = server.address() as AddressInfo;
  const url = `http://localhost:${port}`;
  log.info({ url, database: config.database.dialect }, 'PartnerHub is listening');
  return {
    server,
    orm,
    url,
    log,
    services,
    collab,
    notifications,
    async close() {
      stopRevoking();
      await notifications.close();
      await services.revocations.close();
      await collab.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
      await registration?.close();
      redis?.disconnect();
      await orm.close(true);
    },
  };
}

/**
 * Mail, sign-in throttling (counted in `redis` when given), the revocation bus (in process unless
 * given) and the identity settings resolvers read from the context; the modules are wired together
 * first.
 */
export function createServices(
  config: AppConfig,
  log: Logger,
  revocations: RevocationBus = createInProcessRevocationBus((err, event) =>
    log.error({ err, event }, 'a revocation could not be handled'),
  ),
  redis: Redis | null = null,
): AppServices {
  wireModules();
  const { identity } = config;
  return {
    mailer: createMailer({ smtpUrl: identity.smtpUrl, from: identity.mailFrom, log }),
    signInThrottle: new SignInThrottle(
      {
        perAccount: identity.signInFailuresPerAccount,
        perIp: identity.signInFailuresPerIp,
        windowSeconds: 15 * 60,
      },
      redis && config.redis
        ? {
            redis,
            prefix: config.redis.prefix,
            onFallback: (err) => log.error({ err }, 'the sign-in throttle counts in this process for now'),
          }
        : undefined,
    ),
    publicUrl: identity.publicUrl,
    secureCookies: identity.publicUrl.startsWith('https://'),
    sessionTtlDays: identity.sessionTtlDays,
    demo: config.seedDemoData && !config.production,
    collab: null,
    revocations,
  };
}
