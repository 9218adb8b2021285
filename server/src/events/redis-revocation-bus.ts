import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { type ErrorSink, LocalSubscribers, type RevocationBus, isRevocationEvent } from './revocation.js';

export interface RedisRevocationBusProps {
  url: string;
  /** The pub/sub channel, shared by every instance of one installation. */
  channel: string;
  onError: ErrorSink;
}

/**
 * A bus over Redis pub/sub. `publish` hands the event to this instance's subscribers directly (so it
 * resolves once they handled it, as in one process) and to the channel, from which every other
 * instance delivers it to its own. Pub/sub delivers at most once: an instance that is disconnected
 * from Redis when an event is published misses it (expiry still applies; see the collab README).
 * @throws when Redis cannot be reached at start.
 */
export async function createRedisRevocationBus({
  url,
  channel,
  onError,
}: RedisRevocationBusProps): Promise<RevocationBus> {
  const local = new LocalSubscribers(onError);
  const instance = randomUUID();
  // No offline queue: a publish while Redis is away fails at once (and is logged) rather than
  // holding the mutation that published it.
  const publisher = new Redis(url, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  const subscriber = new Redis(url, { lazyConnect: true });
  for (const client of [publisher, subscriber]) client.on('error', (err: unknown) => onError(err));
  try {
    await Promise.all([publisher.connect(), subscriber.connect()]);
    await subscriber.subscribe(channel);
  } catch (err) {
    publisher.disconnect();
    subscriber.disconnect();
    throw err;
  }
  subscriber.on('message', (from: string, raw: string) => {
    if (from !== channel) return;
    let message: { origin?: unknown; event?: unknown };
    try {
      message = JSON.parse(raw) as typeof message;
    } catch (err) {
      onError(err);
      return;
    }
    if (message.origin === instance) return;
    if (!isRevocationEvent(message.event)) {
      onError(new Error(`Not a revocation event on ${channel}: ${raw.slice(0, 200)}`));
      return;
    }
    void local.deliver(message.event);
  });
  return {
    async publish(event) {
      const relayed = publisher
        .publish(channel, JSON.stringify({ origin: instance, event }))
        .then(() => undefined)
        .catch((err: unknown) => onError(err, event));
      await Promise.all([local.deliver(event), relayed]);
    },
    subscribe: (handler) => local.subscribe(handler),
    async close() {
      await Promise.allSettled([subscriber.quit(), publisher.quit()]);
    },
  };
}
