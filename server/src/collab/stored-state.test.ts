import * as decoding from 'lib0/decoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MessageType } from './protocol.js';
import { storedStateMessages } from './stored-state.js';

/**
 * A text typed into `t` as a snapshot, and the updates of edits made after it, one row each: `edits`
 * appended, and the first `deleted` characters of the snapshot's text deleted.
 */
function snapshotAndEdits(text: string, edits: string[], deleted = 0) {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, text);
  const snapshot = Y.encodeStateAsUpdate(doc);
  const later: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => later.push(update));
  for (const edit of edits) doc.getText('t').insert(doc.getText('t').length, edit);
  if (deleted > 0) doc.getText('t').delete(0, deleted);
  return { snapshot, later, text: doc.getText('t').toString() };
}

const row = (data: Uint8Array, encoding: 1 | 2 = 1) => ({ data, encoding });

/** Each message's sync step and payload. */
function decode(messages: Uint8Array[]) {
  return messages.map((message) => {
    const decoder = decoding.createDecoder(message);
    expect(decoding.readVarUint(decoder)).toBe(MessageType.SYNC);
    return { step: decoding.readVarUint(decoder), payload: decoding.readVarUint8Array(decoder) };
  });
}

/** What a client that has nothing holds after applying `messages` in order. */
function applied(messages: Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  for (const { payload } of decode(messages)) Y.applyUpdate(doc, payload);
  return doc;
}

describe('what a client that has nothing is sent before the document is built', () => {
  it('is the one stored snapshot as it is, as sync step 2', () => {
    const { snapshot } = snapshotAndEdits('whole', []);
    expect(decode(storedStateMessages([row(snapshot)])!)).toEqual([{ step: 1, payload: snapshot }]);
  });

  it('is the later rows merged into one update, then the snapshot: the client has it all once synced', () => {
    const { snapshot, later, text } = snapshotAndEdits('x'.repeat(2000), [' one', ' two', ' three'], 5);
    const messages = storedStateMessages([row(snapshot), ...later.map((data) => row(data))])!;
    // A y-websocket client counts itself synced once it applied the sync step 2 (step 1 here).
    expect(decode(messages).map(({ step }) => step)).toEqual([2, 1]);
    expect(decode(messages)[1]!.payload).toEqual(snapshot);
    const doc = applied(messages);
    expect(doc.getText('t').toString()).toBe(text);
    expect(doc.store.pendingStructs).toBeNull();
    expect(doc.store.pendingDs).toBeNull();
  });

  it('picks the snapshot wherever it is among the rows (a row written during the compaction comes first)', () => {
    const { snapshot, later, text } = snapshotAndEdits('y'.repeat(2000), [' after']);
    const messages = storedStateMessages([row(later[0]!), row(snapshot)])!;
    expect(decode(messages)[1]!.payload).toEqual(snapshot);
    expect(applied(messages).getText('t').toString()).toBe(text);
  });

  it('is nothing when the rows are not mostly one snapshot: building costs about what merging would', () => {
    const { snapshot, later } = snapshotAndEdits('z', ['a'.repeat(300), 'b'.repeat(300)]);
    expect(storedStateMessages([row(snapshot), ...later.map((data) => row(data))])).toBeNull();
  });

  it('is nothing when a row is in the version-2 encoding, which the protocol does not carry', () => {
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'v2');
    expect(storedStateMessages([row(Y.encodeStateAsUpdateV2(doc), 2)])).toBeNull();
    expect(storedStateMessages([])).toBeNull();
  });
});
