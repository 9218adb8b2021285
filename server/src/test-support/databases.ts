import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { DatabaseConfig } from '../config.js';

/** The dialects the suite runs on: SQLite always, PostgreSQL when TEST_POSTGRES_URL is set. */
export const TEST_DIALECTS: DatabaseConfig['dialect'][] = process.env.TEST_POSTGRES_URL
  ? ['sqlite', 'postgresql']
  : ['sqlite'];

export interface TestDatabase {
  config: DatabaseConfig;
  drop(): Promise<void>;
}

/** Creates an empty database of the given dialect, private to one test file. */
export async function createTestDatabase(dialect: DatabaseConfig['dialect']): Promise<TestDatabase> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'partnerhub-test-'));
    return {
      config: { dialect, url: path.join(dir, 'test.sqlite') },
      async drop() {
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const adminUrl = process.env.TEST_POSTGRES_URL!;
  const name = `partnerhub_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    config: { dialect, url: url.toString() },
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
