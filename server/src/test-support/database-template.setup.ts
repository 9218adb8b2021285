import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import type { DatabaseConfig } from '../config.js';
import { migrate, openOrm } from '../db/orm.js';
import { type DatabaseTemplate, withAdmin } from './databases.js';

/**
 * Vitest global setup: migrates one template database for the project's dialect, from which every
 * test file's database is copied (a file copy on SQLite, `CREATE DATABASE … TEMPLATE` on
 * PostgreSQL), and drops it with whatever a crashed file left behind when the run ends.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dialect = project.name;
  if (dialect !== 'sqlite' && dialect !== 'postgresql') {
    project.provide('databaseTemplate', null);
    return () => Promise.resolve();
  }
  const run = `${process.pid}_${Date.now().toString(36)}`;
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'partnerhub-template-'));
    const source = path.join(dir, 'template.sqlite');
    await migrated({ dialect, url: source });
    provide(project, { dialect, source, prefix: '' });
    return () => Promise.resolve(rmSync(dir, { recursive: true, force: true }));
  }
  const adminUrl = process.env.TEST_POSTGRES_URL!;
  const source = `partnerhub_template_${run}`;
  const prefix = `partnerhub_test_${run}_`;
  await withAdmin(adminUrl, (admin) => admin.query(`CREATE DATABASE ${source}`));
  const url = new URL(adminUrl);
  url.pathname = `/${source}`;
  await migrated({ dialect, url: url.toString() });
  provide(project, { dialect, source, prefix });
  return () =>
    withAdmin(adminUrl, async (admin) => {
      const { rows } = await admin.query<{ datname: string }>(
        `SELECT datname FROM pg_database WHERE datname = $1 OR starts_with(datname, $2)`,
        [source, prefix],
      );
      for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    });
}

async function migrated(config: DatabaseConfig): Promise<void> {
  const orm = await openOrm(config);
  await migrate(orm);
  await orm.close(true);
}

function provide(project: TestProject, template: DatabaseTemplate): void {
  project.provide('databaseTemplate', template);
}
