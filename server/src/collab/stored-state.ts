import * as Y from 'yjs';
import { syncStep2OfUpdate, updateMessage } from './protocol.js';
import type { LoggedUpdate } from './update-log.js';

/**
 * What a client that has nothing can be sent of a stored document before the document is built:
 * every row but the largest merged into one update, then the largest row as it is, as sync step 2.
 * The sync step 2 comes last because a y-websocket client counts itself synced once it has applied
 * it: Yjs holds the merged rows until the snapshot they build on arrives, and applies them with it.
 * Null when the rows are not mostly one snapshot, as compaction leaves them: merging decodes every
 * struct of the other rows, so past half of the bytes it costs about what building does. Null too
 * when a row is in Yjs's version-2 encoding, which the protocol does not carry.
 */
export function storedStateMessages(
  rows: readonly Pick<LoggedUpdate, 'data' | 'encoding'>[],
): Uint8Array[] | null {
  if (rows.length === 0 || rows.some(({ encoding }) => encoding !== 1)) return null;
  let largest = rows[0]!;
  let total = 0;
  for (const row of rows) {
    total += row.data.byteLength;
    if (row.data.byteLength > largest.data.byteLength) largest = row;
  }
  if (largest.data.byteLength * 2 < total) return null;
  const snapshot = syncStep2OfUpdate(largest.data);
  if (rows.length === 1) return [snapshot];
  const rest = rows.filter((row) => row !== largest).map(({ data }) => data);
  return [updateMessage(Y.mergeUpdates(rest)), snapshot];
}
