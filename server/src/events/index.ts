import type { Logger } from 'pino';
import type { AppConfig } from '../config.js';
import { createRedisRevocationBus } from './redis-revocation-bus.js';
import { type ErrorSink, type RevocationBus, createInProcessRevocationBus } from './revocation.js';

export type { RevocationBus, RevocationEvent, RevocationHandler } from './revocation.js';
export { createInProcessRevocationBus } from './revocation.js';

/**
 * The revocation bus the configuration asks for: over Redis when it is configured (every instance
 * hears every event), in process otherwise. An unreachable Redis is logged, not thrown: the bus
 * connects when it comes back.
 */
export function createRevocationBus(
  redis: AppConfig['redis'] | undefined,
  log: Logger,
): Promise<RevocationBus> {
  const onError: ErrorSink = (err, event) =>
    log.error({ err, event }, 'a revocation could not be handled or relayed');
  if (!redis) return Promise.resolve(createInProcessRevocationBus(onError));
  return createRedisRevocationBus({ url: redis.url, channel: `${redis.prefix}revocation`, onError });
}
