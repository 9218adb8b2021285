/** Tunables of the collaboration server; `resolveCollabOptions` fills in the defaults. */
export interface CollabOptions {
  /** Largest frame a client may send; bigger ones close that connection with 1009. */
  maxMessageBytes: number;
  /** A client whose unsent data passes this is dropped (it stopped reading). */
  maxBufferedBytes: number;
  /** A client holding more than 64 KiB unsent that read none of it for this long is dropped. */
  slowConsumerMs: number;
  /** Open connections per signed-in user, over all documents. */
  maxConnectionsPerUser: number;
  /** Open connections (and upgrades in progress) per client IP address; past it, HTTP 429. */
  maxConnectionsPerIp: number;
  /** Open connections (and upgrades in progress) per document; past it, HTTP 429. */
  maxConnectionsPerDoc: number;
  /** Connection setups (authorization, document load, first sync) in progress at once. */
  setupConcurrency: number;
  /** Upgrades waiting for their setup; past it, HTTP 503. */
  maxQueuedSetups: number;
  /** Documents held in memory; past it, idle ones are unloaded or new ones refused (503). */
  maxDocuments: number;
  /** A document growing past this is logged as a warning (approximate encoded size). */
  warnDocumentBytes: number;
  /** Updates that would take a document past this are refused (DOCUMENT_TOO_LARGE). */
  maxDocumentBytes: number;
  /**
   * Longest time an update waits in the write queue before its batch starts (0: as soon as the
   * current I/O is handled). Updates arriving while a batch is written always wait for it to end.
   */
  flushIntervalMs: number;
  /** A document's log is compacted into one snapshot row once it holds more rows than this. */
  compactThreshold: number;
  /** How long a document with no connection stays in memory. */
  unloadDelayMs: number;
  /** Keepalive period: each connection is asked for its presence (and pinged) once per period (keepalive.ts). */
  keepaliveMs: number;
}

export const DEFAULT_COLLAB_OPTIONS: CollabOptions = {
  maxMessageBytes: 1024 * 1024,
  maxBufferedBytes: 4 * 1024 * 1024,
  slowConsumerMs: 2_000,
  maxConnectionsPerUser: 20,
  maxConnectionsPerIp: 500,
  maxConnectionsPerDoc: 500,
  setupConcurrency: 64,
  maxQueuedSetups: 5000,
  maxDocuments: 1000,
  warnDocumentBytes: 4 * 1024 * 1024,
  maxDocumentBytes: 16 * 1024 * 1024,
  // Editors get an update at once; storing it starts a few ms later, once its relay is delivered,
  // instead of competing with that for the CPU (on two cores, 0 ms made relays 1.2-1.35x the
  // reference's and 3 ms 0.85-1.04x: bench/collab/README.md). Viewers, "saved" answers and server
  // edits wait that much longer, and batches under load grow.
  flushIntervalMs: 3,
  compactThreshold: 500,
  unloadDelayMs: 30_000,
  // A connection that stops answering is gone (and its presence with it) within two periods.
  keepaliveMs: 1_500,
};

/** The options with defaults for what is not given; throws a RangeError on a negative one. */
export function resolveCollabOptions(options: Partial<CollabOptions> = {}): CollabOptions {
  const resolved = { ...DEFAULT_COLLAB_OPTIONS };
  for (const [key, value] of Object.entries(options) as [keyof CollabOptions, number | undefined][]) {
    if (value === undefined) continue;
    if (!Number.isFinite(value) || value < 0)
      throw new RangeError(`collab option ${key} must be >= 0, got ${value}.`);
    resolved[key] = value;
  }
  return resolved;
}

/** Counts open connections per user; users without an id (anonymous, service tokens) are not limited. */
export class UserConnectionLimiter {
  private readonly counts = new Map<number, number>();

  constructor(private readonly max: number) {}

  /** Counts one more connection for the user; false (and nothing counted) when the user is at the limit. */
  tryAdd(userId: number | null): boolean {
    if (userId === null) return true;
    const count = this.counts.get(userId) ?? 0;
    if (count >= this.max) return false;
    this.counts.set(userId, count + 1);
    return true;
  }

  remove(userId: number | null): void {
    if (userId === null) return;
    const count = (this.counts.get(userId) ?? 1) - 1;
    if (count > 0) this.counts.set(userId, count);
    else this.counts.delete(userId);
  }
}
