import path from 'node:path';
import { type CollabOptions, DEFAULT_COLLAB_OPTIONS } from './collab/limits.js';

export type DatabaseDialect = 'sqlite' | 'postgresql';

export interface DatabaseConfig {
  dialect: DatabaseDialect;
  /** A file path for SQLite (or ':memory:'), a connection URL for PostgreSQL. */
  url: string;
  /**
   * SQLite in WAL mode: `normal` (the default) commits without waiting for the disk, so a commit
   * never holds the event loop; a killed process loses nothing, a power cut may lose the last
   * commits (never the file's consistency). `full` waits for the disk on every commit.
   */
  sqliteSynchronous?: 'normal' | 'full';
  /** PostgreSQL: the most connections this process opens (DATABASE_POOL_MAX). */
  poolMax?: number;
}

/**
 * Four connections per process: on the two-core benchmark machine, 50 concurrent searches ran at
 * 868 req/s with a p99 of 101 ms on 4 against 735 req/s and 121 ms on 10, since fewer queries then
 * share PostgreSQL's cores at once and the rest wait their turn in order (bench/README.md). At least
 * two: migrating holds one connection for its lock while the migrator uses another.
 */
export const DEFAULT_DATABASE_POOL_MAX = 4;
const MIN_DATABASE_POOL_MAX = 2;

export interface AppConfig {
  port: number;
  host: string;
  production: boolean;
  database: DatabaseConfig;
  /** Directory of the built client, served at / with an SPA fallback; null when absent. */
  clientDist: string | null;
  /** Seed demo data into an empty database at start. */
  seedDemoData: boolean;
  logLevel: string;
  graphql: GraphqlLimits;
  identity: IdentityConfig;
  /** Collaboration server options; defaults for what is absent. */
  collab?: Partial<CollabOptions>;
  /**
   * Redis (REDIS_URL) for several instances: revocations reach every instance through it. `prefix`
   * (REDIS_PREFIX) starts every key and channel name. Null: one instance, events stay in process.
   */
  redis?: { url: string; prefix: string } | null;
  /** How long a client may take to send its request headers, and its whole request; defaults when absent. */
  httpTimeouts?: HttpTimeouts;
  /** How often each instance looks for notification e-mail to send (NOTIFICATION_POLL_MS); 0: never. */
  notificationPollMs?: number;
  /** How often the process looks whether it is idle and can give memory back (IDLE_MEMORY_CHECK_MS); 0: never. */
  idleMemoryCheckMs?: number;
}

export interface HttpTimeouts {
  headersMs: number;
  requestMs: number;
}

export const DEFAULT_HTTP_TIMEOUTS: HttpTimeouts = { headersMs: 10_000, requestMs: 30_000 };

export interface IdentityConfig {
  /** Base URL of links in e-mail; also decides Secure cookies (https). */
  publicUrl: string;
  /** SMTP connection URL (smtp://user:pass@host:587, smtps://…); null keeps mail in the dev mailbox. */
  smtpUrl: string | null;
  mailFrom: string;
  /** Trust the first X-Forwarded-For / X-Forwarded-Proto hop (behind a reverse proxy). */
  trustProxy: boolean;
  /** Origins allowed to call /graphql from other sites (CORS); same-origin needs no entry. */
  corsOrigins: string[];
  sessionTtlDays: number;
  signInFailuresPerAccount: number;
  signInFailuresPerIp: number;
}

export interface GraphqlLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxPageSize: number;
}

export const DEFAULT_GRAPHQL_LIMITS: GraphqlLimits = {
  maxDepth: 10,
  maxCost: 5_000,
  maxAliases: 15,
  maxPageSize: 100,
};

class ConfigError extends Error {}

function intFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0)
    throw new ConfigError(`${name} must be a whole number, got "${raw}".`);
  return value;
}

/** Reads the database selection: unset DATABASE_URL means an SQLite file under DATA_DIR. */
export function databaseFrom(env: NodeJS.ProcessEnv, dataDir: string): DatabaseConfig {
  const url = env.DATABASE_URL?.trim();
  if (/^postgres(ql)?:\/\//.test(url ?? '')) {
    const poolMax = intFrom(env, 'DATABASE_POOL_MAX', DEFAULT_DATABASE_POOL_MAX);
    if (poolMax < MIN_DATABASE_POOL_MAX)
      throw new ConfigError(`DATABASE_POOL_MAX must be at least ${MIN_DATABASE_POOL_MAX}, got ${poolMax}.`);
    return { dialect: 'postgresql', url: url!, poolMax };
  }
  const sync = env.SQLITE_SYNCHRONOUS?.trim().toLowerCase() || 'normal';
  if (sync !== 'normal' && sync !== 'full')
    throw new ConfigError('SQLITE_SYNCHRONOUS must be normal or full.');
  const sqlite = (file: string): DatabaseConfig => ({
    dialect: 'sqlite',
    url: file,
    sqliteSynchronous: sync,
  });
  if (!url) return sqlite(path.join(dataDir, 'partnerhub.sqlite'));
  if (url.startsWith('sqlite:')) return sqlite(url.slice('sqlite:'.length));
  throw new ConfigError('DATABASE_URL must start with postgres://, postgresql:// or sqlite:.');
}

