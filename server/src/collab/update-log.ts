import type { Knex } from '@mikro-orm/knex';
import type { EntityManager, Orm } from '../db/orm.js';

/** One row of the update log before it is written. */
export interface PendingUpdate {
  docName: string;
  data: Uint8Array;
  userId: number | null;
  /** Yjs update encoding: 1 unless given (what clients send); compaction writes 2. */
  encoding?: UpdateEncoding;
}

export type UpdateEncoding = 1 | 2;

/** A row as read back; `id` is a string on PostgreSQL (bigserial). */
export interface LoggedUpdate {
  id: number | string;
  data: Uint8Array;
  encoding: UpdateEncoding;
}

// Rows per INSERT statement, well under SQLite's and PostgreSQL's bound-parameter limits.
const ROWS_PER_INSERT = 200;

/** The `collab_update` table: an append-only log of Yjs updates per document. */
export class UpdateLog {
  constructor(private readonly orm: Orm) {}

  get knex(): Knex {
    return (this.orm.em as EntityManager).getKnex();
  }

  /** Every row of a document, oldest first. */
  async read(docName: string, db: Knex | Knex.Transaction = this.knex): Promise<LoggedUpdate[]> {
    type Row = { id: number | string; data: ArrayBuffer | Uint8Array; encoding: number };
    const result: Row[] | { rows: Row[] } = await db.raw(
      'select id, data, encoding from collab_update where doc_name = ? order by id',
      [docName],
    );
    const rows = rowsOf(result);
    return rows.map(({ id, data, encoding }) => ({
      id,
      data: data instanceof Uint8Array ? data : new Uint8Array(data),
      encoding: Number(encoding) === 2 ? 2 : 1,
    }));
  }

  /** Writes every row in one transaction (one INSERT unless the batch is large). */
  async append(rows: PendingUpdate[]): Promise<void> {
    await this.knex.transaction(async (trx) => {
      for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
        await insert(trx, rows.slice(start, start + ROWS_PER_INSERT));
      }
    });
  }
}

/** Inserts rows with one multi-row INSERT. */
export async function insert(db: Knex | Knex.Transaction, rows: PendingUpdate[]): Promise<void> {
  const values = rows.map(() => '(?, ?, ?, ?)').join(', ');
  const bindings = rows.flatMap((row) => [
    row.docName,
    Buffer.from(row.data.buffer, row.data.byteOffset, row.data.byteLength),
    row.userId,
    row.encoding ?? 1,
  ]);
  await db.raw(`insert into collab_update (doc_name, data, user_id, encoding) values ${values}`, bindings);
}

// knex.raw resolves to the driver's own shape: an array of rows (libsql) or a result with `rows` (pg).
function rowsOf<T>(result: T[] | { rows: T[] }): T[] {
  return Array.isArray(result) ? result : result.rows;
}
