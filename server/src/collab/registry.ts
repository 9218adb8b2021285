import type * as Y from 'yjs';
import { buildDoc, initializeLog } from './compaction.js';
import { CollabDocument, type LocalAwarenessChange, type StoreUpdate } from './document.js';
import type { CollabLog } from './log.js';
import type { DocumentRelay } from './relay.js';
import { storedStateMessages } from './stored-state.js';
import type { UpdateLog } from './update-log.js';
import type { WriteQueue } from './write-queue.js';

/** A document in memory or being loaded, with the number of its users (connections, server edits). */
export interface DocumentEntry {
  readonly name: string;
  /** Resolves once the whole log is applied; rejects when loading failed (nothing was stored). */
  readonly ready: Promise<CollabDocument>;
  /**
   * Resolves, before the document is built, with messages that give a client that has nothing what
   * is stored (`storedStateMessages`); with null when there are none.
   */
  readonly stored: Promise<Uint8Array[] | null>;
  /** The loaded document; null while loading. */
  readonly document: CollabDocument | null;
}

interface Entry extends DocumentEntry {
  users: number;
  document: CollabDocument | null;
  unloadTimer: NodeJS.Timeout | null;
  /** What arrived from other instances while the document was loading, applied once it is loaded. */
  arrived: ((document: CollabDocument) => void)[];
}

interface RegistryDeps {
  updateLog: UpdateLog;
  queue: WriteQueue;
  log: CollabLog;
  store: (docName: string) => StoreUpdate;
  maxDocuments: number;
  unloadDelayMs: number;
  initialize?: InitializeDocument;
  /** With several instances: subscribed before a load reads the store, left when it is unloaded. */
  relay?: DocumentRelay | null;
  /** Told of presence changes made by a document's own connections. */
  onLocalAwareness?: (docName: string) => LocalAwarenessChange;
}

/**
 * Gives a document that has never been stored its first content: a change to run on the empty
 * document (stored like any update, without a user), or null to leave it empty.
 */
export type InitializeDocument = (docName: string) => Promise<((doc: Y.Doc) => void) | null>;

/**
 * The documents in memory. The first user of a document starts its load, and every later user
 * waits on the same load (the per-document lock); a document without users is unloaded after a
 * delay, once its updates are stored.
 */
