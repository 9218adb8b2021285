import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { RelayedUpdates } from './relay.js';

const UPDATES = 0;
const COMPACTED = 1;
const AWARENESS = 2;
const AWARENESS_QUERY = 3;

export type RelayMessage =
  | { kind: 'updates'; batch: RelayedUpdates }
  | { kind: 'compacted'; replaced: string[]; snapshotId: string }
  | { kind: 'awareness'; update: Uint8Array }
  | { kind: 'awareness-query' };

/** A message as published: the sending instance's id, then the message. */
export function encodeRelayMessage(instance: string, message: RelayMessage): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, instance);
  switch (message.kind) {
    case 'updates':
      encoding.writeVarUint(encoder, UPDATES);
      writeStrings(encoder, message.batch.rowIds);
      encoding.writeVarUint(encoder, message.batch.updates.length);
      for (const update of message.batch.updates) encoding.writeVarUint8Array(encoder, update);
      break;
    case 'compacted':
      encoding.writeVarUint(encoder, COMPACTED);
      writeStrings(encoder, message.replaced);
      encoding.writeVarString(encoder, message.snapshotId);
      break;
    case 'awareness':
      encoding.writeVarUint(encoder, AWARENESS);
      encoding.writeVarUint8Array(encoder, message.update);
      break;
    case 'awareness-query':
      encoding.writeVarUint(encoder, AWARENESS_QUERY);
      break;
  }
  return encoding.toUint8Array(encoder);
}

/** Decodes a published message; throws on anything this version does not understand. */
export function decodeRelayMessage(data: Uint8Array): { instance: string; message: RelayMessage } {
  const decoder = decoding.createDecoder(data);
  const instance = decoding.readVarString(decoder);
  const kind = decoding.readVarUint(decoder);
  switch (kind) {
    case UPDATES: {
      const rowIds = readStrings(decoder);
      const count = decoding.readVarUint(decoder);
      const updates: Uint8Array[] = [];
      for (let i = 0; i < count; i++) updates.push(decoding.readVarUint8Array(decoder));
      return { instance, message: { kind: 'updates', batch: { rowIds, updates } } };
    }
    case COMPACTED: {
      const replaced = readStrings(decoder);
      return {
        instance,
        message: { kind: 'compacted', replaced, snapshotId: decoding.readVarString(decoder) },
      };
    }
    case AWARENESS:
      return { instance, message: { kind: 'awareness', update: decoding.readVarUint8Array(decoder) } };
    case AWARENESS_QUERY:
      return { instance, message: { kind: 'awareness-query' } };
    default:
      throw new Error(`Unknown relay message kind ${kind}.`);
  }
}

function writeStrings(encoder: encoding.Encoder, values: string[]): void {
  encoding.writeVarUint(encoder, values.length);
  for (const value of values) encoding.writeVarString(encoder, value);
}

function readStrings(decoder: decoding.Decoder): string[] {
  const count = decoding.readVarUint(decoder);
  const values: string[] = [];
  for (let i = 0; i < count; i++) values.push(decoding.readVarString(decoder));
  return values;
}
