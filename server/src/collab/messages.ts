import { CollabCloseCode } from '@partnerhub/shared';
import { applyAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { Connection } from './connection.js';
import type { CollabDocument } from './document.js';
import type { CollabLog } from './log.js';
import { awarenessChanges } from './awareness-update.js';
import { awarenessMessage, decodeClientMessage, isEmptyStateVector, savedMessage } from './protocol.js';
import { updateRefusal, wouldChange } from './validate.js';
import type { WriteQueue } from './write-queue.js';

interface MessageContext {
  queue: WriteQueue;
  log: CollabLog;
  limits: { warnDocumentBytes: number; maxDocumentBytes: number };
}

/**
 * Sends a sync reply; to a viewer only once everything queued so far is stored: a viewer can never
 * give back what it got, so it must not hold what the server could still lose.
 */
export function sendSyncReply(connection: Connection, reply: Uint8Array, queue: WriteQueue): void {
  if (connection.access === 'view') queue.afterStored(queue.newestSeq, () => connection.sendBulk(reply));
  else connection.sendBulk(reply);
}

/**
 * Answers a client that has nothing (sync step 1 with an empty state vector) with `storedState`,
 * the messages of what is stored, before the document is built; any other frame waits for the document.
 */
export function answerFromStored(
  connection: Connection,
  data: Uint8Array,
  storedState: Uint8Array[],
): boolean {
  let message: ReturnType<typeof decodeClientMessage>;
  try {
    message = decodeClientMessage(data);
  } catch {
    return false;
  }
  if (message.type !== 'sync-step-1' || !isEmptyStateVector(message.stateVector)) return false;
  // Stored, so a viewer may have it too.
  connection.sendBulk(...storedState);
  connection.sentStoredState = true;
  return true;
}

/**
 * Applies one client frame to a loaded document. A viewer's updates are dropped (and logged when
 * they would change something); an editor's update is applied whole or not at all: one that cannot
 * be decoded, or that Yjs would apply only in part or keep pending, closes that connection only,
 * with MALFORMED; one the connection's guard refuses is logged and closes it with UPDATE_REFUSED.
 * A refused update is neither applied, relayed nor stored.
 */
export function handleMessage(
  doc: CollabDocument,
  connection: Connection,
  data: Uint8Array,
  { queue, log, limits }: MessageContext,
): void {
  try {
    const message = decodeClientMessage(data);
    switch (message.type) {
      case 'sync-step-1': {
        sendSyncReply(connection, doc.syncStep2(message.stateVector), queue);
        return;
      }
      case 'update': {
        if (connection.access === 'view') {
          // A viewer's provider answers every sync step 1 with what it has: a write only if it is new.
          if (!wouldChange(doc.ydoc, message.update)) return;
          // Logged once per connection here; the total is logged when it closes.
          if (connection.droppedWrites++ === 0) log.viewerWriteDropped(connection, 1);
          return;
        }
        if (!doc.fits(message.update.byteLength, limits.maxDocumentBytes)) {
          log.documentTooLarge(connection, doc.bytes);
          connection.close(CollabCloseCode.DOCUMENT_TOO_LARGE, 'The document is too large.');
          return;
        }
        const invalid = updateRefusal(doc.ydoc, message.update);
        if (invalid !== null) {
          log.malformed(connection, new Error(`The update ${invalid}.`));
          connection.close(CollabCloseCode.MALFORMED, 'Malformed update.');
          return;
        }
        if (connection.guard) {
          const refusal = connection.guard(doc.ydoc, message.update);
          if (refusal !== null) {
            log.updateRefused(connection, refusal);
            connection.close(CollabCloseCode.UPDATE_REFUSED, 'Change refused.');
            return;
          }
        }
        Y.applyUpdate(doc.ydoc, message.update, connection);
        if (doc.bytes > limits.warnDocumentBytes && !doc.warned) {
          doc.warned = true;
          log.largeDocument(doc.name, doc.bytes);
        }
        return;
      }
      case 'awareness': {
        const changes = awarenessChanges(doc.awareness, message.update);
        if (changes) applyAwarenessUpdate(doc.awareness, changes, connection);
        return;
      }
      case 'query-awareness':
        connection.send(awarenessMessage(doc.awareness, [...doc.awareness.getStates().keys()]));
        return;
      case 'saved': {
        const { counter } = message;
        // Saved means stored and shared: an instance never acknowledges what the others cannot get.
        queue.afterShared(connection.lastWriteSeq, () => connection.send(savedMessage(counter)));
        return;
      }
      case 'other':
        return;
    }
  } catch (err) {
    log.malformed(connection, err);
    connection.close(CollabCloseCode.MALFORMED, 'Malformed message.');
  }
}
