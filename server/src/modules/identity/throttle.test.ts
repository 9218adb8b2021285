import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SignInThrottle } from './throttle.js';

const LIMITS = { perAccount: 10, perIp: 100, windowSeconds: 60 };

describe.skipIf(!process.env.TEST_REDIS_URL)('the sign-in throttle shared through Redis', () => {
  const prefix = `test:${process.pid}:${Math.random().toString(36).slice(2)}:`;
  let a: Redis;
  let b: Redis;
  beforeAll(async () => {
    const connect = async () => {
      const redis = new Redis(process.env.TEST_REDIS_URL!, { lazyConnect: true, enableOfflineQueue: false });
      await redis.connect();
      return redis;
    };
    [a, b] = await Promise.all([connect(), connect()]);
  });
  afterAll(async () => {
    const keys = await a?.keys(`${prefix}*`);
    if (keys?.length) await a.del(...keys);
    a?.disconnect();
    b?.disconnect();
  });

  const instance = (redis: Redis) =>
    new SignInThrottle(LIMITS, { redis, prefix, onFallback: () => expect.fail('Redis fell back') });

  it('counts failed attempts per account on every instance: the 11th through B after 10 through A is refused', async () => {
    const first = instance(a);
    const second = instance(b);
    for (let i = 0; i < 10; i++)
      expect(await first.attempt('pat@example.org', `10.0.0.${i}`)).not.toHaveProperty('retryAfterSeconds');
    expect(await second.attempt('pat@example.org', '10.0.1.1')).toEqual({
      retryAfterSeconds: expect.any(Number),
    });
    expect(await first.attempt('other@example.org', '10.0.1.1')).not.toHaveProperty('retryAfterSeconds');
  });

  it('counts failed attempts per IP on every instance', async () => {
    const first = instance(a);
    const second = instance(b);
    for (let i = 0; i < 100; i++) await first.attempt(`user${i}@example.org`, '192.0.2.7');
    expect(await second.attempt('someone@example.org', '192.0.2.7')).toEqual({
      retryAfterSeconds: expect.any(Number),
    });
    expect(await second.attempt('someone@example.org', '192.0.2.8')).not.toHaveProperty('retryAfterSeconds');
  });

  it('gives the points back on success, for every instance', async () => {
    const first = instance(a);
    const second = instance(b);
    for (let i = 0; i < 9; i++) await first.attempt('sam@example.org', '198.51.100.1');
    const attempt = await second.attempt('sam@example.org', '198.51.100.1');
    if (!('succeeded' in attempt)) throw new Error('refused');
    await attempt.succeeded();
    for (let i = 0; i < 10; i++)
      expect(await first.attempt('sam@example.org', '198.51.100.1')).not.toHaveProperty('retryAfterSeconds');
  });
});

describe('the sign-in throttle when Redis is unreachable', () => {
  let redis: Redis;
  beforeAll(() => {
    redis = new Redis('redis://127.0.0.1:1', {
      enableOfflineQueue: false,
      lazyConnect: true,
      retryStrategy: () => null,
    });
  });
  afterAll(() => redis.disconnect());

  it('counts in this process and says so, rather than letting everyone or no one in', async () => {
    const onFallback = vi.fn();
    const throttle = new SignInThrottle(LIMITS, { redis, prefix: 'test:', onFallback });
    for (let i = 0; i < 10; i++)
      expect(await throttle.attempt('kim@example.org', '203.0.113.1')).toHaveProperty('succeeded');
    expect(await throttle.attempt('kim@example.org', '203.0.113.1')).toEqual({
      retryAfterSeconds: expect.any(Number),
    });
    expect(onFallback).toHaveBeenCalled();
  });
});
