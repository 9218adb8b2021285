/**
 * Generates the next migration for both dialects from the entity definitions:
 *   pnpm --filter ./server migration:create
 * SQLite is diffed against a scratch file; PostgreSQL against a scratch database (PG_ADMIN_URL,
 * default postgres://postgres@127.0.0.1:5432/postgres). Both scratch stores are removed afterwards.
 */
import 'reflect-metadata';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { migrate, openOrm } from './orm.js';

const here = import.meta.dirname;
const adminUrl = process.env.PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function generate(dialect: 'sqlite' | 'postgresql', url: string): Promise<void> {
  const orm = await openOrm({ dialect, url });
  try {
    await migrate(orm);
    const dir = path.join(here, 'migrations', dialect);
    const result = await orm.getMigrator().createMigration(dir);
    if (!result.fileName) {
      console.log(`${dialect}: schema is up to date`);
      return;
    }
    const names = readdirSync(dir)
      .filter((f) => /^Migration\d+.*\.ts$/.test(f))
      .sort()
      .map((f) => f.replace(/\.ts$/, ''));
    const exportName = dialect === 'sqlite' ? 'sqliteMigrations' : 'postgresqlMigrations';
    writeFileSync(
      path.join(dir, 'index.ts'),
      names.map((n) => `import { ${n} } from './${n}.js';`).join('\n') +
        `\n\nexport const ${exportName} = [\n${names.map((n) => `  { name: '${n}', class: ${n} },`).join('\n')}\n];\n`,
    );
    console.log(`${dialect}: wrote ${result.fileName}`);
  } finally {
    await orm.close(true);
  }
}

const scratch = mkdtempSync(path.join(os.tmpdir(), 'partnerhub-migrate-'));
const dbName = `partnerhub_migrate_${process.pid}`;
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
try {
  await generate('sqlite', path.join(scratch, 'db.sqlite'));
  await admin.query(`CREATE DATABASE ${dbName}`);
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  await generate('postgresql', url.toString());
} finally {
  await admin.query(`DROP DATABASE IF EXISTS ${dbName}`);
  await admin.end();
  rmSync(scratch, { recursive: true, force: true });
}
