import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Connection } from './connection.js';
import { Keepalive, Liveness } from './keepalive.js';

// The schedule alone, on fake timers: collab-limits.test.ts checks the same rules over real sockets.

interface Probed {
  connection: Connection;
  pings: number[];
  queries: number;
  terminated: boolean;
}

/** What the keepalive touches of a connection; `answers` says whether it answers pings. */
function probed(keepalive: Keepalive, answers: boolean): Probed {
  const probe: Probed = { connection: null!, pings: [], queries: 0, terminated: false };
  const connection = {
    alive: true,
    ping() {
      probe.pings.push(Date.now());
      if (answers) queueMicrotask(() => (connection.alive = true));
    },
    send() {
      probe.queries++;
    },
    terminate() {
      probe.terminated = true;
      keepalive.remove(probe.connection);
    },
  };
  probe.connection = connection as unknown as Connection;
  keepalive.add(probe.connection);
  return probe;
}

describe('Keepalive', () => {
  beforeEach(() => {
    vi.useFakeTimers({
      toFake: ['setInterval', 'clearInterval', 'setImmediate', 'clearImmediate', 'Date', 'performance'],
    });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('pings each connection once a period, a few at a time', async () => {
    const keepalive = new Keepalive(1_500, new Liveness());
    const all = Array.from({ length: 600 }, () => probed(keepalive, true));
    const perTick: number[] = [];
    let before = 0;
    for (let t = 0; t < 3_010; t += 10) {
      await vi.advanceTimersByTimeAsync(10);
      const pinged = all.reduce((sum, p) => sum + p.pings.length, 0);
      perTick.push(pinged - before);
      before = pinged;
    }
    // 150 slices of 10 ms: 4 connections a tick, where one round at once would ping all 600.
    expect(Math.max(...perTick)).toBe(4);
    for (const { pings, terminated } of all) {
      expect(terminated).toBe(false);
      expect(pings).toHaveLength(2);
      expect(pings[1]! - pings[0]!).toBe(1_500);
    }
    keepalive.stop();
  });

  it('terminates a connection that did not answer its ping by the next one, and keeps one that did', async () => {
    const keepalive = new Keepalive(1_500, new Liveness());
    const answering = probed(keepalive, true);
    const silent = probed(keepalive, false);
    await vi.advanceTimersByTimeAsync(1_500);
    expect(silent.pings).toHaveLength(1);
    expect(silent.terminated).toBe(false);
    // Gone within two periods of its last sign of life.
    await vi.advanceTimersByTimeAsync(1_500);
    expect(silent.terminated).toBe(true);
    await vi.advanceTimersByTimeAsync(6_000);
    expect(answering.terminated).toBe(false);
    expect(answering.pings).toHaveLength(6);
    keepalive.stop();
  });

  it('asks a provider every period without pinging it, and terminates it once it falls silent; keeps a bare reader', async () => {
    const liveness = new Liveness();
    const keepalive = new Keepalive(1_500, liveness);
    const provider = probed(keepalive, true);
    const bare = probed(keepalive, true);
    // The provider answers each query with its presence, the bare reader the first with a sync step 1.
    await vi.advanceTimersByTimeAsync(1_500);
    liveness.heardFrom(bare.connection, false);
    for (let round = 0; round < 4; round++) {
      liveness.heardFrom(provider.connection, true);
      await vi.advanceTimersByTimeAsync(1_500);
    }
    expect(provider.queries).toBe(5);
    // Pinged once, before it showed that it answers queries.
    expect(provider.pings).toHaveLength(1);
    expect(provider.terminated).toBe(false);
    // Silent from here on: gone within two periods.
    await vi.advanceTimersByTimeAsync(1_500);
    expect(provider.terminated).toBe(true);
    await vi.advanceTimersByTimeAsync(6_000);
    expect(bare.terminated).toBe(false);
    expect(bare.queries).toBe(10);
    expect(bare.pings).toHaveLength(bare.queries);
    keepalive.stop();
  });

  it('keeps to the period on the clock when its ticks come late', async () => {
    // Every tick a third late, as on a busy event loop: 15 s of ticks are 20 s of the clock.
    const keepalive = new Keepalive(1_500, new Liveness(), () => Date.now() * (4 / 3));
    const all = Array.from({ length: 300 }, () => probed(keepalive, true));
    await vi.advanceTimersByTimeAsync(15_000);
    // 20 s of the clock is 13 periods; counted by ticks, it would be 10.
    for (const { pings, terminated } of all) {
      expect(terminated).toBe(false);
      expect(pings.length).toBeGreaterThanOrEqual(13);
      expect(pings.length).toBeLessThanOrEqual(14);
    }
    keepalive.stop();
  });

  it('runs no timer while it has no connections, and none once stopped', () => {
    const keepalive = new Keepalive(1_500, new Liveness());
    expect(vi.getTimerCount()).toBe(0);
    const one = probed(keepalive, true);
    expect(vi.getTimerCount()).toBe(1);
    keepalive.remove(one.connection);
    expect(vi.getTimerCount()).toBe(0);
    keepalive.stop();
    probed(keepalive, true);
    expect(vi.getTimerCount()).toBe(0);
  });
});
