import type { Connection } from './connection.js';
import { queryAwarenessMessage } from './protocol.js';

/** Which connections were heard from since the last keepalive round, and which answer its queries. */
export class Liveness {
  private round = 0;
  private readonly heard = new WeakMap<Connection, number>();
  private readonly queried = new WeakSet<Connection>();
  private readonly answering = new WeakSet<Connection>();

  /** Records a frame from `connection`; `awareness` when it is an awareness update. */
  heardFrom(connection: Connection, awareness: boolean): void {
    // An awareness update after a query shows the client answers queries (a stock provider does);
    // from then on it must. Any other frame proves nothing: a client's first sync step 1 may well
    // arrive after the first query, from a client that never answers them (a bare reader).
    if (awareness && this.queried.has(connection)) this.answering.add(connection);
    this.heard.set(connection, this.round);
  }

  /** Records that `connection` was sent a query this round. */
  asked(connection: Connection): void {
    this.queried.add(connection);
  }

  /** Starts a round; the connections that answer queries must be heard from before the next one. */
  nextRound(): void {
    this.round++;
  }

  /** Whether `connection` answers queries and sent nothing during the round that just ended. */
  silent(connection: Connection): boolean {
    return this.answering.has(connection) && (this.heard.get(connection) ?? -1) < this.round - 1;
  }
}

/**
 * Every period, pings every connection and asks it for its presence (query-awareness, which
 * y-websocket's provider answers at once), and terminates those that did not answer the previous
 * ping, or that answered queries before and sent nothing since the previous one. Both are needed:
 * pings are answered below the application (by a browser's network layer, or a proxy), so they go
 * on when a browser drops its connection as offline while its socket stays open.
 */
export function startKeepalive(
  connections: Iterable<Connection>,
  periodMs: number,
  liveness: Liveness,
): () => void {
  const query = queryAwarenessMessage();
  const timer = setInterval(() => {
    liveness.nextRound();
    for (const connection of connections) {
      if (!connection.alive || liveness.silent(connection)) {
        connection.terminate();
        continue;
      }
      connection.alive = false;
      connection.ping();
      connection.send(query);
      liveness.asked(connection);
    }
  }, periodMs);
  timer.unref();
  return () => clearInterval(timer);
}
