import type { IncomingMessage } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import {
  type CollabHarness,
  type TestClient,
  connectClient,
  eventually,
  freshDocName,
  startCollabHarness,
} from '../test-support/collab.js';
import { TEST_DIALECTS, type TestDatabase, createTestDatabase } from '../test-support/databases.js';

const SYNC_STEP1_EMPTY = Uint8Array.from([0, 0, 1, 0]);

describe.each(TEST_DIALECTS)('one client cannot slow the others, on %s', (dialect) => {
  let db: TestDatabase;
  const harnesses: CollabHarness[] = [];
  const clients: TestClient[] = [];
  const sockets: WebSocket[] = [];
  const start = async (
    options: Parameters<typeof startCollabHarness>[1],
    props?: Parameters<typeof startCollabHarness>[2],
  ) => {
    // A paused client stops answering pings too, and the keepalive would drop it within seconds;
    // these tests are about the rules on the sending side, so the keepalive stays out of the way.
    const h = await startCollabHarness(db.config, { keepaliveMs: 60_000, ...options }, props);
    harnesses.push(h);
    return h;
  };
  const connect = (h: CollabHarness, name: string) => {
    const client = connectClient(h.url, name);
    clients.push(client);
    return client;
  };
  const synced = (...cs: TestClient[]) =>
    eventually(() => {
      for (const c of cs) expect(c.provider.synced).toBe(true);
    });
  /** A bare socket that asks for the document once open and records how it ends. */
  const rawSocket = (h: CollabHarness, name: string, headers: Record<string, string> = {}) => {
    const ws = new WebSocket(`${h.url}/${name}`, { headers });
    sockets.push(ws);
    const ended = { code: 0, status: 0, retryAfter: '' };
    let synced = false;
    ws.on('open', () => ws.send(SYNC_STEP1_EMPTY));
    ws.on('message', (data: Buffer) => {
      if (data[0] === 0 && data[1] === 1) synced = true;
    });
    ws.on('close', (code) => (ended.code = code));
    ws.on('unexpected-response', (_req, res) => {
      ended.status = res.statusCode ?? 0;
      ended.retryAfter = String(res.headers['retry-after'] ?? '');
    });
    ws.on('error', () => {});
    return { ws, ended, synced: () => synced, opened: new Promise((resolve) => ws.once('open', resolve)) };
  };
  /**
   * Inserts `text` and resolves with the time until `reader` has it. Each write is awaited, so a
   * server that holds updates back shows as one long wait.
   */
  const propagation = async (writer: TestClient, reader: TestClient, text: string) => {
    const started = performance.now();
    writer.text.insert(writer.text.length, text);
    await eventually(() => expect(reader.text.toString()).toContain(text), 30_000);
    return performance.now() - started;
  };

  beforeAll(async () => {
    db = await createTestDatabase(dialect);
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy();
    for (const ws of sockets.splice(0)) ws.terminate();
    for (const h of harnesses.splice(0)) await h.close();
  });
  afterAll(async () => {
    await db.drop();
  });

  it('drops a client that stops reading once its buffer passes the bound, while another keeps receiving', async () => {
    // A long stall time: only the bound on unsent bytes can end the stalled client here.
    const h = await start({ maxBufferedBytes: 256 * 1024, slowConsumerMs: 600_000 });
    const name = freshDocName();
    const [writer, reader] = [connect(h, name), connect(h, name)];
    const stalled = rawSocket(h, name);
    await stalled.opened;
    await synced(writer, reader);
    await eventually(() => expect(stalled.synced()).toBe(true));
    stalled.ws.pause();
    const chunk = 'x'.repeat(128 * 1024);
    const waits: number[] = [];
    for (let i = 0; i < 2_000 && h.collab.stats().connections > 2; i++)
      waits.push(await propagation(writer, reader, `${i};${chunk}`));
    expect(h.collab.stats().connections).toBe(2);
    expect(h.logs).toContainEqual(
      expect.objectContaining({ msg: 'client stopped reading; connection dropped', doc: name }),
    );
    // Generous for a loaded two-core machine; a reader held up by the stalled one waits far longer.
    expect(Math.max(...waits)).toBeLessThan(2_000);
    expect(await propagation(writer, reader, 'after the drop')).toBeLessThan(2_000);
    expect([...writer.closeCodes, ...reader.closeCodes]).toEqual([]);
  });

  it('drops a client that read nothing for slowConsumerMs, long before the bound on bytes', async () => {
    const h = await start({ maxBufferedBytes: 512 * 1024 * 1024, slowConsumerMs: 500 });
    const name = freshDocName();
    const [writer, reader] = [connect(h, name), connect(h, name)];
    const stalled = rawSocket(h, name);
    await stalled.opened;
    await synced(writer, reader);
    await eventually(() => expect(stalled.synced()).toBe(true));
    stalled.ws.pause();
    const chunk = 'y'.repeat(64 * 1024);
    for (let i = 0; i < 2_000 && h.collab.stats().connections > 2; i++) {
      await propagation(writer, reader, `${i};${chunk}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const [dropped] = h.logs.filter((l) => l.msg === 'client stopped reading; connection dropped');
    // Written at 3 MB/s at most: 500 ms unread ends it long before the bound, or the default one.
    expect(dropped?.buffered).toBeLessThan(4 * 1024 * 1024);
    expect([...writer.closeCodes, ...reader.closeCodes]).toEqual([]);
  });

  it('drops a client that keeps asking for the whole document without reading it', async () => {
    const h = await start({ maxBufferedBytes: 256 * 1024, slowConsumerMs: 600_000 });
    const name = freshDocName();
    const writer = connect(h, name);
    await synced(writer);
    writer.text.insert(0, 'z'.repeat(200 * 1024));
    const stalled = rawSocket(h, name);
    await stalled.opened;
    await eventually(() => expect(stalled.synced()).toBe(true));
    stalled.ws.pause();
    // Each answer is a 200 KiB sync step 2 that the client never reads.
    for (let i = 0; i < 1_000 && h.collab.stats().connections > 1; i++) {
      stalled.ws.send(SYNC_STEP1_EMPTY);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(h.collab.stats().connections).toBe(1);
    const [dropped] = h.logs.filter((l) => l.msg === 'client stopped reading; connection dropped');
    // Past the bound, the next request ends it: at most the bound and one reply more.
    expect(dropped?.buffered).toBeLessThan(256 * 1024 + 2 * 200 * 1024);
  });

  it('refuses connections past the cap per IP with 429, and admits again once one closes', async () => {
    const h = await start({ maxConnectionsPerIp: 3 });
    const open = [0, 1, 2].map(() => rawSocket(h, freshDocName()));
    await Promise.all(open.map((s) => s.opened));
    const refused = rawSocket(h, freshDocName());
    await eventually(() => expect(refused.ended.status).toBe(429));
    expect(refused.ended.retryAfter).toBe('5');
    expect(h.logs).toContainEqual(
      expect.objectContaining({
        msg: 'collaboration upgrade refused',
        status: 429,
        reason: 'connections-per-ip',
      }),
    );
    open[0]!.ws.close();
    await eventually(() => expect(h.collab.stats().connections).toBe(2));
    const again = rawSocket(h, freshDocName());
    await again.opened;
    await eventually(() => expect(again.synced()).toBe(true));
  });

  it('counts the per-IP cap by the address the app names (X-Forwarded-For behind a trusted proxy)', async () => {
    const forwarded = (req: IncomingMessage) => String(req.headers['x-forwarded-for'] ?? 'direct');
    const h = await start({ maxConnectionsPerIp: 1 }, { clientIp: forwarded });
    const first = rawSocket(h, freshDocName(), { 'x-forwarded-for': '203.0.113.1' });
    const other = rawSocket(h, freshDocName(), { 'x-forwarded-for': '203.0.113.2' });
    await Promise.all([first.opened, other.opened]);
    const second = rawSocket(h, freshDocName(), { 'x-forwarded-for': '203.0.113.1' });
    await eventually(() => expect(second.ended.status).toBe(429));
  });

  it('refuses connections past the cap per document with 429; other documents still open', async () => {
    const h = await start({ maxConnectionsPerDoc: 2 });
    const name = freshDocName();
    const [a, b] = [connect(h, name), connect(h, name)];
    await synced(a, b);
    const refused = rawSocket(h, name);
    await eventually(() => expect(refused.ended.status).toBe(429));
    expect(h.logs).toContainEqual(
      expect.objectContaining({ status: 429, reason: 'connections-per-document' }),
    );
    const elsewhere = rawSocket(h, freshDocName());
    await eventually(() => expect(elsewhere.synced()).toBe(true));
    expect(await propagation(a, b, 'still two')).toBeLessThan(15_000);
  });

  it("opens many connections at once without holding up another client's updates", async () => {
    const h = await start({ maxConnectionsPerIp: 10_000 });
    const name = freshDocName();
    const [writer, reader] = [connect(h, name), connect(h, name)];
    await synced(writer, reader);
    const docs = Array.from({ length: 30 }, () => freshDocName());
    const flood = Array.from({ length: 300 }, (_, i) => rawSocket(h, docs[i % docs.length]!));
    const waits: number[] = [];
    for (let i = 0; flood.some((s) => !s.synced()); i++) {
      waits.push(await propagation(writer, reader, `during the flood ${i};`));
      expect(i).toBeLessThan(2_000);
    }
    expect(flood.every((s) => s.ended.status === 0 && s.ended.code === 0)).toBe(true);
    // Generous for a loaded two-core machine: the point is that no write waits for the whole flood.
    expect(Math.max(...waits)).toBeLessThan(3_000);
  }, 60_000);
});