/** Parses and validates the environment once; throws a ConfigError naming the bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // Relative to the server package (src/ or dist/ alike), so every way of starting it finds the same file.
  const dataDir = path.resolve(env.DATA_DIR ?? path.resolve(import.meta.dirname, '../data'));
  const port = intFrom(env, 'PORT', 4000);
  const clientDist = env.CLIENT_DIST ?? path.resolve(import.meta.dirname, '../../client/dist');
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    production: env.NODE_ENV === 'production',
    database: databaseFrom(env, dataDir),
    clientDist: clientDist === '' ? null : clientDist,
    seedDemoData: (env.SEED_DEMO_DATA ?? 'true') !== 'false',
    logLevel: env.LOG_LEVEL ?? 'info',
    graphql: {
      maxDepth: intFrom(env, 'GRAPHQL_MAX_DEPTH', DEFAULT_GRAPHQL_LIMITS.maxDepth),
      maxCost: intFrom(env, 'GRAPHQL_MAX_COST', DEFAULT_GRAPHQL_LIMITS.maxCost),
      maxAliases: intFrom(env, 'GRAPHQL_MAX_ALIASES', DEFAULT_GRAPHQL_LIMITS.maxAliases),
      maxPageSize: DEFAULT_GRAPHQL_LIMITS.maxPageSize,
    },
    identity: identityFrom(env, port),
    httpTimeouts: httpTimeoutsFrom(env),
    notificationPollMs: intFrom(env, 'NOTIFICATION_POLL_MS', 5_000),
    idleMemoryCheckMs: intFrom(env, 'IDLE_MEMORY_CHECK_MS', 10_000),
    collab: {
      maxMessageBytes: intFrom(env, 'COLLAB_MAX_MESSAGE_BYTES', DEFAULT_COLLAB_OPTIONS.maxMessageBytes),
      maxConnectionsPerIp: intFrom(
        env,
        'COLLAB_MAX_CONNECTIONS_PER_IP',
        DEFAULT_COLLAB_OPTIONS.maxConnectionsPerIp,
      ),
      maxConnectionsPerDoc: intFrom(
        env,
        'COLLAB_MAX_CONNECTIONS_PER_DOCUMENT',
        DEFAULT_COLLAB_OPTIONS.maxConnectionsPerDoc,
      ),
    },
    redis: redisFrom(env),
  };
}

function redisFrom(env: NodeJS.ProcessEnv): AppConfig['redis'] {
  const url = env.REDIS_URL?.trim();
  if (!url) return null;
  if (!/^rediss?:\/\//.test(url)) throw new ConfigError('REDIS_URL must start with redis:// or rediss://.');
  return { url, prefix: env.REDIS_PREFIX ?? 'partnerhub:' };
}

function httpTimeoutsFrom(env: NodeJS.ProcessEnv): HttpTimeouts {
  const headersMs = intFrom(env, 'HTTP_HEADERS_TIMEOUT_MS', DEFAULT_HTTP_TIMEOUTS.headersMs);
  const requestMs = intFrom(env, 'HTTP_REQUEST_TIMEOUT_MS', DEFAULT_HTTP_TIMEOUTS.requestMs);
  if (headersMs < 1 || requestMs < headersMs)
    throw new ConfigError(
      'HTTP_HEADERS_TIMEOUT_MS must be at least 1 and HTTP_REQUEST_TIMEOUT_MS at least as long as it.',
    );
  return { headersMs, requestMs };
}

/** Identity settings from the environment (exported for tests that build a config by hand). */
export function identityFrom(env: NodeJS.ProcessEnv, port: number): IdentityConfig {
  const publicUrl = (env.PUBLIC_URL?.trim() || `http://localhost:${port}`).replace(/\/+$/, '');
  if (!/^https?:\/\//.test(publicUrl))
    throw new ConfigError('PUBLIC_URL must start with http:// or https://.');
  const smtpUrl = env.SMTP_URL?.trim() || null;
  if (smtpUrl && !/^smtps?:\/\//.test(smtpUrl))
    throw new ConfigError('SMTP_URL must start with smtp:// or smtps://.');
  const corsOrigins = (env.CORS_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim().replace(/\/+$/, ''))
    .filter(Boolean);
  for (const origin of corsOrigins)
    if (!/^https?:\/\/[^/]+$/.test(origin))
      throw new ConfigError(
        `CORS_ORIGINS entries must be origins like https://example.org, got "${origin}".`,
      );
  return {
    publicUrl,
    smtpUrl,
    mailFrom: env.MAIL_FROM?.trim() || 'PartnerHub <no-reply@partnerhub.localhost>',
    trustProxy: env.TRUST_PROXY === 'true',
    corsOrigins,
    sessionTtlDays: intFrom(env, 'SESSION_TTL_DAYS', 30),
    signInFailuresPerAccount: intFrom(env, 'SIGNIN_MAX_FAILURES_PER_ACCOUNT', 10),
    signInFailuresPerIp: intFrom(env, 'SIGNIN_MAX_FAILURES_PER_IP', 100),
  };
}
