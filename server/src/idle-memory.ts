import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';

/** What one check reads: how busy the event loop was since the last check, and the young generation's size. */
export interface MemoryReading {
  utilization: number;
  youngBytes: number;
}

export interface IdleMemoryOptions {
  /** How often to look; 0 turns the release off. */
  intervalMs: number;
  /** Event-loop utilization since the last look under which the process counts as idle. */
  maxUtilization?: number;
  /** The young generation's committed size over which a scavenge is worth asking for. */
  minYoungBytes?: number;
  /** `globalThis.gc` unless given; absent unless node runs with `--expose-gc`. */
  gc?: NodeJS.GCFunction;
  read?: () => MemoryReading;
}

const IDLE_MAX_UTILIZATION = 0.01;
export const IDLE_MIN_YOUNG_BYTES = 8 * 1024 * 1024;

/**
 * Gives the young generation's pages back to the system once the process has gone quiet.
 *
 * `--max-semi-space-size=64` lets V8 grow the young generation to 128 MB under load (start-up
 * does not: start-up-heap.ts), so search's many short-lived objects are scavenged less often. V8
 * shrinks it again only in a collection that runs while allocation is slow, and an idle server
 * allocates too little to set off any collection, so those pages stayed resident: idle RSS was
 * 210 MB on the demo data, 140 MB after the shrink. A scavenge of a mostly empty young generation
 * takes about a millisecond; the first one after a busy spell may see the spell's allocation
 * rate and keep the size, so the check repeats until the size is down.
 *
 * Returns the function that stops it; a no-op without `gc`.
 */
export function startIdleMemoryRelease(options: IdleMemoryOptions): () => void {
  const gc = options.gc ?? globalThis.gc;
  if (!gc || options.intervalMs <= 0) return () => {};
  const read = options.read ?? readMemory();
  const maxUtilization = options.maxUtilization ?? IDLE_MAX_UTILIZATION;
  const minYoungBytes = options.minYoungBytes ?? IDLE_MIN_YOUNG_BYTES;
  const timer = setInterval(() => {
    const { utilization, youngBytes } = read();
    if (utilization < maxUtilization && youngBytes > minYoungBytes) gc({ type: 'minor' });
  }, options.intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}

function readMemory(): () => MemoryReading {
  let since = performance.eventLoopUtilization();
  return () => {
    const now = performance.eventLoopUtilization();
    const { utilization } = performance.eventLoopUtilization(now, since);
    since = now;
    const young = v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space');
    return { utilization, youngBytes: young?.physical_space_size ?? 0 };
  };
}
