import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { TEST_DIALECTS, type TestDatabase, createTestDatabase } from '../test-support/databases.js';
import { MIGRATION_LOCK } from './migration-lock.js';
import { postgresqlMigrations } from './migrations/postgresql/index.js';
import { sqliteMigrations } from './migrations/sqlite/index.js';
import { type EntityManager, type Orm, migrate, openOrm } from './orm.js';

const ALL = { postgresql: postgresqlMigrations, sqlite: sqliteMigrations };

describe.each(TEST_DIALECTS)('migrating at once on %s', (dialect) => {
  let db: TestDatabase | undefined;
  const orms: Orm[] = [];
  afterEach(async () => {
    for (const orm of orms.splice(0)) await orm.close(true);
    await db?.drop();
  });

  async function twoInstancesOnAFreshDatabase(): Promise<[Orm, Orm]> {
    db = await createTestDatabase(dialect, { empty: true });
    orms.push(await openOrm(db.config), await openOrm(db.config));
    return [orms[0]!, orms[1]!];
  }

  // SQLite has one process per file (a second instance is refused at start), so there the two
  // migrate one after the other; on PostgreSQL they start together and the lock orders them.
  const together = dialect === 'postgresql';

  it(`applies every migration once when two instances migrate ${together ? 'together' : 'in turn'}`, async () => {
    const [a, b] = await twoInstancesOnAFreshDatabase();
    const [appliedByA, appliedByB] = together
      ? await Promise.all([migrate(a), migrate(b)])
      : [await migrate(a), await migrate(b)];
    const names = ALL[dialect].map((m) => m.name);
    // One of them applies everything; the other waits its turn and finds nothing pending.
    expect([appliedByA, appliedByB].sort((x, y) => y.length - x.length)).toEqual([names, []]);
    const recorded = await (a.em as EntityManager).getKnex()('mikro_orm_migrations').select('name');
    expect(recorded.map((r: { name: string }) => r.name).sort()).toEqual([...names].sort());
    expect(await a.getMigrator().getPendingMigrations()).toEqual([]);
  });

  it.runIf(dialect === 'postgresql')(
    'waits while another session holds the migration lock, and releases it when done',
    async () => {
      const [a] = await twoInstancesOnAFreshDatabase();
      const holder = new pg.Client({ connectionString: db!.config.url });
      await holder.connect();
      try {
        await holder.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
        let finished = false;
        const migrating = migrate(a).then((applied) => {
          finished = true;
          return applied;
        });
        await new Promise((resolve) => setTimeout(resolve, 500));
        expect(finished).toBe(false);
        const tables = await holder.query(`select 1 from pg_tables where tablename = 'district'`);
        expect(tables.rowCount).toBe(0);
        await holder.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]);
        expect(await migrating).toHaveLength(postgresqlMigrations.length);
        // pg_locks spans the cluster, and other tests migrate their own databases under the same
        // key at the same time; advisory locks belong to one database, so look in this one only.
        const held = await holder.query(
          `select 1 from pg_locks
            where locktype = 'advisory' and objid = $1 and granted
              and database = (select oid from pg_database where datname = current_database())`,
          [MIGRATION_LOCK],
        );
        expect(held.rowCount).toBe(0);
      } finally {
        await holder.end();
      }
    },
  );
});
