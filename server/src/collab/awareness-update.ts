import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { Awareness } from 'y-protocols/awareness';

// "null" in UTF-8: the state of a client that left.
const NULL_STATE = Uint8Array.from([0x6e, 0x75, 0x6c, 0x6c]);
// JSON's whitespace: space, tab, line feed, carriage return.
const JSON_WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);

interface Entry {
  clientId: number;
  clock: number;
  state: Uint8Array;
}

/**
 * The part of an awareness update that would change `awareness`, as `applyAwarenessUpdate` decides
 * it: the whole update when all of it would, a re-encoded update of the entries that would, or
 * null when none would.
 *
 * A stock provider answers each presence query with every state it knows, so on a document with N
 * providers each round of queries brings N² states, nearly all of them unchanged. `applyAwarenessUpdate`
 * parses every state's JSON before it looks at the clock; here an unchanged one is skipped unread.
 *
 * @throws when `update` cannot be read whole, or a state that would be applied is not JSON: nothing
 * of it is applied then (`applyAwarenessUpdate` sets states one by one as it reads them).
 */
export function awarenessChanges(awareness: Awareness, update: Uint8Array): Uint8Array | null {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const changes: Entry[] = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    // The state's UTF-8 bytes, framed as `writeVarString` writes them, not decoded yet.
    const state = decoding.readVarUint8Array(decoder);
    if (wouldChange(awareness, clientId, clock, state)) changes.push({ clientId, clock, state });
  }
  if (changes.length === 0) return null;
  const textDecoder = new TextDecoder();
  for (const { state } of changes) JSON.parse(textDecoder.decode(state));
  if (changes.length === count) return update;
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, changes.length);
  for (const { clientId, clock, state } of changes) {
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarUint8Array(encoder, state);
  }
  return encoding.toUint8Array(encoder);
}

// y-protocols' rule: a newer clock, or the same clock saying that a client still shown has left.
function wouldChange(awareness: Awareness, clientId: number, clock: number, state: Uint8Array): boolean {
  const current = awareness.meta.get(clientId)?.clock ?? 0;
  if (clock > current) return true;
  return clock === current && isNullState(state) && awareness.states.has(clientId);
}

/** Whether the state's JSON is `null`, as `JSON.parse` would read it. */
function isNullState(state: Uint8Array): boolean {
  let start = 0;
  let end = state.length;
  while (start < end && JSON_WHITESPACE.has(state[start]!)) start++;
  while (end > start && JSON_WHITESPACE.has(state[end - 1]!)) end--;
  if (end - start !== NULL_STATE.length) return false;
  for (let i = 0; i < NULL_STATE.length; i++) if (state[start + i] !== NULL_STATE[i]) return false;
  return true;
}
