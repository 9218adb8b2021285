import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Role } from '@partnerhub/shared';
import * as encoding from 'lib0/encoding';
import { writeUpdate } from 'y-protocols/sync';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { startApp } from '../app.js';
import { type DatabaseConfig, loadConfig } from '../config.js';
import type { EntityManager } from '../db/orm.js';
import { type TestApp, sessionCookieOf } from './app.js';
import { createTestDatabase } from './databases.js';
import { buildDistrict } from './factories.js';
import { silentLog } from './graphql.js';
import { TEST_PASSWORD, buildMember, buildUser } from './identity-factories.js';
import type { District } from '../modules/organizations/index.js';
import { toGlobalId } from '../graphql/global-id.js';
import { Membership } from '../modules/identity/index.js';
import type { User } from '../modules/identity/index.js';

export type Credentials = { cookie?: string; authorization?: string };

/** A raw y-websocket connection: how and when it was closed, and a way to send one text edit. */
export interface RawSocket {
  ws: WebSocket;
  /**
   * Resolves with the close code the client received and the time it arrived (performance.now()); a
   * socket still open after 5 s resolves with code 0, so a test fails on its assertion, not a timeout.
   */
  closed: Promise<{ code: number; at: number }>;
  /** Sends a sync update inserting `text` into the text `t` (ignored once the socket is not open). */
  sendText(text: string): void;
}

/** Opens `/collab/<doc>` with the credentials and resolves once the server has sent its sync step 1. */
export function openRawSocket(t: TestApp, doc: string, headers: Credentials): Promise<RawSocket> {
  const ws = new WebSocket(`${t.app.url.replace('http', 'ws')}/collab/${doc}`, {
    headers: headers as Record<string, string>,
  });
  ws.on('error', () => {});
  const closed = new Promise<{ code: number; at: number }>((resolve) => {
    ws.once('close', (code) => resolve({ code, at: performance.now() }));
    setTimeout(() => resolve({ code: 0, at: Infinity }), 5_000).unref();
  });
  const socket: RawSocket = {
    ws,
    closed,
    sendText(text) {
      if (ws.readyState !== WebSocket.OPEN) return;
      const edit = new Y.Doc();
      edit.getText('t').insert(0, text);
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, 0);
      writeUpdate(encoder, Y.encodeStateAsUpdate(edit));
      ws.send(encoding.toUint8Array(encoder));
    },
  };
  return new Promise((resolve, reject) => {
    ws.once('message', () => resolve(socket));
    ws.once('unexpected-response', (_req, res) => reject(new Error(`upgrade refused: ${res.statusCode}`)));
    ws.once('close', (code) => reject(new Error(`closed before the first message: ${code}`)));
  });
}

/** The stored text `t` of a document, after every queued update is written. */
export async function storedText(t: TestApp, doc: string): Promise<string> {
  await t.app.collab.flush();
  return (await t.app.collab.readDocument(doc)).getText('t').toString();
}

/** Signs the user in over GraphQL; returns the session cookie (`name=value`). */
export async function signInCookie(t: TestApp, email: string): Promise<string> {
  const { res } = await t.gql(
    'mutation ($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { userErrors { code } } }',
    { e: email, p: TEST_PASSWORD },
  );
  const cookie = sessionCookieOf(res);
  if (!cookie) throw new Error(`${email} could not sign in`);
  return cookie;
}

/** A fresh district with a signed-in admin, and a way to add signed-in members to it. */
export async function districtWithAdmin(t: TestApp) {
  const em = t.app.orm.em.fork() as EntityManager;
  const district: District = await buildDistrict(em);
  const admin = await signInCookie(t, (await buildMember(em, Role.DISTRICT_ADMIN, { district })).email);
  return {
    em,
    district,
    admin,
    /** A new member with `role`, its user and the global id of its membership. */
    async member(role: Role, user?: User) {
      const member = await buildMember(em, role, { district }, user ?? (await buildUser(em)));
      const membership = await em.findOneOrFail(Membership, { user: member, district });
      return { user: member, membershipId: toGlobalId('Membership', membership.id) };
    },
  };
}

/**
 * Two instances of the whole server on one fresh database, relaying events through Redis under a
 * key prefix of their own.
 */
export async function startTwoInstances(
  dialect: DatabaseConfig['dialect'],
  redisUrl: string,
): Promise<{ first: TestApp; second: TestApp; close(): Promise<void> }> {
  const db = await createTestDatabase(dialect);
  const prefix = `test:${process.pid}:${Math.random().toString(36).slice(2)}:`;
  const dirs: string[] = [];
  const start = async (): Promise<TestApp> => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'partnerhub-app-'));
    dirs.push(dataDir);
    const env = {
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      CLIENT_DIST: '',
      SEED_DEMO_DATA: 'false',
      DATABASE_URL: dialect === 'sqlite' ? `sqlite:${db.config.url}` : db.config.url,
      REDIS_URL: redisUrl,
      REDIS_PREFIX: prefix,
    };
    const app = await startApp(loadConfig(env), silentLog);
    return {
      app,
      env,
      async gql(query, variables, headers = {}) {
        const res = await fetch(`${app.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify({ query, variables }),
        });
        return { body: (await res.json()) as never, res };
      },
      close: () => app.close(),
    };
  };
  const first = await start();
  const second = await start();
  return {
    first,
    second,
    async close() {
      await second.close();
      await first.close();
      await db.drop();
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    },
  };
}
