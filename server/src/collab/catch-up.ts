import * as Y from 'yjs';
import { type CollabDocument, RELAYED } from './document.js';
import type { UpdateLog } from './update-log.js';

/**
 * Applies to a loaded document every stored row it does not hold yet (written by another instance
 * and not relayed, or not yet), in one transaction, and relays the change to its connections.
 * Resolves with the number of rows applied. Rows it already holds in another form (a snapshot of
 * rows it has) change nothing: Yjs applies an update only once.
 */
export async function catchUp(updateLog: UpdateLog, document: CollabDocument): Promise<number> {
  const missing = (await updateLog.ids(document.name)).filter((id) => !document.knownRows.has(id));
  if (missing.length === 0) return 0;
  const rows = await updateLog.rows(missing);
  if (document.destroyed) return 0;
  const { ydoc } = document;
  ydoc.transact(() => {
    for (const { data, encoding } of rows)
      if (encoding === 2) Y.applyUpdateV2(ydoc, data);
      else Y.applyUpdate(ydoc, data);
  }, RELAYED);
  for (const { id } of rows) document.knownRows.add(String(id));
  return rows.length;
}
