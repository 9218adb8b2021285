import { applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { catchUp } from './catch-up.js';
import { type CollabDocument, type LocalAwarenessChange, RELAYED } from './document.js';
import type { CollabLog } from './log.js';
import type { DocumentRegistry } from './registry.js';
import type { DocumentRelay, RelayListener } from './relay.js';
import type { UpdateLog } from './update-log.js';

interface RelayDeps {
  registry: () => DocumentRegistry;
  relay: () => DocumentRelay;
  updateLog: UpdateLog;
  log: CollabLog;
}

/** Applies what other instances relay to the documents this one holds. */
export function relayListener({ registry, relay, updateLog, log }: RelayDeps): RelayListener {
  const catchUpLogged = (document: CollabDocument) =>
    catchUp(updateLog, document).then(
      (rows) => rows > 0 && log.caughtUp(document.name, rows),
      (err: unknown) => log.catchUpFailed(document.name, err),
    );
  return {
    updates(docName, { rowIds, updates }) {
      registry().whenLoaded(docName, (document) => {
        try {
          document.ydoc.transact(() => {
            for (const update of updates) Y.applyUpdate(document.ydoc, update);
          }, RELAYED);
          for (const id of rowIds) document.knownRows.add(id);
        } catch (err) {
          log.relayedFailed(docName, err);
          void catchUpLogged(document);
        }
      });
    },
    compacted(docName, replaced, snapshotId) {
      registry().whenLoaded(docName, ({ knownRows }) => {
        // The snapshot holds exactly the replaced rows: held if they all are.
        if (!replaced.every((id) => knownRows.has(id))) return;
        for (const id of replaced) knownRows.delete(id);
        knownRows.add(snapshotId);
      });
    },
    awareness(docName, update) {
      registry().whenLoaded(docName, (document) => {
        try {
          applyAwarenessUpdate(document.awareness, update, RELAYED);
        } catch (err) {
          log.relayedFailed(docName, err);
        }
      });
    },
    awarenessQuery(docName) {
      // Only the presence of this instance's own connections: answering with what was relayed
      // from others too would multiply every answer by the number of instances.
      registry().whenLoaded(docName, (document) => {
        const ids = document.localAwarenessIds();
        if (ids.length > 0) relay().publishAwareness(docName, encodeAwarenessUpdate(document.awareness, ids));
      });
    },
    resubscribed(docNames) {
      for (const docName of docNames)
        registry().whenLoaded(docName, (document) => {
          void catchUpLogged(document);
          // Presence is not stored: ask the others again for theirs.
          relay().queryAwareness(docName);
        });
    },
  };
}

/**
 * Publishes the presence changes of a document's connections, gathered per turn of the event loop,
 * so that a burst (a reconnection, a page of cursors) goes out as one message.
 */
export function awarenessPublisher(
  registry: () => DocumentRegistry,
  relay: () => DocumentRelay,
): (docName: string) => LocalAwarenessChange {
  const pending = new Map<string, Set<number>>();
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    for (const [docName, ids] of pending)
      registry().whenLoaded(docName, ({ awareness }) =>
        relay().publishAwareness(docName, encodeAwarenessUpdate(awareness, [...ids])),
      );
    pending.clear();
  };
  return (docName) => (clients) => {
    let ids = pending.get(docName);
    if (!ids) pending.set(docName, (ids = new Set()));
    for (const id of clients) ids.add(id);
    if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  };
}
