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

// A period is handled in slices this long, at most MAX_SLICES of them: pinging 5,000 connections
// at once held the event loop about 100 ms, and every relay on the instance waited behind it; in
// slices of 25 ms relays still took twice as long as without pings, in slices of 10 ms not.
const SLICE_MS = 10;
const MAX_SLICES = 150;

/**
 * Once a period, asks each connection for its presence (query-awareness, which y-websocket's
 * provider answers at once) and pings those that have not answered a query yet; terminates those
 * that did not answer the previous ping, or that answered queries before and sent nothing since
 * the previous one. Pings alone would not do: they are answered below the application (by a
 * browser's network layer, or a proxy), so they go on when a browser drops its connection as
 * offline while its socket stays open. The query also keeps the app's client from taking a quiet
 * document for a lost connection.
 *
 * Connections are dealt round-robin into slices of the period, one slice handled per tick, so each
 * is checked exactly one period after the last time: a connection that stops answering is gone
 * within two periods, and no tick handles more than its share. The ticks run only while there are
 * connections.
 */
export class Keepalive {
  private readonly slices: Set<Connection>[];
  private readonly sliceOf = new Map<Connection, Set<Connection>>();
  private readonly query = queryAwarenessMessage();
  private readonly tickMs: number;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  private nextSlice = 0;
  private dealt = 0;

  constructor(
    periodMs: number,
    private readonly liveness: Liveness,
  ) {
    const count = Math.min(MAX_SLICES, Math.max(1, Math.round(periodMs / SLICE_MS)));
    this.slices = Array.from({ length: count }, () => new Set<Connection>());
    this.tickMs = periodMs / count;
  }

  add(connection: Connection): void {
    const slice = this.slices[this.dealt++ % this.slices.length]!;
    slice.add(connection);
    this.sliceOf.set(connection, slice);
    if (!this.timer && !this.stopped) {
      this.timer = setInterval(() => this.tick(), this.tickMs);
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
    const slice = this.slices[this.nextSlice]!;
    this.nextSlice = (this.nextSlice + 1) % this.slices.length;
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
