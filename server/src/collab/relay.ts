/** Updates of one document stored together by one instance, with the ids of their rows. */
export interface RelayedUpdates {
  rowIds: string[];
  /** Yjs updates, encoding 1. */
  updates: Uint8Array[];
}

/** What another instance published about a document this one holds. */
export interface RelayListener {
  updates(docName: string, batch: RelayedUpdates): void;
  /** The rows `replaced` of `docName` were replaced by the snapshot row `snapshotId`. */
  compacted(docName: string, replaced: string[], snapshotId: string): void;
  awareness(docName: string, update: Uint8Array): void;
  /** An instance that just loaded `docName` asks for the presence of everyone connected elsewhere. */
  awarenessQuery(docName: string): void;
  /**
   * The subscriptions were lost (Redis went away) and are back: anything published meanwhile may
   * be missing, so these documents must catch up from the store.
   */
  resubscribed(docNames: string[]): void;
}

/**
 * Carries a document's stored updates and presence between the instances that hold it. Only what
 * is stored is relayed, and every instance reads what it missed from the store, so the relay may
 * lose messages while it is disconnected without losing edits.
 */
export interface DocumentRelay {
  /**
   * Starts receiving `docName`'s messages; resolves once subscribed, or at once while disconnected, or
   * after a while (then the listener hears `resubscribed` once the subscription holds).
   */
  join(docName: string): Promise<void>;
  leave(docName: string): void;
  /** Resolves once the relay accepted the updates; waits through an outage rather than failing. */
  publishUpdates(docName: string, batch: RelayedUpdates): Promise<void>;
  publishCompacted(docName: string, replaced: string[], snapshotId: string): void;
  /** Dropped while disconnected: clients send their presence again within 15 s. */
  publishAwareness(docName: string, update: Uint8Array): void;
  queryAwareness(docName: string): void;
  close(): Promise<void>;
}
