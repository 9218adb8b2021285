import type { Knex } from '@mikro-orm/knex';
import * as Y from 'yjs';
import { type LoggedUpdate, insert, type UpdateLog } from './update-log.js';

/** A fresh document with every logged update applied in one transaction. */
export function buildDoc(updates: Iterable<Pick<LoggedUpdate, 'data' | 'encoding'>>): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    for (const { data, encoding } of updates)
      if (encoding === 2) Y.applyUpdateV2(doc, data);
      else Y.applyUpdate(doc, data);
  });
  return doc;
}

export interface CompactionResult {
  /** Ids of the rows replaced by the snapshot (none when there was nothing to compact). */
  replaced: string[];
  /** The snapshot row's id; null when nothing was compacted. */
  snapshotId: string | null;
  snapshotBytes: number;
}

const NOTHING: CompactionResult = { replaced: [], snapshotId: null, snapshotBytes: 0 };

// Ids per DELETE statement, well under both databases' bound-parameter limits.
const IDS_PER_DELETE = 500;

/**
 * Replaces a document's rows, as read, by one snapshot row built from them, in one transaction: a
 * crash leaves either the old rows or the snapshot. Only the rows read are deleted (by id), so a row
 * another instance commits meanwhile, even with a smaller id, is kept. On PostgreSQL one instance at
 * a time compacts a document (a transaction-scoped advisory lock, released by a crash too); another
 * instance that finds the lock taken skips this round.
 */
export async function compactLog(log: UpdateLog, docName: string): Promise<CompactionResult> {
  return log.knex.transaction(async (trx) => {
    if (!(await tryDocumentLock(trx, 'compact', docName))) return NOTHING;
    const rows = await log.read(docName, trx);
    if (rows.length < 2) return NOTHING;
    const doc = buildDoc(rows);
    // Version 1 of the encoding, what clients speak: a document loaded from this row alone sends it
    // as is to a client that has nothing, without encoding the document again. For a text typed
    // 100,000 times it is 2.6x the size of version 2 (577 against 219 KB), yet the first load in a
    // fresh process takes about 150 ms instead of 265 (decoding version 2, then encoding version 1
    // for the client); bench/collab/README.md, "load".
    const snapshot = Y.encodeStateAsUpdate(doc);
    doc.destroy();
    const replaced = rows.map(({ id }) => String(id));
    for (let start = 0; start < replaced.length; start += IDS_PER_DELETE) {
      const ids = replaced.slice(start, start + IDS_PER_DELETE);
      await trx.raw(`delete from collab_update where id in (${ids.map(() => '?').join(', ')})`, ids);
    }
    const [row] = await insert(trx, [{ docName, data: snapshot, userId: null }]);
    return { replaced, snapshotId: String(row!.id), snapshotBytes: snapshot.byteLength };
  });
}

/**
 * Gives a document whose store is empty its first content, once across instances: under a
 * transaction-scoped lock on PostgreSQL, the log is read again and the content stored only if it is
 * still empty. Resolves with the document's rows as they are then.
 */
export async function initializeLog(
  log: UpdateLog,
  docName: string,
  fill: (doc: Y.Doc) => void,
): Promise<LoggedUpdate[]> {
  return log.knex.transaction(async (trx) => {
    await documentLock(trx, 'initialize', docName);
    const existing = await log.read(docName, trx);
    if (existing.length > 0) return existing;
    const doc = new Y.Doc();
    doc.transact(() => fill(doc));
    const update = Y.encodeStateAsUpdate(doc);
    doc.destroy();
    await insert(trx, [{ docName, data: update, userId: null }]);
    return log.read(docName, trx);
  });
}

// MikroORM hands knex its own dialect class as `config.client`; `dialect` names the database.
function isPostgres(trx: Knex.Transaction): boolean {
  return trx.client.dialect === 'postgresql';
}

// Two-key advisory locks: the purpose and the document's name, hashed by PostgreSQL.
async function tryDocumentLock(trx: Knex.Transaction, purpose: string, docName: string): Promise<boolean> {
  if (!isPostgres(trx)) return true;
  const result: { rows: { locked: boolean }[] } = await trx.raw(
    'select pg_try_advisory_xact_lock(hashtext(?), hashtext(?)) as locked',
    [`collab:${purpose}`, docName],
  );
  return result.rows[0]!.locked;
}

async function documentLock(trx: Knex.Transaction, purpose: string, docName: string): Promise<void> {
  if (isPostgres(trx))
    await trx.raw('select pg_advisory_xact_lock(hashtext(?), hashtext(?))', [`collab:${purpose}`, docName]);
}
