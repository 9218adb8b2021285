import { createHash } from 'node:crypto';
import type { EntityManager, Knex } from '@mikro-orm/knex';
import { recordStatement } from './query-counter.js';
import { type RowBuilder, rowBuilder } from './row-builder.js';
import type { SqliteReader } from './sqlite-reader.js';

/**
 * One statement whose text is fixed for a query shape: PostgreSQL parses and plans it once per
 * connection under its name, SQLite once per connection as a prepared statement.
 */
export interface PreparedStatement {
  /** The text with `?` placeholders, as SQLite and knex take it. */
  readonly text: string;
  /** The same text with `$1`, `$2`, … placeholders for PostgreSQL's extended protocol. */
  readonly pgText: string;
  /**
   * A name derived from the text, so one name never stands for two texts; null past the limit of
   * named texts, when the statement is parsed and planned for this one run.
   */
  readonly name: string | null;
  /** The builder of its rows (PostgreSQL's, or the SQLite reader's) and the column names it was made for, once known. */
  builtRows: { names: readonly string[]; build: RowBuilder } | null;
}

interface PgClient {
  query(config: {
    name: string | undefined;
    text: string;
    values: unknown[];
    rowMode: 'array';
  }): Promise<{ rows: unknown[][]; fields: { name: string }[] }>;
}

interface SqliteStatement {
  /** Whether the statement gives rows (a select, or a write with `returning`). */
  readonly reader: boolean;
  raw(toggle: boolean): SqliteStatement;
  columns(): { name: string }[];
  all(values: unknown[]): unknown[] | Promise<unknown[]>;
}

/** An SQLite statement with the builder of its rows when it gives rows as arrays. */
interface SqliteRead {
  statement: SqliteStatement;
  build: RowBuilder | null;
}

interface SqliteConnection {
  prepare(text: string): SqliteStatement;
}

interface KnexClient {
  dialect: string;
  acquireConnection(): Promise<unknown>;
  releaseConnection(connection: unknown): Promise<unknown>;
}

// A shape follows the fields a query selects, so a client could ask for many: each named text stays
// prepared on every pooled connection (and in the database session) for good, so only the first
// MAX_NAMED texts get a name, and the rest run as one-off statements.
const MAX_NAMED = 200;
const byText = new Map<string, PreparedStatement>();
const sqliteStatements = new WeakMap<object, Map<string, SqliteRead>>();
const sqliteReaders = new WeakMap<object, SqliteReader>();

/** Sends this SQLite database's reads outside transactions to `reader` (see SqliteReader). */
export function useSqliteReader(knex: Knex, reader: SqliteReader): void {
  sqliteReaders.set(knex.client, reader);
}

/** The reader thread of this SQLite database, if it has one. */
export function sqliteReaderOf(knex: Knex): SqliteReader | undefined {
  return sqliteReaders.get(knex.client);
}

/** The prepared form of a `?`-placeholder text (no `?` may appear inside SQL string literals). */
export function preparedStatement(text: string): PreparedStatement {
  const known = byText.get(text);
  if (known) return known;
  const named = byText.size < MAX_NAMED;
  const statement = {
    ...oneOffStatement(text),
    name: named ? `ph_${createHash('sha1').update(text).digest('base64url').slice(0, 20)}` : null,
  };
  if (named) byText.set(text, statement);
  return statement;
}

/** A `?`-placeholder text that is parsed for each run and never kept. */
export function oneOffStatement(text: string): PreparedStatement {
  let n = 0;
  return { text, pgText: text.replace(/\?/g, () => `$${++n}`), name: null, builtRows: null };
}

/**
 * Runs a read and returns its rows. Outside a transaction it takes a pooled connection and sends the
 * statement by name, or on an SQLite file hands it to the database's reader thread once that is
 * ready; inside one it runs on the transaction's connection through knex.
 */
export async function runPreparedRead<T>(
  em: EntityManager,
  read: PreparedStatement,
  values: readonly unknown[],
): Promise<T[]> {
  const trx = em.getTransactionContext();
  if (trx) {
    // MikroORM's logger counts this one.
    return em.getConnection().execute<T[]>(read.text, [...values], 'all', trx);
  }
  const knex = em.getKnex();
  const reader = sqliteReaders.get(knex.client);
  if (!reader?.available()) return runPrepared<T>(knex, read, values);
  recordStatement();
  const { columns, rows } = await reader.read(read.text, read.name !== null, values.map(toSqliteValue));
  return rows.map(keptRowBuilder(read, columns)) as T[];
}

/**
 * Runs one statement on a pooled connection, outside any transaction (so it is atomic on its own),
 * and returns the rows it gives: a read, or a write with `returning`.
 */
export async function runPrepared<T>(
  knex: Knex,
  statement: PreparedStatement,
  values: readonly unknown[],
): Promise<T[]> {
  recordStatement();
  const client = knex.client as unknown as KnexClient;
  const connection = await client.acquireConnection();
  try {
    if (client.dialect === 'postgresql') {
      const result = await (connection as PgClient).query({
        // A literal, not a spread extended with keys (which V8 builds large and promotes).
        name: statement.name ?? undefined,
        text: statement.pgText,
        values: [...values],
        rowMode: 'array',
      });
      return result.rows.map(keptRowBuilder(statement, result.fields)) as T[];
    }
    const sqlite = connection as SqliteConnection;
    const read = statement.name
      ? sqliteStatement(sqlite, statement.text)
      : arrayRowRead(sqlite.prepare(statement.text));
    const rows = await read.statement.all(values.map(toSqliteValue));
    return (read.build ? (rows as unknown[][]).map(read.build) : rows) as T[];
  } finally {
    await client.releaseConnection(connection);
  }
}

/**
 * The statement's row builder, kept with it: pg describes the columns on every run (and the SQLite
 * reader names them with every answer), and comparing them with the kept names costs less than
 * finding the builder by their joined text each time.
 */
function keptRowBuilder(
  statement: PreparedStatement,
  columns: readonly (string | { name: string })[],
): RowBuilder {
  const kept = statement.builtRows;
  if (kept && sameNames(kept.names, columns)) return kept.build;
  const names = columns.map(nameOf);
  const build = rowBuilder(names);
  statement.builtRows = { names, build };
  return build;
}

const nameOf = (column: string | { name: string }) => (typeof column === 'string' ? column : column.name);

function sameNames(names: readonly string[], columns: readonly (string | { name: string })[]): boolean {
  if (names.length !== columns.length) return false;
  for (let i = 0; i < names.length; i++) if (names[i] !== nameOf(columns[i]!)) return false;
  return true;
}

function sqliteStatement(connection: SqliteConnection, text: string): SqliteRead {
  let statements = sqliteStatements.get(connection);
  if (!statements) {
    statements = new Map();
    sqliteStatements.set(connection, statements);
  }
  let read = statements.get(text);
  if (!read) {
    read = arrayRowRead(connection.prepare(text));
    statements.set(text, read);
  }
  return read;
}

/**
 * Rows as arrays, built into objects by one literal per column list, as on PostgreSQL: the driver
 * then creates one array per row instead of setting each column on an object by name (about a
 * fifth less time for the public search's statement, in-process).
 */
function arrayRowRead(statement: SqliteStatement): SqliteRead {
  if (!statement.reader) return { statement, build: null };
  statement.raw(true);
  return { statement, build: rowBuilder(statement.columns().map((column) => column.name)) };
}

/** SQLite binds no booleans: it stores them as 0 and 1. */
function toSqliteValue(value: unknown): unknown {
  return typeof value === 'boolean' ? Number(value) : value;
}
