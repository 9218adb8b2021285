import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

/** One client's block of structs in a hand-made update. */
export interface StructBlock {
  client: number;
  clock: number;
  items: Y.Item[];
}

/**
 * Encodes blocks of structs and a delete set as a Yjs update (encoding 1), exactly as given: the
 * tests use it to make updates that Yjs's own encoders never write (references forward, gaps).
 */
export function encodeUpdate(
  blocks: StructBlock[],
  deletes: { client: number; clock: number; len: number }[] = [],
): Uint8Array {
  const encoder = new Y.UpdateEncoderV1();
  encoding.writeVarUint(encoder.restEncoder, blocks.length);
  for (const { client, clock, items } of blocks) {
    encoding.writeVarUint(encoder.restEncoder, items.length);
    encoder.writeClient(client);
    encoding.writeVarUint(encoder.restEncoder, clock);
    for (const item of items) item.write(encoder, 0);
  }
  const byClient = new Map<number, { clock: number; len: number }[]>();
  for (const { client, ...range } of deletes) byClient.set(client, [...(byClient.get(client) ?? []), range]);
  encoding.writeVarUint(encoder.restEncoder, byClient.size);
  for (const [client, ranges] of byClient) {
    encoding.writeVarUint(encoder.restEncoder, client);
    encoding.writeVarUint(encoder.restEncoder, ranges.length);
    for (const { clock, len } of ranges) {
      encoding.writeVarUint(encoder.restEncoder, clock);
      encoding.writeVarUint(encoder.restEncoder, len);
    }
  }
  return encoder.toUint8Array();
}

/** A text insert into the root text `root` as an item (after `origin` when given). */
export function textItem(
  client: number,
  clock: number,
  text: string,
  origin: Y.ID | null = null,
  root = 't',
): Y.Item {
  return new Y.Item(
    Y.createID(client, clock),
    null,
    origin,
    null,
    null,
    // A root type's name, as Yjs's own decoder leaves it in an item it has not integrated.
    (origin ? null : root) as unknown as Y.ID | null,
    null,
    new Y.ContentString(text),
  );
}

/** The y-websocket frame (sync, update) carrying `update`. */
export function updateFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 2);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}
