import { Redis } from 'ioredis';
import type { Logger } from 'pino';

const PING_TIMEOUT_MS = 1_000;
const ERROR_LOG_INTERVAL_MS = 30_000;
const CONNECT_WAIT_MS = 5_000;

/**
 * The Redis client an instance shares between its counters (sign-in throttle, connection caps) and
 * its readiness check. It connects in the background and reconnects forever; while it is away,
 * commands fail at once (no offline queue), so callers fall back instead of waiting. Failures are
 * logged at most every 30 seconds, and the return of the connection once. Resolves once connected,
 * or at the first failure to connect, or after 5 seconds: an instance starts without Redis.
 */
export async function createSharedRedis(url: string, log: Logger): Promise<Redis> {
  const redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  let lastError = 0;
  let failing = false;
  redis.on('error', (err: unknown) => {
    failing = true;
    if (Date.now() - lastError < ERROR_LOG_INTERVAL_MS) return;
    lastError = Date.now();
    log.error({ err }, 'Redis is unreachable; shared counters fall back to this process');
  });
  redis.on('ready', () => {
    if (failing) log.info('Redis is reachable again');
    failing = false;
  });
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, CONNECT_WAIT_MS);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    redis.once('ready', done);
    redis.once('error', done);
  });
  return redis;
}

/** Resolves when Redis answers a PING within a second; rejects otherwise. */
export async function pingRedis(redis: Redis): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('Redis did not answer PING within a second')), PING_TIMEOUT_MS);
  });
  try {
    await Promise.race([redis.ping(), late]);
  } finally {
    clearTimeout(timer);
  }
}