export class DocumentRegistry {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly deps: RegistryDeps) {}

  get size(): number {
    return this.entries.size;
  }

  /** Whether `name` is in memory or there is room for it, unloading an idle document if needed. */
  makeRoomFor(name: string): boolean {
    if (this.entries.has(name) || this.entries.size < this.deps.maxDocuments) return true;
    for (const entry of this.entries.values()) {
      if (entry.users === 0 && entry.document && !this.deps.queue.hasPending(entry.name)) {
        this.drop(entry);
        return true;
      }
    }
    return false;
  }

  /** Counts one more user of `name`, starting its load if it is not in memory. */
  acquire(name: string): DocumentEntry {
    let entry = this.entries.get(name);
    if (!entry) {
      entry = this.load(name);
      this.entries.set(name, entry);
    }
    entry.users++;
    if (entry.unloadTimer) clearTimeout(entry.unloadTimer);
    entry.unloadTimer = null;
    return entry;
  }

  /** Counts one user less; the last one leaving schedules the unload. */
  release(handle: DocumentEntry): void {
    const entry = handle as Entry;
    entry.users--;
    if (entry.users === 0 && entry.document) this.scheduleUnload(entry);
  }

  /**
   * Runs `fn` on `name` once it is loaded: now if it is, after the load if it is loading, never if
   * it is not in memory (a later load reads everything from the store).
   */
  whenLoaded(name: string, fn: (document: CollabDocument) => void): void {
    const entry = this.entries.get(name);
    if (!entry) return;
    if (entry.document) fn(entry.document);
    else entry.arrived.push(fn);
  }

  /** The documents in memory and loaded. */
  loaded(): CollabDocument[] {
    const documents: CollabDocument[] = [];
    for (const { document } of this.entries.values()) if (document) documents.push(document);
    return documents;
  }

  /** Destroys every document (after the write queue was flushed). */
  destroyAll(): void {
    for (const entry of this.entries.values()) this.drop(entry);
  }

  private load(name: string): Entry {
    let storedRead!: (messages: Uint8Array[] | null) => void;
    const stored = new Promise<Uint8Array[] | null>((resolve) => (storedRead = resolve));
    const entry: Entry = {
      name,
      users: 0,
      document: null,
      unloadTimer: null,
      arrived: [],
      ready: null!,
      stored,
    };
    const ready = this.open(entry, storedRead);
    // Users handle the rejection; this keeps a load that every user left from being "unhandled".
    ready.catch(() => {});
    ready.finally(() => storedRead(null)).catch(() => {});
    return Object.assign(entry, { ready });
  }

  private async open(
    entry: Entry,
    storedRead: (messages: Uint8Array[] | null) => void,
  ): Promise<CollabDocument> {
    const { name } = entry;
    const { relay, updateLog } = this.deps;
    const started = performance.now();
    let document: CollabDocument;
    try {
      // Subscribed first: whatever another instance stores after the read below is relayed.
      await relay?.join(name);
      let rows = await updateLog.read(name);
      const fill = rows.length === 0 && this.deps.initialize ? await this.deps.initialize(name) : null;
      if (fill) rows = await initializeLog(updateLog, name, fill);
      const storedState = storedStateMessages(rows);
      if (storedState) {
        // Building a large document holds the event loop (about 100 ms for a text typed 100,000
        // times): clients that have nothing get the stored state first, and one turn of the loop
        // lets their sockets take it before the build.
        storedRead(storedState);
        await new Promise((resolve) => setImmediate(resolve));
      }
      document = new CollabDocument(name, buildDoc(rows), this.deps.store(name), {
        storedBytes: rows.reduce((sum, row) => sum + row.data.byteLength, 0),
        rowIds: rows.map(({ id }) => String(id)),
        storedState: storedState ?? undefined,
        onLocalAwareness: this.deps.onLocalAwareness?.(name),
      });
      if (this.entries.get(name) !== entry) {
        document.destroy();
        throw new Error('The collaboration server closed while the document was loading.');
      }
      this.deps.queue.track(name, rows.length);
      for (const apply of entry.arrived.splice(0)) apply(document);
      this.deps.log.loaded(name, rows.length, Math.round(performance.now() - started));
    } catch (err) {
      this.deps.log.loadFailed(name, err);
      if (this.entries.get(name) === entry) {
        this.entries.delete(name);
        relay?.leave(name);
      }
      throw err;
    }
    entry.document = document;
    relay?.queryAwareness(name);
    if (entry.users === 0) this.scheduleUnload(entry);
    return document;
  }

  private scheduleUnload(entry: Entry): void {
    if (entry.unloadTimer) clearTimeout(entry.unloadTimer);
    entry.unloadTimer = setTimeout(() => void this.unload(entry), this.deps.unloadDelayMs);
    entry.unloadTimer.unref();
  }

  private async unload(entry: Entry): Promise<void> {
    entry.unloadTimer = null;
    if (entry.users > 0 || this.entries.get(entry.name) !== entry) return;
    try {
      await this.deps.queue.flush();
    } catch {
      // The queue retries and logs; try unloading again later.
    }
    if (entry.users > 0 || this.entries.get(entry.name) !== entry || entry.unloadTimer) return;
    if (this.deps.queue.hasPending(entry.name)) this.scheduleUnload(entry);
    else {
      this.drop(entry);
      this.deps.log.unloaded(entry.name);
    }
  }

  private drop(entry: Entry): void {
    if (entry.unloadTimer) clearTimeout(entry.unloadTimer);
    entry.unloadTimer = null;
    this.entries.delete(entry.name);
    this.deps.relay?.leave(entry.name);
    this.deps.queue.untrack(entry.name);
    entry.document?.destroy();
  }
}
