/**
 * Counts open connections per key (an IP address, a document name) against a maximum. This
 * process's counts for now; a shared store can implement the same interface for several instances.
 */
export interface ConnectionCounter {
  /** Counts one more connection for `key`; false (and nothing counted) when `key` is at the maximum. */
  tryAdd(key: string): boolean;
  /** Counts one connection less for `key`. */
  remove(key: string): void;
}

/** A `ConnectionCounter` in this process's memory. */
export class MemoryConnectionCounter implements ConnectionCounter {
  private readonly counts = new Map<string, number>();

  constructor(private readonly max: number) {}

  tryAdd(key: string): boolean {
    const count = this.counts.get(key) ?? 0;
    if (count >= this.max) return false;
    this.counts.set(key, count + 1);
    return true;
  }

  remove(key: string): void {
    const count = (this.counts.get(key) ?? 1) - 1;
    if (count > 0) this.counts.set(key, count);
    else this.counts.delete(key);
  }
}

/** Why an upgrade was refused before any work was done for it. */
export type AdmissionRefusal = 'connections-per-ip' | 'connections-per-document';

/** The caps' hold on one connection; `release` (idempotent) gives its places back. */
export interface AdmissionSlot {
  release: () => void;
}

/** Caps open connections per client IP and per document; a connection holds its places until released. */
export class Admission {
  constructor(
    private readonly perIp: ConnectionCounter,
    private readonly perDocument: ConnectionCounter,
  ) {}

  /** Takes a place for `ip` and for `docName`, or neither and says which cap refused. */
  admit(ip: string, docName: string): AdmissionSlot | { refused: AdmissionRefusal } {
    if (!this.perIp.tryAdd(ip)) return { refused: 'connections-per-ip' };
    if (!this.perDocument.tryAdd(docName)) {
      this.perIp.remove(ip);
      return { refused: 'connections-per-document' };
    }
    let held = true;
    return {
      release: () => {
        if (!held) return;
        held = false;
        this.perIp.remove(ip);
        this.perDocument.remove(docName);
      },
    };
  }
}

/** A connection's setup (authorization, handshake, document load, first sync); settles when done. */
export type Setup = () => Promise<void>;

// Setups started per turn of the event loop stop once this much time went by, so that messages
// of open connections are handled between them.
const TURN_BUDGET_MS = 4;

/**
 * Runs connection setups a few at a time: at most `concurrency` in progress, started in turns of the
 * event loop (`setImmediate`) that each stop after a few milliseconds, so that a burst of new
 * connections cannot hold up the messages of open ones. At most `maxQueued` wait.
 */
export class SetupPacer {
  private readonly waiting: Setup[] = [];
  private running = 0;
  private scheduled = false;

  constructor(
    private readonly concurrency: number,
    private readonly maxQueued: number,
  ) {}

  get queued(): number {
    return this.waiting.length;
  }

  /** Queues `setup`; false (and nothing queued) when the queue is full. */
  schedule(setup: Setup): boolean {
    if (this.waiting.length >= this.maxQueued) return false;
    this.waiting.push(setup);
    this.wake();
    return true;
  }

  private wake(): void {
    if (this.scheduled || this.waiting.length === 0 || this.running >= this.concurrency) return;
    this.scheduled = true;
    setImmediate(() => this.turn());
  }

  private turn(): void {
    this.scheduled = false;
    const started = performance.now();
    while (this.running < this.concurrency && performance.now() - started < TURN_BUDGET_MS) {
      const setup = this.waiting.shift();
      if (!setup) break;
      this.running++;
      const done = () => {
        this.running--;
        this.wake();
      };
      setup().then(done, done);
    }
    this.wake();
  }
}
