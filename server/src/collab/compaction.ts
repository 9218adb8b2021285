import * as Y from 'yjs';
import { insert, type UpdateLog } from './update-log.js';

/** A fresh document with every update applied in one transaction. */
export function buildDoc(updates: Iterable<Uint8Array>): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    for (const update of updates) Y.applyUpdate(doc, update);
  });
  return doc;
}

export interface CompactionResult {
  /** Rows replaced by the snapshot (0 when there was nothing to compact). */
  replaced: number;
  snapshotBytes: number;
}

/**
 * Replaces a document's rows, up to the newest one read, by one snapshot row built from them, in one
 * transaction: a crash leaves either the old rows or the snapshot, and rows appended after the read
 * are kept.
 */
export async function compactLog(log: UpdateLog, docName: string): Promise<CompactionResult> {
  return log.knex.transaction(async (trx) => {
    const rows = await log.read(docName, trx);
    if (rows.length < 2) return { replaced: 0, snapshotBytes: 0 };
    const maxId = rows[rows.length - 1]!.id;
    const doc = buildDoc(rows.map((row) => row.data));
    const snapshot = Y.encodeStateAsUpdate(doc);
    doc.destroy();
    await trx.raw('delete from collab_update where doc_name = ? and id <= ?', [docName, maxId]);
    await insert(trx, [{ docName, data: snapshot, userId: null }]);
    return { replaced: rows.length, snapshotBytes: snapshot.byteLength };
  });
}
