import type { Connection } from './connection.js';
import { queryAwarenessMessage } from './protocol.js';

/** Which connections were heard from since they were last asked, and which answer the questions. */
export class Liveness {
  private readonly heard = new WeakSet<Connection>();
  private readonly queried = new WeakSet<Connection>();
  private readonly answering = new WeakSet<Connection>();

  /** Records a frame from `connection`; `awareness` when it is an awareness update. */
  heardFrom(connection: Connection, awareness: boolean): void {
    // An awareness update after a query shows the client answers queries (a stock provider does);
    // from then on it must. Any other frame proves nothing: a client's first sync step 1 may well
    // arrive after the first query, from a client that never answers them (a bare reader).
    if (awareness && this.queried.has(connection)) this.answering.add(connection);
    this.heard.add(connection);
  }

  /** Records that `connection` was sent a query now. */
  asked(connection: Connection): void {
    this.queried.add(connection);
    this.heard.delete(connection);
  }

  /** Whether `connection` answered a query: from then on it must answer every one. */
  answers(connection: Connection): boolean {
    return this.answering.has(connection);
  }

  /** Whether `connection` answers queries and sent nothing since it was last asked. */
  silent(connection: Connection): boolean {
    return this.answering.has(connection) && !this.heard.has(connection);
  }
}

// A period is handled in slices this long, at most MAX_SLICES of them: asking 5,000 connections at
// once held the event loop about 100 ms, and every relay on the instance waited behind it.
const SLICE_MS = 10;
const MAX_SLICES = 150;
// Slices a late tick may handle: enough to keep up with ticks that come late, too few to make a burst.
const MAX_CATCH_UP = 4;

/**
 * Once a period, asks each connection for its presence (query-awareness, which y-websocket's
 * provider answers at once) and pings those that have not answered a query yet; terminates those
 * that did not answer the previous ping, or that answered queries before and sent nothing since
 * the previous one. Pings alone would not do: they are answered below the application (by a
 * browser's network layer, or a proxy), so they go on when a browser drops its connection as
 * offline while its socket stays open. The query also keeps the app's client from taking a quiet
 * document for a lost connection.
 *
 * Each connection goes into the emptiest slice of the period and stays there; one slice is handled
 * per tick, so no tick handles much more than its share. The slices due are counted on the clock,
 * not by ticks: late ticks (a busy event loop) catch up a few slices at a time, so each connection
 * is still checked about once a period, and one that stops answering is gone within two. A check
 * waits for the I/O already received, so that pongs and answers that came during a stall count.
 * The ticks run only while there are connections.
 */
export class Keepalive {
  private readonly slices: Set<Connection>[];
  private readonly sliceOf = new Map<Connection, Set<Connection>>();
  private readonly query = queryAwarenessMessage();
  private readonly sliceMs: number;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  private nextSlice = 0;
  // When the ticks (re)started, and how many slices were handled since.
  private startedAt = 0;
  private handled = 0;

  constructor(
    periodMs: number,
    private readonly liveness: Liveness,
    private readonly now: () => number = () => performance.now(),
  ) {
    const count = Math.min(MAX_SLICES, Math.max(1, Math.round(periodMs / SLICE_MS)));
    this.slices = Array.from({ length: count }, () => new Set<Connection>());
    this.sliceMs = periodMs / count;
  }

  add(connection: Connection): void {
    let slice = this.slices[0]!;
    for (const other of this.slices) if (other.size < slice.size) slice = other;
    slice.add(connection);
    this.sliceOf.set(connection, slice);
    if (!this.timer && !this.stopped) {
      this.startedAt = this.now();
      this.handled = 0;
      this.timer = setInterval(() => setImmediate(() => this.tick()), this.sliceMs);
      this.timer.unref();
    }
  }

  remove(connection: Connection): void {
    this.sliceOf.get(connection)?.delete(connection);
    this.sliceOf.delete(connection);
    if (this.sliceOf.size === 0) this.pause();
  }

  stop(): void {
    this.stopped = true;
    this.pause();
  }

  private pause(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private tick(): void {
    const due = Math.floor((this.now() - this.startedAt) / this.sliceMs);
    // Past a whole period behind (a long stall), one round is enough.
    this.handled = Math.max(this.handled, due - this.slices.length);
    for (let n = 0; n < MAX_CATCH_UP && this.handled < due && this.timer; n++) {
      this.handled++;
      this.check(this.slices[this.nextSlice]!);
      this.nextSlice = (this.nextSlice + 1) % this.slices.length;
    }
  }

  private check(slice: Set<Connection>): void {
    for (const connection of slice) {
      if (!connection.alive || this.liveness.silent(connection)) {
        connection.terminate();
        continue;
      }
      // An answer to the query shows more than a pong, which a browser's network layer or a proxy
      // gives: a connection that answers queries is only asked, half the frames.
      if (!this.liveness.answers(connection)) {
        connection.alive = false;
        connection.ping();
      }
      connection.send(this.query);
      this.liveness.asked(connection);
    }
  }
}
