import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { CollabCloseCode, parseDocName } from '@partnerhub/shared';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { type WebSocket, WebSocketServer } from 'ws';
import * as Y from 'yjs';
import type { Orm } from '../db/orm.js';
import type { RevocationEvent } from '../events/revocation.js';
import { Admission, type AdmissionSlot, MemoryConnectionCounter, SetupPacer } from './admission.js';
import { catchUp } from './catch-up.js';
import { type CollabActor, Connection, type WriteOrigin } from './connection.js';
import type { StoreUpdate } from './document.js';
import { Keepalive, Liveness } from './keepalive.js';
import { type CollabOptions, UserConnectionLimiter, resolveCollabOptions } from './limits.js';
import { createCollabLog } from './log.js';
import { answerFromStored, handleMessage, sendSyncReply } from './messages.js';
import { MessageType } from './protocol.js';
import { RedisDocumentRelay } from './redis-relay.js';
import { type DocumentEntry, DocumentRegistry, type InitializeDocument } from './registry.js';
import { awarenessPublisher, relayListener } from './relay-listener.js';
import { RevocationWatch } from './revocation.js';
import { SharedAdmission } from './shared-admission.js';
import { UpdateLog } from './update-log.js';
import {
  type CollabAuthorization,
  type CollabAuthorize,
  type CollabDocRequest,
  createUpgradeHandler,
} from './upgrade.js';
import { WriteQueue } from './write-queue.js';

export type { ConnectionCounter } from './admission.js';
export type { CollabAccess, CollabActor, CollabUpdateGuard } from './connection.js';
export type { CollabOptions } from './limits.js';
export type { InitializeDocument } from './registry.js';
export type { CollabCredential } from './revocation.js';
export type { CollabAuthorization, CollabAuthorize, CollabDocRequest } from './upgrade.js';

export interface CollabServerProps {
  orm: Orm;
  log: Logger;
  authorize: CollabAuthorize;
  options?: Partial<CollabOptions>;
  /** First content of documents that have never been stored (none by default). */
  initialize?: InitializeDocument;
  /** The client's IP address for the per-IP cap; the socket's peer address by default. */
  clientIp?: (req: IncomingMessage) => string;
  /**
   * Counts the caps per IP and per document in Redis, for every instance (keys start with
   * `prefix`); without it they count in this process. `leaseMs`: see `SharedAdmission`.
   */
  sharedCaps?: { redis: Redis; prefix: string; leaseMs?: number } | null;
  /**
   * Relays stored updates and presence over Redis to the other instances holding a document (channels
   * start with `prefix`); without it this process is the only one.
   */
  relay?: { url: string; prefix: string } | null;
}

export interface CollabStats {
  documents: number;
  connections: number;
  /** Updates applied in memory and not yet stored. */
  pendingWrites: number;
}

/** The y-websocket collaboration server over the database's update log. */
export interface CollabServer {
  /** Handles an HTTP upgrade to `/collab/<docName>`; refuses anything else with a plain HTTP status. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  /**
   * Runs `fn` in one transaction on the live document (loading it if needed, and with every update
   * any instance stored before), relays the change to connected clients and resolves once it is
   * stored and shared; rejects if the write fails (it is retried).
   * If `fn` throws, what it changed before throwing stays applied and is stored too.
   * @throws when `docName` is not a collaborative document name.
   */
  applyServerEdit(docName: string, actor: CollabActor, fn: (doc: Y.Doc) => void): Promise<void>;
  /**
   * A detached copy of the document as it is now, with every update any instance stored before the
   * call (changes to the copy go nowhere).
   */
  readDocument(docName: string): Promise<Y.Doc>;
  /**
   * Runs `read` on the live document (loading it if needed) and resolves with its result; cheaper
   * than a copy for large documents. `read` must not change the document.
   */
  readLive<T>(docName: string, read: (doc: Y.Doc) => T): Promise<T>;
  /**
   * Decides again every open connection the event concerns (see `RevocationWatch`); resolves once
   * each is kept, downgraded or closed.
   */
  revoke(event: RevocationEvent): Promise<void>;
  /** Stores every update applied so far. */
  flush(): Promise<void>;
  /** Closes every connection with SERVER_SHUTDOWN, stores what is queued and frees the documents. */
  close(): Promise<void>;
  stats(): CollabStats;
}

