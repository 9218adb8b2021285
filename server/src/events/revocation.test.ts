import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Redis } from 'ioredis';
import { createRedisRevocationBus } from './redis-revocation-bus.js';
import { type RevocationBus, type RevocationEvent, createInProcessRevocationBus } from './revocation.js';

const SIGN_OUT: RevocationEvent = { kind: 'session', sessionId: 41 };
const REMOVED: RevocationEvent = {
  kind: 'membership',
  userId: 7,
  organization: { districtId: 3, partnerId: null },
};

describe('the in-process revocation bus', () => {
  it('resolves a publish once every subscriber handled it, even when one of them fails', async () => {
    const onError = vi.fn();
    const bus = createInProcessRevocationBus(onError);
    const handled: RevocationEvent[] = [];
    bus.subscribe(async (event) => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      handled.push(event);
    });
    const stop = bus.subscribe(() => {
      throw new Error('subscriber broke');
    });
    await bus.publish(SIGN_OUT);
    expect(handled).toEqual([SIGN_OUT]);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'subscriber broke' }), SIGN_OUT);
    stop();
    await bus.publish(REMOVED);
    expect(handled).toEqual([SIGN_OUT, REMOVED]);
    expect(onError).toHaveBeenCalledTimes(1);
  });
});

describe.skipIf(!process.env.TEST_REDIS_URL)('the Redis revocation bus', () => {
  const url = process.env.TEST_REDIS_URL!;
  const channel = `test:${process.pid}:${Math.random().toString(36).slice(2)}:revocation`;
  const errors: unknown[] = [];
  let a: RevocationBus;
  let b: RevocationBus;
  let raw: Redis;
  beforeAll(async () => {
    a = await createRedisRevocationBus({ url, channel, onError: (err) => errors.push(err) });
    b = await createRedisRevocationBus({ url, channel, onError: (err) => errors.push(err) });
    raw = new Redis(url);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    raw?.disconnect();
  });

  it('delivers an event to this instance before publish resolves, and once to every other within a second', async () => {
    const onA: RevocationEvent[] = [];
    const onB: { event: RevocationEvent; at: number }[] = [];
    const stopA = a.subscribe((event) => void onA.push(event));
    const stopB = b.subscribe((event) => void onB.push({ event, at: performance.now() }));
    const started = performance.now();
    await a.publish(REMOVED);
    expect(onA).toEqual([REMOVED]);
    await expect.poll(() => onB.map((e) => e.event)).toEqual([REMOVED]);
    expect(onB[0]!.at - started).toBeLessThan(1_000);
    await b.publish(SIGN_OUT);
    await expect.poll(() => onA).toEqual([REMOVED, SIGN_OUT]);
    // Nothing comes back to the publisher a second time through Redis.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(onA).toEqual([REMOVED, SIGN_OUT]);
    expect(onB.map((e) => e.event)).toEqual([REMOVED, SIGN_OUT]);
    stopA();
    stopB();
  });

  it('ignores and reports what is not a revocation event', async () => {
    const seen: RevocationEvent[] = [];
    const stop = b.subscribe((event) => void seen.push(event));
    await raw.publish(channel, 'not json');
    await raw.publish(channel, JSON.stringify({ origin: 'x', event: { kind: 'session', sessionId: 'all' } }));
    await raw.publish(channel, JSON.stringify({ origin: 'x', event: { kind: 'token', tokenId: 9 } }));
    await expect.poll(() => seen).toEqual([{ kind: 'token', tokenId: 9 }]);
    expect(errors.length).toBeGreaterThanOrEqual(4); // two bad messages, heard by both buses
    stop();
  });
});
