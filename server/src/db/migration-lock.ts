import type { EntityManager, Orm } from './orm.js';

/** The PostgreSQL advisory lock held while migrating (the instance registry uses 72_657_001). */
export const MIGRATION_LOCK = 72_657_002;

/**
 * On PostgreSQL, runs `body` (the migrator) while holding a session-level `pg_advisory_lock` on a connection set
 * aside for it, so that instances starting together migrate one after the other and the later ones
 * find nothing pending. The lock is held by a session and not by a transaction, so a server's
 * `idle_in_transaction_session_timeout` cannot end it during a long migration; the migrator itself
 * uses other connections of the pool. A process that dies while holding it loses its connection,
 * and with it the lock. On SQLite `body` just runs: one process owns the file.
 */
export async function withMigrationLock<T>(orm: Orm, body: () => Promise<T>): Promise<T> {
  const knex = (orm.em as EntityManager).getKnex();
  // MikroORM hands knex its own dialect class as `client`; `dialect` names the database.
  if (knex.client.dialect !== 'postgresql') return body();
  const connection: unknown = await knex.client.acquireConnection();
  try {
    await knex.raw('select pg_advisory_lock(?)', [MIGRATION_LOCK]).connection(connection);
    try {
      return await body();
    } finally {
      await knex.raw('select pg_advisory_unlock(?)', [MIGRATION_LOCK]).connection(connection);
    }
  } finally {
    await knex.client.releaseConnection(connection);
  }
}
