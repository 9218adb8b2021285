import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CollabCloseCode, parseDocName } from '@partnerhub/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { type Orm, migrate, openOrm } from '../db/orm.js';
import { TEST_DIALECTS, type TestDatabase, createTestDatabase } from '../test-support/databases.js';
import { freshDocName } from '../test-support/collab.js';
import { silentLog } from '../test-support/graphql.js';
import { type CollabAuthorization, type CollabServer, createCollabServer } from './index.js';

/** What the test's authorization answers for one session id, changed by the tests as they go. */
interface SessionState {
  answer: 'edit' | 'view' | 401 | 403;
  /** When set, the next decision waits for it (a slow database). */
  gate: Promise<void> | null;
  /** The next recheck throws (the database does not answer). */
  fail: boolean;
  decisions: number;
  rechecks: number;
}

describe.each(TEST_DIALECTS)('deciding open connections again, on %s', (dialect) => {
  let db: TestDatabase;
  let orm: Orm;
  let collab: CollabServer;
  let server: Server;
  let url: string;
  const sessions = new Map<number, SessionState>();
  let nextSession = 1;

  function newSession(): { id: number; state: SessionState } {
    const state: SessionState = { answer: 'edit', gate: null, fail: false, decisions: 0, rechecks: 0 };
    const id = nextSession++;
    sessions.set(id, state);
    return { id, state };
  }

  async function decide(id: number, recheck: boolean): Promise<CollabAuthorization> {
    const state = sessions.get(id)!;
    state.decisions++;
    if (recheck) state.rechecks++;
    const answer = state.answer;
    if (state.gate) await state.gate;
    if (recheck && state.fail) throw new Error('database unreachable');
    if (answer === 401 || answer === 403) return { ok: false, status: answer };
    const credential = { sessionId: id, tokenId: null, expiresAt: null, recheck: () => decide(id, true) };
    return { ok: true, access: answer, actor: { userId: id, label: `user ${id}` }, credential };
  }

  function open(doc: string, session: number) {
    const ws = new WebSocket(`${url}/${doc}?session=${session}`);
    ws.on('error', () => {});
    const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
    const opened = new Promise<void>((resolve) => ws.once('message', () => resolve()));
    return { ws, closed, opened };
  }

  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    orm = await openOrm(db.config);
    await migrate(orm);
    collab = createCollabServer({
      orm,
      log: silentLog,
      authorize: (req) => decide(Number(new URL(req.url!, 'http://x').searchParams.get('session')), false),
    });
    server = createServer((_req, res) => res.writeHead(404).end());
    server.on('upgrade', (req, socket, head) => collab.handleUpgrade(req, socket, head));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/collab`;
  });
  afterAll(async () => {
    await collab?.close();
    server?.closeAllConnections();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await orm?.close(true);
    await db?.drop();
  });

  it('closes a connection whose upgrade was being decided when its session ended', async () => {
    const { id, state } = newSession();
    let release!: () => void;
    state.gate = new Promise((resolve) => (release = resolve));
    const client = open(freshDocName(), id);
    // The upgrade holds an "edit" answer read before the sign-out; the event finds no connection yet.
    await expect.poll(() => state.decisions).toBe(1);
    state.answer = 401;
    state.gate = null;
    await collab.revoke({ kind: 'session', sessionId: id });
    release();
    expect(await client.closed).toBe(CollabCloseCode.UNAUTHORIZED);
    expect(state.rechecks).toBe(1);
  });

  it('closes with RECHECK_FAILED when the decision cannot be made, and lets the client back in', async () => {
    const { id, state } = newSession();
    const doc = freshDocName();
    const first = open(doc, id);
    await first.opened;
    state.fail = true;
    await collab.revoke({ kind: 'membership', userId: id, organization: { districtId: 1, partnerId: null } });
    expect(await first.closed).toBe(CollabCloseCode.RECHECK_FAILED);
    state.fail = false;
    const again = open(doc, id);
    await again.opened;
    again.ws.close();
  });

  it('shares one check among the events that arrive while one is running', async () => {
    const { id, state } = newSession();
    const client = open(freshDocName(), id);
    await client.opened;
    let release!: () => void;
    state.gate = new Promise((resolve) => (release = resolve));
    const events = [collab.revoke({ kind: 'user-sessions', userId: id })];
    await expect.poll(() => state.rechecks).toBe(1);
    for (let i = 0; i < 4; i++) events.push(collab.revoke({ kind: 'user-sessions', userId: id }));
    state.gate = null;
    release();
    await Promise.all(events);
    expect(state.rechecks).toBe(2);
    expect(client.ws.readyState).toBe(WebSocket.OPEN);
    client.ws.close();
  });

  it('leaves connections the event does not concern alone, and keeps a viewer that may now edit a viewer', async () => {
    const a = newSession();
    const b = newSession();
    a.state.answer = 'view';
    const doc = freshDocName();
    const viewer = open(doc, a.id);
    const other = open(doc, b.id);
    await Promise.all([viewer.opened, other.opened]);
    a.state.answer = 'edit';
    await collab.revoke({ kind: 'session', sessionId: a.id });
    await collab.revoke({ kind: 'token', tokenId: b.id });
    await collab.revoke({ kind: 'district', districtId: parseDocName(doc)!.districtId + 1 });
    expect(a.state.rechecks).toBe(1);
    expect(b.state.rechecks).toBe(0);
    await collab.revoke({ kind: 'district', districtId: parseDocName(doc)!.districtId });
    expect(a.state.rechecks).toBe(2);
    expect(b.state.rechecks).toBe(1);
    expect(viewer.ws.readyState).toBe(WebSocket.OPEN);
    viewer.ws.close();
    other.ws.close();
  });
});
