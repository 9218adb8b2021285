import type { Doc } from 'yjs';
import { COLLAB_SAVED_MESSAGE } from './collab.js';
import { writeVarUint } from './varuint.js';

/** `saved`: every local change is stored on the server; `saving`: some are not yet. */
export type SavedState = 'saved' | 'saving';

/** What `trackSaved` uses of y-websocket's `WebsocketProvider` (typed here so `shared` stays a leaf). */
export interface SavedTrackingProvider {
  doc: Doc;
  ws: { send(data: Uint8Array): void } | null;
  wsconnected: boolean;
  messageHandlers: Array<((...args: never[]) => void) | undefined>;
  on(name: 'sync', f: (synced: boolean) => void): unknown;
  off(name: 'sync', f: (synced: boolean) => void): unknown;
}

/** lib0's decoder, as y-websocket passes it to a message handler. */
interface Decoder {
  arr: Uint8Array;
  pos: number;
}

/**
 * Follows whether the local changes of `provider.doc` are stored on the server, using the
 * `COLLAB_SAVED_MESSAGE` exchange; returns a function that stops following.
 */
export function trackSaved(
  provider: SavedTrackingProvider,
  onChange: (state: SavedState) => void,
): () => void {
  let state: SavedState = 'saved';
  let requested = 0;
  // Local changes not yet covered by a request that the current connection carried.
  let uncovered = false;
  let scheduled = false;

  const set = (next: SavedState) => {
    if (next === state) return;
    state = next;
    onChange(next);
  };
  const request = () => {
    scheduled = false;
    if (!uncovered || !provider.wsconnected || !provider.ws) return;
    uncovered = false;
    requested += 1;
    provider.ws.send(encodeSaved(requested));
  };
  // Runs after the provider's own update listener (registered earlier), so the request follows the update.
  const onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (origin === provider) return;
    uncovered = true;
    set('saving');
    if (!scheduled) {
      scheduled = true;
      void Promise.resolve().then(request);
    }
  };
  // After a reconnect, 'sync' follows the client's own sync step 2 (its offline changes) on the wire.
  const onSync = (synced: boolean) => {
    if (!synced || state === 'saved') return;
    uncovered = true;
    request();
  };
  const onSaved = (_encoder: unknown, decoder: Decoder) => {
    if (readVarUint(decoder) === requested && !uncovered) set('saved');
  };

  provider.messageHandlers[COLLAB_SAVED_MESSAGE] = onSaved;
  provider.doc.on('update', onUpdate);
  provider.on('sync', onSync);
  return () => {
    provider.messageHandlers[COLLAB_SAVED_MESSAGE] = undefined;
    provider.doc.off('update', onUpdate);
    provider.off('sync', onSync);
  };
}

/** `[COLLAB_SAVED_MESSAGE, n]` with lib0's varuint encoding. */
export function encodeSaved(n: number): Uint8Array {
  const bytes = [COLLAB_SAVED_MESSAGE];
  writeVarUint(bytes, n);
  return Uint8Array.from(bytes);
}

function readVarUint(decoder: Decoder): number {
  let value = 0;
  let factor = 1;
  for (;;) {
    const byte = decoder.arr[decoder.pos++];
    if (byte === undefined) throw new RangeError('Unexpected end of the saved message.');
    value += (byte & 0x7f) * factor;
    if (byte < 0x80) return value;
    factor *= 0x80;
    if (factor > 2 ** 53) throw new RangeError('Saved counter is too large.');
  }
}
