import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { type Options } from '@mikro-orm/core';
import { type AbstractSqlConnection, type MikroORM as SqlOrm, type EntityManager } from '@mikro-orm/knex';
import { MikroORM as LibSqlOrm, defineConfig as defineLibSql } from '@mikro-orm/libsql';
import { Migrator } from '@mikro-orm/migrations';
import { MikroORM as PgOrm, defineConfig as definePg } from '@mikro-orm/postgresql';
import { type DatabaseConfig, DEFAULT_DATABASE_POOL_MAX } from '../config.js';
import { entities } from './entities.js';
import { postgresqlMigrations } from './migrations/postgresql/index.js';
import { sqliteMigrations } from './migrations/sqlite/index.js';
import { bindParameters } from './bound-parameters.js';
import { CountingLogger } from './query-counter.js';
import { withMigrationLock } from './migration-lock.js';
import { useSqliteReader } from './prepared.js';
import { SqliteReader } from './sqlite-reader.js';

export type Orm = SqlOrm;
export type { EntityManager };

/** MikroORM options for one dialect; migrations are listed in code so built and source runs agree. */
export function ormOptions(db: DatabaseConfig, { logSql = false } = {}): Options {
  const common = {
    entities,
    extensions: [Migrator],
    debug: logSql ? ['query' as const] : false,
    loggerFactory: (options: ConstructorParameters<typeof CountingLogger>[0]) => new CountingLogger(options),
    allowGlobalContext: false,
    forceUndefined: false,
    // Errors quote the statement with its placeholders, not with the values spliced in.
    driverOptions: { compileSqlOnError: false },
  };
  if (db.dialect === 'postgresql') {
    return definePg({
      ...common,
      clientUrl: db.url,
      pool: { min: 0, max: db.poolMax ?? DEFAULT_DATABASE_POOL_MAX },
      migrations: {
        migrationsList: postgresqlMigrations,
        transactional: true,
        allOrNothing: true,
        snapshot: false,
        silent: true,
      },
    });
  }
  if (db.url !== ':memory:') mkdirSync(path.dirname(path.resolve(db.url)), { recursive: true });
  const pragmas = sqliteConnectionPragmas(db);
  return defineLibSql({
    ...common,
    dbName: db.url,
    pool: {
      // These settings belong to a connection, and knex's SQLite pool replaces its connection every
      // 10 s: set once at start they would lapse (commits would wait for the disk again).
      afterCreate: (
        connection: SqliteConnection,
        done: (error: Error | null, c: SqliteConnection) => void,
      ) => {
        try {
          connection.exec(pragmas);
          done(null, connection);
        } catch (error) {
          done(error as Error, connection);
        }
      },
    },
    migrations: {
      migrationsList: sqliteMigrations,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
    },
  });
}

interface SqliteConnection {
  exec(sql: string): unknown;
}

/**
 * What every SQLite connection is set to. The driver is synchronous, so a commit that waits for the
 * disk holds the event loop: `synchronous = normal` (with the write-ahead log) does not wait, and
 * loses at most the last commits on a power cut, never the file's consistency (see DatabaseConfig).
 * Reads go through a memory map of the file, shared with the OS page cache, instead of SQLite's 2 MB
 * page cache per connection, which the 10 s connection turnover would also empty.
 */
export function sqliteConnectionPragmas(db: DatabaseConfig): string {
  return [
    'pragma foreign_keys = on',
    `pragma synchronous = ${db.sqliteSynchronous === 'full' ? 'full' : 'normal'}`,
    `pragma mmap_size = ${db.url === ':memory:' ? 0 : SQLITE_MMAP_BYTES}`,
  ].join('; ');
}

const SQLITE_MMAP_BYTES = 256 * 1024 * 1024;

/** Connects to the configured database. */
export async function openOrm(db: DatabaseConfig, opts: { logSql?: boolean } = {}): Promise<Orm> {
  const options = ormOptions(db, opts);
  const orm =
    db.dialect === 'postgresql' ? await PgOrm.init(options as never) : await LibSqlOrm.init(options as never);
  const driver = (orm as unknown as Orm).em.getDriver();
  for (const type of ['write', 'read'] as const)
    bindParameters(driver.getConnection(type) as AbstractSqlConnection);
  if (db.dialect === 'sqlite' && db.url !== ':memory:') {
    // Kept in the file, so once is enough; the per-connection settings are in sqliteConnectionPragmas.
    const knex = ((orm as unknown as Orm).em as EntityManager).getKnex();
    await knex.raw('pragma journal_mode = wal');
    // Reads outside transactions run off the event loop; the write-ahead log lets them (see SqliteReader).
    const reader = new SqliteReader(db.url, { mmapBytes: SQLITE_MMAP_BYTES });
    useSqliteReader(knex, reader);
    const close = orm.close.bind(orm);
    orm.close = async (force?: boolean) => {
      await reader.close();
      return close(force);
    };
  }
  return orm;
}

/**
 * Applies every pending migration; returns the names of those applied. On PostgreSQL instances that
 * start at once take turns (see `withMigrationLock`): the first applies them, the others find none.
 */
export async function migrate(orm: Orm): Promise<string[]> {
  return withMigrationLock(orm, async () => (await orm.getMigrator().up()).map((m) => m.name));
}