/** Refuses every collaboration connection with 401; the default until an identity-aware one is given. */
export const refuseAllCollab: CollabAuthorize = () => Promise.resolve({ ok: false, status: 401 });

type Granted = Extract<CollabAuthorization, { ok: true }>;

const FIRST_SYNC_WAIT_MS = 2_000;

function settledWithin(promise: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

class ServerEdit implements WriteOrigin {
  lastWriteSeq = 0;
  constructor(readonly actor: CollabActor) {}
}

/** Creates the collaboration server; it only answers upgrades handed to `handleUpgrade`. */
export function createCollabServer({
  orm,
  log: logger,
  authorize,
  options,
  initialize,
  clientIp = (req) => req.socket.remoteAddress ?? 'unknown',
  sharedCaps,
  relay: relayTo,
}: CollabServerProps): CollabServer {
  const opts = resolveCollabOptions(options);
  const log = createCollabLog(logger);
  const updateLog = new UpdateLog(orm);
  const relay: RedisDocumentRelay | null = relayTo
    ? new RedisDocumentRelay({
        ...relayTo,
        listener: relayListener({ registry: () => registry, relay: () => relay!, updateLog, log }),
        onError: (err) => log.relayFailed(err),
      })
    : null;
  const queue = new WriteQueue(updateLog, log, opts, {
    share: async (batch) => {
      for (const { docName, rowIds } of batch)
        registry.whenLoaded(docName, ({ knownRows }) => rowIds.forEach((id) => knownRows.add(id)));
      if (relay)
        await Promise.all(batch.map(({ docName, ...updates }) => relay.publishUpdates(docName, updates)));
    },
    compacted(docName, replaced, snapshotId) {
      registry.whenLoaded(docName, ({ knownRows }) => {
        for (const id of replaced) knownRows.delete(id);
        knownRows.add(snapshotId);
      });
      relay?.publishCompacted(docName, replaced, snapshotId);
    },
  });
  const store =
    (docName: string): StoreUpdate =>
    (data, origin, stored) => {
      const seq = queue.enqueue({ docName, data, userId: origin?.actor.userId ?? null });
      if (origin) origin.lastWriteSeq = seq;
      queue.afterStored(seq, stored);
    };
  const registry: DocumentRegistry = new DocumentRegistry({
    updateLog,
    queue,
    log,
    store,
    initialize,
    relay,
    onLocalAwareness: relay
      ? awarenessPublisher(
          () => registry,
          () => relay,
        )
      : undefined,
    ...opts,
  });
  const limiter = new UserConnectionLimiter(opts.maxConnectionsPerUser);
  const connections = new Set<Connection>();
  const revocations = new RevocationWatch(log);
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: opts.maxMessageBytes,
    perMessageDeflate: false,
    clientTracking: false,
  });
  const liveness = new Liveness();
  const keepalive = new Keepalive(opts.keepaliveMs, liveness);
  let closing = false;

  /** A place among the person's connections (on every instance with Redis); null at the cap. */
  async function admitUser(userId: number | null): Promise<AdmissionSlot | null> {
    if (userId === null) return { release: () => {} };
    if (sharedAdmission) return sharedAdmission.admitUser(userId);
    return limiter.tryAdd(userId) ? { release: () => limiter.remove(userId) } : null;
  }

  function onConnection(ws: WebSocket, doc: CollabDocRequest, grant: Granted): Promise<void> {
    const { actor } = grant;
    let slot: AdmissionSlot | null = null;
    let entry: DocumentEntry | null = null;
    // Created first, so that it holds the frames that arrive while the person's place is counted.
    const connection = new Connection(ws, doc.name, grant, opts, log, (ended) => {
      connections.delete(ended);
      keepalive.remove(ended);
      revocations.forget(ended);
      slot?.release();
      if (ended.droppedWrites > 1) log.viewerWriteDropped(ended, ended.droppedWrites);
      if (entry) {
        entry.document?.leave(ended);
        registry.release(entry);
      }
    });
    connections.add(connection);
    keepalive.add(connection);
    revocations.watch(connection, grant.credential);
    const joined = admitUser(actor.userId).then(async (admitted) => {
      if (!admitted) {
        log.tooManyConnections({ docName: doc.name, actor });
        connection.close(CollabCloseCode.TOO_MANY_CONNECTIONS, 'Too many connections.');
        return;
      }
      if (connection.closed) return admitted.release();
      slot = admitted;
      const acquired = (entry = registry.acquire(doc.name));
      // A large document takes a while to build: a client that has nothing gets what is stored first.
      if (!acquired.document)
        void acquired.stored.then((storedState) => {
          if (storedState) connection.answerEarly((c, data) => answerFromStored(c, data, storedState));
        });
      await acquired.ready.then(
        (document) => {
          if (connection.closed) return;
          document.join(connection);
          const missed = connection.sentStoredState ? document.changesSinceStored() : null;
          if (missed) sendSyncReply(connection, missed, queue);
          connection.attach((c, data) => {
            // The first byte is the message type (a varuint, one byte below 128).
            liveness.heardFrom(c, data[0] === MessageType.AWARENESS);
            handleMessage(document, c, data, { queue, log, limits: opts });
          });
        },
        () => connection.close(CollabCloseCode.LOAD_FAILED, 'The document could not be loaded.'),
      );
    });
    // The setup ends with the answer to the client's first sync step 1, so that the first syncs of a
    // burst of connections are paced too; a client that does not ask soon is not waited for.
    return joined.then(() => settledWithin(connection.firstSync, FIRST_SYNC_WAIT_MS));
  }

  const sharedAdmission =
    sharedCaps &&
    new SharedAdmission({
      ...sharedCaps,
      maxPerIp: opts.maxConnectionsPerIp,
      maxPerDocument: opts.maxConnectionsPerDoc,
      maxPerUser: opts.maxConnectionsPerUser,
      onFallback: (err) =>
        logger.error({ err }, 'Redis failed; connection caps count in this process for now'),
    });
  const upgrade = createUpgradeHandler({
    wss,
    authorize: revocations.noting(authorize),
    log,
    admission:
      sharedAdmission ??
      new Admission(
        new MemoryConnectionCounter(opts.maxConnectionsPerIp),
        new MemoryConnectionCounter(opts.maxConnectionsPerDoc),
      ),
    pacer: new SetupPacer(opts.setupConcurrency, opts.maxQueuedSetups),
    clientIp,
    canOpen: (name) => !closing && registry.makeRoomFor(name),
    onConnection,
  });

  async function withDocument<T>(docName: string, fn: (doc: Y.Doc) => T): Promise<T> {
    if (closing) throw new Error('The collaboration server is closed.');
    if (!parseDocName(docName)) throw new Error(`"${docName}" is not a collaborative document name.`);
    const entry = registry.acquire(docName);
    try {
      const document = await entry.ready;
      // Relayed updates may still be on their way: read what any instance stored before this call.
      if (relay) await catchUp(updateLog, document);
      return fn(document.ydoc);
    } finally {
      registry.release(entry);
    }
  }

  return {
    handleUpgrade: upgrade,
    async applyServerEdit(docName, actor, fn) {
      const origin = new ServerEdit(actor);
      await withDocument(docName, (doc) => doc.transact(() => fn(doc), origin));
      log.serverEdit(docName, actor);
      if (origin.lastWriteSeq > 0) await queue.shared(origin.lastWriteSeq);
    },
    readDocument: (docName) =>
      withDocument(docName, (doc) => {
        const copy = new Y.Doc();
        Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
        return copy;
      }),
    readLive: (docName, read) => withDocument(docName, read),
    revoke: (event) => revocations.revoke(event),
    flush: () => queue.flush(),
    async close() {
      closing = true;
      keepalive.stop();
      revocations.close();
      for (const connection of connections)
        connection.close(CollabCloseCode.SERVER_SHUTDOWN, 'Server shutting down.');
      try {
        await queue.flush();
      } catch (err) {
        log.unsavedAtClose(queue.pending, err);
      }
      queue.close();
      registry.destroyAll();
      wss.close();
      await Promise.all([sharedAdmission?.close(), relay?.close()]);
    },
    stats: () => ({ documents: registry.size, connections: connections.size, pendingWrites: queue.pending }),
  };
}
