import { compactLog } from './compaction.js';
import type { CollabLog } from './log.js';
import type { PendingUpdate, UpdateLog } from './update-log.js';

interface Entry extends PendingUpdate {
  seq: number;
}

interface Waiter {
  seq: number;
  stored: () => void;
  /** Set for promise waiters: told when a write attempt fails. */
  failed?: (err: unknown) => void;
}

/** The updates of one document in a stored batch, with their rows' ids. */
export interface CommittedUpdates {
  docName: string;
  rowIds: string[];
  updates: Uint8Array[];
}

export interface WriteQueueHooks {
  /**
   * Shares a stored batch with the other instances; the updates count as shared (and may be
   * acknowledged) once it resolves. Batches are handed over in order, one at a time.
   */
  share?: (batch: CommittedUpdates[]) => Promise<void>;
  /** Told after a compaction replaced rows with a snapshot row. */
  compacted?: (docName: string, replaced: string[], snapshotId: string) => void;
}

const MAX_BATCH_ROWS = 1_000;
const MAX_BATCH_BYTES = 8 * 1024 * 1024;
const MAX_RETRY_MS = 5_000;

/**
 * Appends updates to the log in batches, each written whole or not at all, one batch at a time: a
 * batch starts `flushIntervalMs` after the first waiting update (0: once the current I/O is
 * handled), and whatever arrives while it is written goes into the next one; failed batches stay
 * queued and are retried with backoff.
 * Each update gets a sequence number; `committedSeq` is the newest one stored, with all before it,
 * and `sharedSeq` the newest one also handed to the other instances (`hooks.share`; the same as
 * `committedSeq` without it). Between batches it compacts the logs of documents that passed
 * `compactThreshold` rows.
 */
export class WriteQueue {
  committedSeq = 0;
  sharedSeq = 0;
  private lastSeq = 0;
  private queue: Entry[] = [];
  private waiters: Waiter[] = [];
  private sharedWaiters: Waiter[] = [];
  private sharing: Promise<void> = Promise.resolve();
  private readonly pendingByDoc = new Map<string, number>();
  private readonly rowCounts = new Map<string, number>();
  private readonly toCompact = new Set<string>();
  /** Cancels the scheduled batch (a timeout or, for no delay, an immediate); null when none is. */
  private cancelScheduled: (() => void) | null = null;
  private running: Promise<void> | null = null;
  private failures = 0;
  private closed = false;

  constructor(
    private readonly log: UpdateLog,
    private readonly events: CollabLog,
    private readonly options: { flushIntervalMs: number; compactThreshold: number },
    private readonly hooks: WriteQueueHooks = {},
  ) {}

  /** Queues an update; returns its sequence number. */
  enqueue(update: PendingUpdate): number {
    const seq = ++this.lastSeq;
    this.queue.push({ ...update, seq });
    this.pendingByDoc.set(update.docName, (this.pendingByDoc.get(update.docName) ?? 0) + 1);
    this.schedule(this.options.flushIntervalMs);
    return seq;
  }

  /** The sequence number of the newest update queued so far (0: none). */
  get newestSeq(): number {
    return this.lastSeq;
  }

  /** Calls `stored` once update `seq` and every one before it are stored (now, if they are). */
  afterStored(seq: number, stored: () => void): void {
    if (seq <= this.committedSeq) stored();
    else this.waiters.push({ seq, stored });
  }

  /** Resolves once update `seq` is stored; rejects if a write attempt fails first (the update stays queued). */
  stored(seq: number): Promise<void> {
    if (seq <= this.committedSeq) return Promise.resolve();
    return new Promise((stored, failed) => this.waiters.push({ seq, stored, failed }));
  }

  /** Calls `shared` once update `seq` and every one before it are stored and shared. */
  afterShared(seq: number, shared: () => void): void {
    if (seq <= this.sharedSeq) shared();
    else this.sharedWaiters.push({ seq, stored: shared });
  }

  /**
   * Resolves once update `seq` is stored and shared: what may be acknowledged. Rejects if a write
   * attempt fails before it is stored (the update stays queued).
   */
  async shared(seq: number): Promise<void> {
    await this.stored(seq);
    if (seq > this.sharedSeq) await new Promise<void>((shared) => this.afterShared(seq, shared));
  }

  /** Writes everything queued now, without waiting for the interval. */
  flush(): Promise<void> {
    const done = this.stored(this.lastSeq);
    this.unschedule();
    this.schedule(0);
    return done;
  }

  hasPending(docName: string): boolean {
    return this.pendingByDoc.has(docName);
  }

  get pending(): number {
    return this.queue.length;
  }

  /** Starts counting a loaded document's rows, so that its log is compacted when it grows. */
  track(docName: string, rows: number): void {
    this.rowCounts.set(docName, rows);
    this.considerCompaction(docName);
  }

  untrack(docName: string): void {
    this.rowCounts.delete(docName);
    this.toCompact.delete(docName);
  }

  /** Stops scheduling batches; queued updates are not written any more (flush first). */
  close(): void {
    this.closed = true;
    this.unschedule();
  }

  private unschedule(): void {
    this.cancelScheduled?.();
    this.cancelScheduled = null;
  }

