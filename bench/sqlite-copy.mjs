// Copies the benchmark data set from PostgreSQL into an SQLite file with the server's own SQLite
// schema, so the same reads can be measured on both databases over the same rows.
import { rmSync } from 'node:fs';
import pg from 'pg';

/** What the public reads touch, parents first (SQLite checks foreign keys). */
const TABLES = ['district', 'partner_organization', 'opportunity_list_version', 'opportunity'];

// PostgreSQL's types as the server stores them on SQLite: dates as text, timestamps as epoch
// milliseconds, JSON as its text, booleans as 0 and 1.
const types = new pg.TypeOverrides();
types.setTypeParser(1082, (text) => text); // date
types.setTypeParser(1184, (text) => Date.parse(text.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00'))); // timestamptz
types.setTypeParser(1114, (text) => Date.parse(`${text.replace(' ', 'T')}Z`)); // timestamp
types.setTypeParser(3802, (text) => text); // jsonb
types.setTypeParser(114, (text) => text); // json

const toSqlite = (value) => (typeof value === 'boolean' ? Number(value) : value);

/**
 * Builds `file` afresh: the server's migrations, then every row of TABLES read from `pgUrl`.
 * Returns the number of opportunities copied.
 */
export async function copyToSqlite({ pgUrl, file, log }) {
  const started = Date.now();
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  const { openOrm, migrate } = await import('@partnerhub/server/dist/db/orm.js');
  const orm = await openOrm({ dialect: 'sqlite', url: file, sqliteSynchronous: 'normal' });
  const source = new pg.Client({ connectionString: pgUrl, types });
  await source.connect();
  let opportunities = 0;
  try {
    await migrate(orm);
    const knex = orm.em.getKnex();
    await knex.transaction(async (trx) => {
      for (const table of TABLES) {
        const columns = (await trx.raw(`pragma table_info(${table})`)).map((c) => c.name);
        const { rows } = await source.query(`select ${columns.join(', ')} from ${table} order by id`);
        // SQLite takes at most 32,766 values and (knex inserts rows as a compound select) 500 terms.
        const chunk = Math.min(400, Math.floor(30_000 / columns.length));
        for (let i = 0; i < rows.length; i += chunk) {
          const batch = rows
            .slice(i, i + chunk)
            .map((row) => Object.fromEntries(columns.map((c) => [c, toSqlite(row[c])])));
          await trx(table).insert(batch);
        }
        if (table === 'opportunity') opportunities = rows.length;
      }
    });
    await knex.raw('analyze');
  } finally {
    await source.end();
    await orm.close(true);
  }
  log(`  copied to SQLite (${file}) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return opportunities;
}
