import { afterEach, describe, expect, it, vi } from 'vitest';
import { IDLE_MIN_YOUNG_BYTES, type MemoryReading, startIdleMemoryRelease } from './idle-memory.js';

const grown = 64 * 1024 * 1024;

/** Runs the release over the given readings, one per check, and returns the collections it asked for. */
function releaseOver(readings: MemoryReading[], gcGiven = true) {
  vi.useFakeTimers();
  const gc = vi.fn();
  const queue = [...readings];
  const stop = startIdleMemoryRelease({
    intervalMs: 1_000,
    gc: gcGiven ? gc : undefined,
    read: () => queue.shift() ?? { utilization: 0, youngBytes: 0 },
  });
  vi.advanceTimersByTime(1_000 * readings.length);
  stop();
  return gc.mock.calls;
}

afterEach(() => vi.useRealTimers());

describe('idle memory release', () => {
  it('asks for a scavenge while the loop is idle and the young generation is large, every check until it shrinks', () => {
    const calls = releaseOver([
      { utilization: 0.002, youngBytes: grown },
      { utilization: 0.002, youngBytes: grown },
      { utilization: 0.002, youngBytes: 1024 * 1024 },
    ]);
    expect(calls).toEqual([[{ type: 'minor' }], [{ type: 'minor' }]]);
  });

  it('leaves a busy process alone, however large its young generation', () => {
    expect(
      releaseOver([
        { utilization: 0.3, youngBytes: grown },
        { utilization: 0.011, youngBytes: grown },
      ]),
    ).toEqual([]);
  });

  it('leaves a small young generation alone', () => {
    expect(releaseOver([{ utilization: 0, youngBytes: IDLE_MIN_YOUNG_BYTES }])).toEqual([]);
  });

  it('does nothing when node runs without --expose-gc, or when turned off', () => {
    expect(globalThis.gc).toBeUndefined();
    expect(releaseOver([{ utilization: 0, youngBytes: grown }], false)).toEqual([]);
    vi.useFakeTimers();
    const gc = vi.fn();
    startIdleMemoryRelease({ intervalMs: 0, gc, read: () => ({ utilization: 0, youngBytes: grown }) })();
    vi.advanceTimersByTime(60_000);
    expect(gc).not.toHaveBeenCalled();
  });

  it('stops when asked', () => {
    vi.useFakeTimers();
    const gc = vi.fn();
    const stop = startIdleMemoryRelease({
      intervalMs: 1_000,
      gc,
      read: () => ({ utilization: 0, youngBytes: grown }),
    });
    vi.advanceTimersByTime(1_000);
    stop();
    vi.advanceTimersByTime(10_000);
    expect(gc).toHaveBeenCalledTimes(1);
  });
});