  private schedule(delayMs: number): void {
    if (this.cancelScheduled || this.running || this.closed) return;
    const start = (): void => {
      this.cancelScheduled = null;
      this.running = this.run().finally(() => {
        this.running = null;
        if (this.queue.length > 0) this.schedule(this.failures > 0 ? this.retryMs() : 0);
      });
    };
    // Without a delay the batch starts once the current I/O has been handled (an immediate, not a
    // timeout's 1 ms floor): everything that arrived in the same turn shares it, and whatever
    // arrives while it is written shares the next one.
    if (delayMs > 0) {
      const timeout = setTimeout(start, delayMs);
      this.cancelScheduled = () => clearTimeout(timeout);
    } else {
      const immediate = setImmediate(start);
      this.cancelScheduled = () => clearImmediate(immediate);
    }
  }

  private async run(): Promise<void> {
    while (!this.closed) {
      if (this.queue.length > 0) {
        if (!(await this.writeBatch())) return;
      } else {
        const [docName] = this.toCompact;
        if (docName === undefined) return;
        this.toCompact.delete(docName);
        await this.compact(docName);
      }
    }
  }

  private async writeBatch(): Promise<boolean> {
    let count = 0;
    let bytes = 0;
    while (count < this.queue.length && count < MAX_BATCH_ROWS && (count === 0 || bytes < MAX_BATCH_BYTES)) {
      bytes += this.queue[count]!.data.byteLength;
      count++;
    }
    const batch = this.queue.slice(0, count);
    let rowIds: Map<string, string[]>;
    try {
      rowIds = await this.log.append(batch);
    } catch (err) {
      this.failures++;
      this.events.writeFailed(batch.length, this.retryMs(), err);
      const failed = this.waiters.filter((w) => w.failed);
      this.waiters = this.waiters.filter((w) => !w.failed);
      for (const waiter of failed) waiter.failed!(err);
      return false;
    }
    this.failures = 0;
    this.queue.splice(0, count);
    this.committedSeq = batch[batch.length - 1]!.seq;
    for (const { docName } of batch) {
      const pending = this.pendingByDoc.get(docName)! - 1;
      if (pending > 0) this.pendingByDoc.set(docName, pending);
      else this.pendingByDoc.delete(docName);
      const rows = this.rowCounts.get(docName);
      if (rows !== undefined) this.rowCounts.set(docName, rows + 1);
    }
    for (const { docName } of batch) this.considerCompaction(docName);
    this.notify();
    this.share(batch, rowIds);
    return true;
  }

  private notify(): void {
    const ready = this.waiters.filter((w) => w.seq <= this.committedSeq);
    if (ready.length === 0) return;
    this.waiters = this.waiters.filter((w) => w.seq > this.committedSeq);
    for (const waiter of ready) waiter.stored();
  }

  private share(batch: Entry[], rowIds: Map<string, string[]>): void {
    const seq = batch[batch.length - 1]!.seq;
    const { share } = this.hooks;
    if (!share) return this.sharedUpTo(seq);
    const byDoc = new Map<string, CommittedUpdates>();
    for (const { docName, data } of batch) {
      let entry = byDoc.get(docName);
      if (!entry) byDoc.set(docName, (entry = { docName, rowIds: rowIds.get(docName) ?? [], updates: [] }));
      entry.updates.push(data);
    }
    // In order. The relay waits through outages, so a share fails only when it is closed; the
    // updates are stored, and instances that hold the document read what they missed from the store.
    this.sharing = this.sharing
      .then(() => share([...byDoc.values()]))
      .catch(() => undefined)
      .then(() => this.sharedUpTo(seq));
  }

  private sharedUpTo(seq: number): void {
    this.sharedSeq = Math.max(this.sharedSeq, seq);
    const ready = this.sharedWaiters.filter((w) => w.seq <= this.sharedSeq);
    if (ready.length === 0) return;
    this.sharedWaiters = this.sharedWaiters.filter((w) => w.seq > this.sharedSeq);
    for (const waiter of ready) waiter.stored();
  }

  private considerCompaction(docName: string): void {
    const rows = this.rowCounts.get(docName);
    if (rows === undefined || rows <= this.options.compactThreshold) return;
    this.toCompact.add(docName);
    this.schedule(0);
  }

  private async compact(docName: string): Promise<void> {
    const started = performance.now();
    try {
      const { replaced, snapshotId, snapshotBytes } = await compactLog(this.log, docName);
      if (snapshotId === null) return;
      const rows = this.rowCounts.get(docName);
      if (rows !== undefined) this.rowCounts.set(docName, Math.max(1, rows - replaced.length + 1));
      this.hooks.compacted?.(docName, replaced, snapshotId);
      this.events.compacted(docName, replaced.length, snapshotBytes, Math.round(performance.now() - started));
    } catch (err) {
      this.events.compactionFailed(docName, err);
      // Tried again after another threshold's worth of rows rather than after every batch.
      if (this.rowCounts.has(docName)) this.rowCounts.set(docName, 0);
    }
  }

  private retryMs(): number {
    return Math.min(MAX_RETRY_MS, 50 * 2 ** this.failures);
  }
}
