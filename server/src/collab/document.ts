import { Awareness, removeAwarenessStates } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { Connection, WriteOrigin } from './connection.js';
import {
  awarenessMessage,
  isEmptyStateVector,
  syncStep1Message,
  syncStep2Message,
  updateMessage,
} from './protocol.js';

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}

// How far the size estimate may drift upwards before a size check measures the document again.
const REMEASURE_AFTER_BYTES = 64 * 1024;

/**
 * Called with every update applied to a loaded document, with the transaction's origin; calls
 * `stored` once the update is durable.
 */
export type StoreUpdate = (update: Uint8Array, origin: WriteOrigin | null, stored: () => void) => void;

/**
 * The origin of changes made elsewhere: updates another instance stored (relayed, or read from the
 * store) and presence relayed from another instance. They go to this instance's connections at once
 * and are neither stored nor shared again.
 */
export const RELAYED = Symbol('relayed');

/** Told of presence changes made on this instance (not those relayed from another one). */
export type LocalAwarenessChange = (clients: number[]) => void;

/**
 * A loaded document and the connections on it: hands every update to `store`, relays it to the other
 * editors at once and to viewers once it is stored, and relays awareness to all at once.
 */
export class CollabDocument {
  readonly awareness: Awareness;
  readonly connections = new Set<Connection>();
  /**
   * Approximate encoded size: the stored rows' size at load, measured exactly with the first full sync
   * or size check, plus the size of every update since.
   */
  bytes = 0;
  /** Set once the size warning was logged. */
  warned = false;
  /** Ids of the stored rows this copy holds (read at load, written here, or relayed). */
  readonly knownRows: Set<string>;
  private measuredBytes = 0;
  private measured = false;
  // Sync step 2 for a client that has nothing yet, shared by every such client until the next update.
  private fullState: Uint8Array | null = null;
  // The state vector of what was stored at load, when connections may have been sent just that
  // while the document was built: what they lack is what changed since.
  private storedVector: Uint8Array | null = null;
  private changedSinceLoad = false;

  constructor(
    readonly name: string,
    readonly ydoc: Y.Doc,
    store: StoreUpdate,
    { storedBytes = 0, rowIds = [], storedState, onLocalAwareness }: DocumentOptions = {},
  ) {
    this.knownRows = new Set(rowIds);
    this.awareness = new Awareness(ydoc);
    this.awareness.setLocalState(null);
    // Encoding the whole document to measure it would add a third to the load of a large one; the
    // first client's full sync encodes it anyway and measures it then.
    this.bytes = this.measuredBytes = storedBytes;
    // Unless it was built from one stored update that is its whole state: then that is the full sync.
    if (storedState?.length === 1 && !ydoc.store.pendingStructs && !ydoc.store.pendingDs)
      this.measuredAs((this.fullState = storedState[0]!));
    if (storedState) this.storedVector = Y.encodeStateVector(ydoc);
    ydoc.on('update', (update: Uint8Array, origin: unknown) => {
      this.fullState = null;
      this.changedSinceLoad = true;
      this.bytes += update.byteLength;
      if (origin === RELAYED) {
        for (const connection of this.connections) connection.send(updateMessage(update));
        return;
      }
      // Editors get it at once, as from any y-websocket server: one that holds it when the server
      // dies before storing it sends it back when it reconnects, and it is stored then. A viewer
      // could never give it back (its updates are dropped), so it would keep text the server lost
      // for good: viewers get it only once it is durable.
      const message = updateMessage(update);
      for (const connection of this.connections)
        if (connection !== origin && connection.access !== 'view') connection.send(message);
      store(update, isWriteOrigin(origin) ? origin : null, () => {
        for (const connection of this.connections)
          if (connection !== origin && connection.access === 'view') connection.send(message);
      });
    });
    this.awareness.on('update', ({ added, updated, removed }: AwarenessChange, origin: unknown) => {
      if (isConnection(origin, this.connections)) {
        for (const id of added) origin.awarenessIds.add(id);
        for (const id of removed) origin.awarenessIds.delete(id);
      }
      // Sent to the origin too: a lone client counts any message as a sign of life and reconnects
      // after 30 s of silence; its own awareness echoed back is what keeps a quiet document alive.
      const changed = [...added, ...updated, ...removed];
      const message = awarenessMessage(this.awareness, changed);
      for (const connection of this.connections) connection.send(message);
      // Every instance times out stale presence itself.
      if (origin !== RELAYED && origin !== 'timeout') onLocalAwareness?.(changed);
    });
  }

  /** Presence ids this instance's connections introduced. */
  localAwarenessIds(): number[] {
    const ids: number[] = [];
    for (const connection of this.connections) ids.push(...connection.awarenessIds);
    return ids;
  }

  /** Adds a connection and sends it sync step 1 and the current awareness states. */
  join(connection: Connection): void {
    this.connections.add(connection);
    connection.send(syncStep1Message(this.ydoc));
    const clients = [...this.awareness.getStates().keys()];
    if (clients.length > 0) connection.send(awarenessMessage(this.awareness, clients));
  }

  /** Removes a connection and the awareness states it introduced. */
  leave(connection: Connection): void {
    if (!this.connections.delete(connection)) return;
    if (connection.awarenessIds.size > 0)
      removeAwarenessStates(this.awareness, [...connection.awarenessIds], null);
  }

  /**
   * What changed since the load (a sync step 2), for a connection that was sent the stored state
   * while the document was built; null when nothing did.
   */
  changesSinceStored(): Uint8Array | null {
    return this.changedSinceLoad && this.storedVector ? syncStep2Message(this.ydoc, this.storedVector) : null;
  }

  /** Sync step 2 for a client holding `stateVector`; throws on a malformed state vector. */
  syncStep2(stateVector: Uint8Array): Uint8Array {
    if (!isEmptyStateVector(stateVector)) return syncStep2Message(this.ydoc, stateVector);
    if (!this.fullState) {
      this.fullState = syncStep2Message(this.ydoc);
      if (!this.measured) this.measuredAs(this.fullState);
    }
    return this.fullState;
  }

  /** Whether `extra` more bytes keep the document within `cap`, measuring it again if the estimate drifted. */
  fits(extra: number, cap: number): boolean {
    if (!this.measured) this.measure();
    if (this.bytes + extra <= cap) return true;
    if (this.bytes - this.measuredBytes >= REMEASURE_AFTER_BYTES) this.measure();
    return this.bytes + extra <= cap;
  }

  private measure(): void {
    this.fullState = syncStep2Message(this.ydoc);
    this.measuredAs(this.fullState);
  }

  private measuredAs(fullState: Uint8Array): void {
    this.bytes = this.measuredBytes = fullState.byteLength;
    this.measured = true;
  }

  /** Set once it left memory. */
  destroyed = false;

  destroy(): void {
    this.destroyed = true;
    this.awareness.destroy();
    this.ydoc.destroy();
  }
}

interface DocumentOptions {
  /** Size of the stored rows it was built from. */
  storedBytes?: number;
  /**
   * The messages that gave clients what was stored before it was built (`storedStateMessages`);
   * one message is the sync step 2 of its whole state.
   */
  storedState?: Uint8Array[];
  rowIds?: string[];
  onLocalAwareness?: LocalAwarenessChange;
}

function isWriteOrigin(origin: unknown): origin is WriteOrigin {
  return typeof origin === 'object' && origin !== null && 'lastWriteSeq' in origin && 'actor' in origin;
}

function isConnection(origin: unknown, connections: Set<Connection>): origin is Connection {
  return connections.has(origin as Connection);
}
