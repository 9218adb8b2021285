import type { Connection } from './connection.js';

/** Pings every connection each period and terminates those that did not answer the previous ping. */
export function startKeepalive(connections: Iterable<Connection>, periodMs: number): () => void {
  const timer = setInterval(() => {
    for (const connection of connections) {
      if (!connection.alive) {
        connection.terminate();
        continue;
      }
      connection.alive = false;
      connection.ping();
    }
  }, periodMs);
  timer.unref();
  return () => clearInterval(timer);
}
