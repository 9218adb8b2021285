import type { Redis } from 'ioredis';

/** How long a registered query text is kept; a client that finds it gone sends the text again. */
const QUERY_TTL_SECONDS = 3600;

/**
 * The cache of automatic persisted queries (hash → query text) shared by every instance through Redis,
 * so a GET that names only the hash is understood whichever instance it reaches. Redis failing is a
 * cache miss: Apollo asks the client for the text, which it sends.
 */
export function redisPersistedQueries(redis: Redis, prefix: string) {
  const keyOf = (key: string) => `${prefix}${key}`;
  return {
    async get(key: string): Promise<string | undefined> {
      return (await redis.get(keyOf(key)).catch(() => null)) ?? undefined;
    },
    async set(key: string, value: string): Promise<void> {
      await redis.set(keyOf(key), value, 'EX', QUERY_TTL_SECONDS).catch(() => undefined);
    },
    async delete(key: string): Promise<boolean> {
      return (await redis.del(keyOf(key)).catch(() => 0)) > 0;
    },
  };
}
