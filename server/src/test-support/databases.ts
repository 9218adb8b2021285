import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import type { DatabaseConfig } from '../config.js';
import { migrate, openOrm } from '../db/orm.js';

type Dialect = DatabaseConfig['dialect'];

/**
 * The dialects the suite runs on: SQLite always, PostgreSQL when TEST_POSTGRES_URL is set. Each vitest
 * project runs one of them (TEST_DIALECT), so the two can run side by side.
 */
export const TEST_DIALECTS: Dialect[] = process.env.TEST_DIALECT
  ? [process.env.TEST_DIALECT as Dialect]
  : process.env.TEST_POSTGRES_URL
    ? ['sqlite', 'postgresql']
    : ['sqlite'];

export interface TestDatabase {
  config: DatabaseConfig;
  drop(): Promise<void>;
}

/** Where the migrated template of this run's database lives (set by the global setup). */
export interface DatabaseTemplate {
  dialect: Dialect;
  /** The SQLite file to copy, or the PostgreSQL database to create from. */
  source: string;
  /** Prefix of every PostgreSQL database made from it, so the run can drop what a crash left. */
  prefix: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    databaseTemplate: DatabaseTemplate | null;
  }
}

function templateOf(dialect: Dialect): DatabaseTemplate | null {
  let template: DatabaseTemplate | null = null;
  try {
    template = inject('databaseTemplate');
  } catch {
    // Outside a vitest worker there is no template: databases are migrated in place.
  }
  return template?.dialect === dialect ? template : null;
}

/**
 * A database of the dialect, private to one test file, with every migration applied (copied from the
 * run's migrated template). `empty` gives one with no tables, for the tests of the migrations.
 */
export async function createTestDatabase(
  dialect: Dialect,
  { empty = false }: { empty?: boolean } = {},
): Promise<TestDatabase> {
  const template = templateOf(dialect);
  const db = await createDatabase(dialect, template, empty);
  if (!empty && !template) {
    const orm = await openOrm(db.config);
    await migrate(orm);
    await orm.close(true);
  }
  return db;
}

async function createDatabase(
  dialect: Dialect,
  template: DatabaseTemplate | null,
  empty: boolean,
): Promise<TestDatabase> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'partnerhub-test-'));
    const file = path.join(dir, 'test.sqlite');
    if (template && !empty) copyFileSync(template.source, file);
    return {
      config: { dialect, url: file },
      drop() {
        rmSync(dir, { recursive: true, force: true });
        return Promise.resolve();
      },
    };
  }
  const adminUrl = process.env.TEST_POSTGRES_URL!;
  const prefix = template?.prefix ?? 'partnerhub_test_';
  const name = `${prefix}${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await withAdmin(adminUrl, (admin) =>
    createPostgresDatabase(admin, name, template && !empty ? `TEMPLATE ${template.source}` : ''),
  );
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    config: { dialect, url: url.toString() },
    async drop() {
      await withAdmin(adminUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

/** Runs `work` on a connection to the server's maintenance database. */
export async function withAdmin<T>(adminUrl: string, work: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

async function createPostgresDatabase(admin: pg.Client, name: string, options: string): Promise<void> {
  // Copying a template needs a moment in which nobody is connected to it; retry briefly if it is busy.
  for (let attempt = 1; ; attempt++) {
    try {
      await admin.query(`CREATE DATABASE ${name} ${options}`);
      return;
    } catch (error) {
      if (attempt >= 20 || !String((error as Error).message).includes('being accessed by other users'))
        throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
  }
}
