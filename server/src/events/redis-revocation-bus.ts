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
 * Resolves once both clients are connected, or as soon as Redis turns out unreachable: the instance
 * then starts anyway (its readiness check reports Redis) and the bus connects when Redis is back.
 */
export async function createRedisRevocationBus({
  url,
  channel,
  onError,
}: RedisRevocationBusProps): Promise<RevocationBus> {
  const local = new LocalSubscribers(onError);
  const instance = randomUUID();
  // No offline queue: a publish while Redis is away fails at once (and is logged) rather than
  // holding the mutation that published it. Both clients reconnect by themselves, and the subscriber
  // subscribes again after each reconnection.
  const publisher = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  const subscriber = new Redis(url);
  let reported = false;
  for (const client of [publisher, subscriber])
    client.on('error', (err: unknown) => {
      // Reconnection attempts fail every few seconds while Redis is away; one report is enough.
      if (reported) return;
      reported = true;
      onError(err);
    });
  publisher.on('ready', () => (reported = false));
  const subscribed = subscriber.subscribe(channel);
  subscribed.catch((err: unknown) => onError(err));
  await connectedOrFailed(publisher, subscribed, [publisher, subscriber]);
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
      // QUIT on a client that is not connected would wait for a connection that may never come.
      const end = (client: Redis) => (client.status === 'ready' ? client.quit() : client.disconnect());
      await Promise.allSettled([end(subscriber), end(publisher)]);
    },
  };
}

const CONNECT_WAIT_MS = 5_000;

/**
 * Resolves when the publisher is ready and the subscription confirmed, or at the first connection
 * error of any client, or after 5 seconds; never rejects.
 */
function connectedOrFailed(publisher: Redis, subscribed: Promise<unknown>, clients: Redis[]): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const ready =
    publisher.status === 'ready'
      ? Promise.resolve()
      : new Promise((resolve) => publisher.once('ready', resolve));
  const failed = new Promise((resolve) => {
    for (const client of clients) client.once('error', resolve);
  });
  const late = new Promise((resolve) => (timer = setTimeout(resolve, CONNECT_WAIT_MS)));
  return Promise.race([Promise.all([ready, subscribed]), failed, late])
    .catch(() => undefined)
    .then(() => clearTimeout(timer));
}
