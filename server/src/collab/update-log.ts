import type { Knex } from '@mikro-orm/knex';
import type { EntityManager, Orm } from '../db/orm.js';
import { oneOffStatement, preparedStatement, runPrepared } from '../db/prepared.js';
import { outsideStatementScope } from '../db/query-counter.js';

/** One row of the update log before it is written. */
export interface PendingUpdate {
  docName: string;
  data: Uint8Array;
  userId: number | null;
  /** Yjs update encoding: 1 unless given (what clients send, and compaction now); older snapshots have 2. */
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
// Batches of up to this many rows (nearly all of them while the load is light) use a statement
// prepared once per connection; each size is its own text, and names are a bounded resource.
const PREPARED_INSERT_ROWS = 4;

/** The `collab_update` table: an append-only log of Yjs updates per document. */
export class UpdateLog {
  constructor(private readonly orm: Orm) {}

  get knex(): Knex {
    return (this.orm.em as EntityManager).getKnex();
  }

  /** Every row of a document, oldest first. */
  async read(docName: string, db: Knex | Knex.Transaction = this.knex): Promise<LoggedUpdate[]> {
    const result: RawRow[] | { rows: RawRow[] } = await db.raw(
      'select id, data, encoding from collab_update where doc_name = ? order by id',
      [docName],
    );
    return rowsOf(result).map(toLogged);
  }

  /** The ids of a document's rows (as strings), cheaper than reading them. */
  async ids(docName: string): Promise<string[]> {
    const result: { id: number | string }[] | { rows: { id: number | string }[] } = await this.knex.raw(
      'select id from collab_update where doc_name = ?',
      [docName],
    );
    return rowsOf(result).map(({ id }) => String(id));
  }

  /** The rows with these ids, oldest first. */
  async rows(ids: string[]): Promise<LoggedUpdate[]> {
    const found: LoggedUpdate[] = [];
    for (let start = 0; start < ids.length; start += ROWS_PER_INSERT) {
      const chunk = ids.slice(start, start + ROWS_PER_INSERT);
      const result: RawRow[] | { rows: RawRow[] } = await this.knex.raw(
        `select id, data, encoding from collab_update where id in (${chunk.map(() => '?').join(', ')}) order by id`,
        chunk,
      );
      found.push(...rowsOf(result).map(toLogged));
    }
    return found;
  }

  /**
   * Writes every row at once: one INSERT (atomic on its own, and every relay waits for it, so it
   * skips knex's transaction round trips), or one transaction of several for a large batch.
   * Resolves with the ids of the new rows of each document.
   */
  async append(rows: PendingUpdate[]): Promise<Map<string, string[]>> {
    if (rows.length <= ROWS_PER_INSERT) {
      const { text, bindings } = insertStatement(rows);
      const statement = rows.length <= PREPARED_INSERT_ROWS ? preparedStatement(text) : oneOffStatement(text);
      // A batch holds many connections' and requests' updates: it is no one request's statement.
      const inserted = outsideStatementScope(() => runPrepared<InsertedRow>(this.knex, statement, bindings));
      return idsByDocument(await inserted);
    }
    return this.knex.transaction(async (trx) => {
      const inserted: InsertedRow[] = [];
      for (let start = 0; start < rows.length; start += ROWS_PER_INSERT)
        inserted.push(...(await insert(trx, rows.slice(start, start + ROWS_PER_INSERT))));
      return idsByDocument(inserted);
    });
  }
}

type InsertedRow = { id: number | string; doc_name: string };

function idsByDocument(inserted: InsertedRow[]): Map<string, string[]> {
  const ids = new Map<string, string[]>();
  for (const { id, doc_name } of inserted) {
    const list = ids.get(doc_name);
    if (list) list.push(String(id));
    else ids.set(doc_name, [String(id)]);
  }
  return ids;
}

type RawRow = { id: number | string; data: ArrayBuffer | Uint8Array; encoding: number };

function toLogged({ id, data, encoding }: RawRow): LoggedUpdate {
  return {
    id,
    data: data instanceof Uint8Array ? data : new Uint8Array(data),
    encoding: Number(encoding) === 2 ? 2 : 1,
  };
}

/** Inserts rows with one multi-row INSERT; resolves with the new rows' ids and documents. */
export async function insert(db: Knex | Knex.Transaction, rows: PendingUpdate[]): Promise<InsertedRow[]> {
  const { text, bindings } = insertStatement(rows);
  const result: InsertedRow[] | { rows: InsertedRow[] } = await db.raw(text, bindings);
  return rowsOf(result);
}

function insertStatement(rows: PendingUpdate[]): { text: string; bindings: Knex.Value[] } {
  const values = rows.map(() => '(?, ?, ?, ?)').join(', ');
  return {
    text: `insert into collab_update (doc_name, data, user_id, encoding) values ${values} returning id, doc_name`,
    bindings: rows.flatMap((row) => [
      row.docName,
      Buffer.from(row.data.buffer, row.data.byteOffset, row.data.byteLength),
      row.userId,
      row.encoding ?? 1,
    ]),
  };
}

// knex.raw resolves to the driver's own shape: an array of rows (libsql) or a result with `rows` (pg).
function rowsOf<T>(result: T[] | { rows: T[] }): T[] {
  return Array.isArray(result) ? result : result.rows;
}
