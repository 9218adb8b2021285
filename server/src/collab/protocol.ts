import { COLLAB_SAVED_MESSAGE, encodeSaved } from '@partnerhub/shared';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';

/** Message types of the y-websocket protocol, plus the "saved" exchange. */
export const MessageType = {
  SYNC: 0,
  AWARENESS: 1,
  AUTH: 2,
  QUERY_AWARENESS: 3,
  SAVED: COLLAB_SAVED_MESSAGE,
} as const;

/** A client message, decoded but not yet applied. */
export type ClientMessage =
  | { type: 'sync-step-1'; stateVector: Uint8Array }
  | { type: 'update'; update: Uint8Array }
  | { type: 'awareness'; update: Uint8Array }
  | { type: 'query-awareness' }
  | { type: 'saved'; counter: number }
  | { type: 'other'; messageType: number };

/** Decodes one frame; throws on a truncated frame or an unknown sync step. */
export function decodeClientMessage(data: Uint8Array): ClientMessage {
  const decoder = decoding.createDecoder(data);
  const messageType = decoding.readVarUint(decoder);
  switch (messageType) {
    case MessageType.SYNC: {
      const step = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (step === syncProtocol.messageYjsSyncStep1) return { type: 'sync-step-1', stateVector: payload };
      // Step 2 and update carry the same thing, an update; a server treats them alike.
      if (step === syncProtocol.messageYjsSyncStep2 || step === syncProtocol.messageYjsUpdate)
        return { type: 'update', update: payload };
      throw new RangeError(`Unknown sync step ${step}.`);
    }
    case MessageType.AWARENESS:
      return { type: 'awareness', update: decoding.readVarUint8Array(decoder) };
    case MessageType.QUERY_AWARENESS:
      return { type: 'query-awareness' };
    case MessageType.SAVED:
      return { type: 'saved', counter: decoding.readVarUint(decoder) };
    default:
      return { type: 'other', messageType };
  }
}

/** Whether a state vector is that of an empty document (a client that has nothing yet). */
export function isEmptyStateVector(stateVector: Uint8Array): boolean {
  return stateVector.byteLength === 1 && stateVector[0] === 0;
}

/** Sync step 1: the server's state vector, asking the client for what the server lacks. */
export function syncStep1Message(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.SYNC);
  syncProtocol.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}

/** Sync step 2: what the client with `stateVector` lacks; throws on a malformed state vector. */
export function syncStep2Message(doc: Y.Doc, stateVector?: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.SYNC);
  syncProtocol.writeSyncStep2(encoder, doc, stateVector);
  return encoding.toUint8Array(encoder);
}

/** Sync step 2 carrying `update` as it is: a stored full state, sent without encoding the document again. */
export function syncStep2OfUpdate(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.SYNC);
  encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep2);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** An update to relay. */
export function updateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.SYNC);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** The awareness states of `clients`. */
export function awarenessMessage(awareness: awarenessProtocol.Awareness, clients: number[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.AWARENESS);
  encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, clients));
  return encoding.toUint8Array(encoder);
}

/** The answer to a client's "saved" request `counter`. */
export const savedMessage: (counter: number) => Uint8Array = encodeSaved;

/** A query for the client's presence states; y-websocket's provider answers with an awareness message. */
export function queryAwarenessMessage(): Uint8Array {
  return Uint8Array.of(MessageType.QUERY_AWARENESS);
}
