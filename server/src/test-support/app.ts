import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type RunningApp, startApp } from '../app.js';
import { type DatabaseConfig, loadConfig } from '../config.js';
import { createTestDatabase } from './databases.js';
import { silentLog } from './graphql.js';

export interface TestApp {
  app: RunningApp;
  /** The environment the app was configured from, for starting another instance on its database. */
  env: Record<string, string>;
  /** POSTs a GraphQL operation; returns the parsed body and the response. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<{
    body: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
    res: Response;
  }>;
  close(): Promise<void>;
}

/** The whole server on a free port over a fresh database of the dialect, without the client. */
export async function startTestApp(
  dialect: DatabaseConfig['dialect'],
  env: Record<string, string> = {},
): Promise<TestApp> {
  const db = await createTestDatabase(dialect);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'partnerhub-app-'));
  const appEnv = {
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    CLIENT_DIST: '',
    SEED_DEMO_DATA: 'false',
    // Tests send queued notification e-mail when they choose to (`app.notifications.tick()`).
    NOTIFICATION_POLL_MS: '0',
    DATABASE_URL: dialect === 'sqlite' ? `sqlite:${db.config.url}` : db.config.url,
    ...env,
  };
  const app = await startApp(loadConfig(appEnv), silentLog);
  return {
    app,
    env: appEnv,
    async gql(query, variables, headers = {}) {
      const res = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { body: (await res.json()) as never, res };
    },
    async close() {
      await app.close();
      await db.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The `name=value` part of the session cookie a response set, for sending it back. */
export function sessionCookieOf(res: Response): string | null {
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('ph_session='));
  return cookie ? cookie.split(';')[0]! : null;
}
