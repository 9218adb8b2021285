import type { ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { openOrm } from '../db/orm.js';
import {
  type TestClient,
  connectClient,
  eventually,
  freshDocName,
  storedDoc,
} from '../test-support/collab.js';
import { killProcess, spawnCollabServer } from '../test-support/collab-process.js';
import { TEST_DIALECTS, createTestDatabase } from '../test-support/databases.js';

describe.each(TEST_DIALECTS)('collaboration server killed with SIGKILL on %s', (dialect) => {
  const children: ChildProcess[] = [];
  const clients: TestClient[] = [];
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy();
    for (const child of children.splice(0)) await killProcess(child);
  });

  it(
    'keeps every update it reported saved, and the clients re-sync the rest',
    { timeout: 60_000 },
    async () => {
      const db = await createTestDatabase(dialect);
      try {
        const first = await spawnCollabServer(db.config);
        children.push(first.child);
        const name = freshDocName();
        clients.push(...Array.from({ length: 3 }, () => connectClient(first.url, name)));
        await eventually(() => {
          for (const c of clients) expect(c.provider.synced).toBe(true);
        });

        const savedTokens: string[] = [];
        for (let round = 0; round < 20; round++) {
          for (const [i, c] of clients.entries()) {
            const token = `[${i}-${round}]`;
            c.text.insert(round % 2 ? 0 : c.text.length, token);
            savedTokens.push(token);
          }
          await new Promise((resolve) => setImmediate(resolve));
        }
        await eventually(() => {
          for (const c of clients) expect(c.saved()).toBe('saved');
        });
        // Written right before the kill: the server may or may not have stored them.
        for (const [i, c] of clients.entries()) c.text.insert(0, `[late-${i}]`);
        await killProcess(first.child);

        const orm = await openOrm(db.config);
        try {
          const stored = (await storedDoc(orm, name)).doc.getText('t').toString();
          for (const token of savedTokens) expect(stored).toContain(token);
        } finally {
          await orm.close(true);
        }

        const second = await spawnCollabServer(db.config);
        children.push(second.child);
        for (const c of clients) c.provider.serverUrl = second.url;
        await eventually(() => {
          const expected = clients[0]!.text.toString();
          for (const c of clients) expect(c.text.toString()).toBe(expected);
          for (const i of clients.keys()) expect(expected).toContain(`[late-${i}]`);
          for (const token of savedTokens) expect(expected).toContain(token);
        });
      } finally {
        await db.drop();
      }
    },
  );
  it(
    'stores what another editor received before the server died unstored, once that editor reconnects',
    { timeout: 60_000 },
    async () => {
      const db = await createTestDatabase(dialect);
      try {
        const first = await spawnCollabServer(db.config, { flushIntervalMs: 60_000 });
        children.push(first.child);
        const name = freshDocName();
        const [writer, other] = [connectClient(first.url, name), connectClient(first.url, name)];
        clients.push(writer, other);
        await eventually(() => {
          for (const c of [writer, other]) expect(c.provider.synced).toBe(true);
        });
        writer.text.insert(0, 'relayed, never stored');
        await eventually(() => expect(other.text.toString()).toBe('relayed, never stored'));
        await killProcess(first.child);
        // The writer's tab is gone with its text; the other editor's stays open and reconnects.
        writer.destroy();

        const second = await spawnCollabServer(db.config);
        children.push(second.child);
        const orm = await openOrm(db.config);
        try {
          expect((await storedDoc(orm, name)).rows).toEqual([]);
          other.provider.serverUrl = second.url;
          await eventually(async () => {
            expect((await storedDoc(orm, name)).doc.getText('t').toString()).toBe('relayed, never stored');
          });
        } finally {
          await orm.close(true);
        }
      } finally {
        await db.drop();
      }
    },
  );
  it(
    'leaves a viewer with exactly what is stored when the server dies before storing what an editor wrote',
    { timeout: 60_000 },
    async () => {
      const db = await createTestDatabase(dialect);
      try {
        // Nothing is written before the kill: every edit below is still only in memory.
        const first = await spawnCollabServer(db.config, { flushIntervalMs: 60_000 });
        children.push(first.child);
        const name = freshDocName();
        const editor = connectClient(first.url, name);
        const viewer = connectClient(first.url, name, { access: 'view' });
        clients.push(editor, viewer);
        await eventually(() => {
          for (const c of [editor, viewer]) expect(c.provider.synced).toBe(true);
        });
        editor.text.insert(0, 'never stored');
        await new Promise((resolve) => setTimeout(resolve, 300));
        await killProcess(first.child);
        // The editor's tab is gone with its text; the viewer's stays open and reconnects.
        editor.destroy();

        const second = await spawnCollabServer(db.config);
        children.push(second.child);
        viewer.provider.serverUrl = second.url;
        const fresh = connectClient(second.url, name, { access: 'view' });
        clients.push(fresh);
        await eventually(() => {
          for (const c of [viewer, fresh]) expect(c.provider.synced).toBe(true);
        });
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(viewer.text.toString()).toBe('');
        expect(fresh.text.toString()).toBe('');
      } finally {
        await db.drop();
      }
    },
  );
});
