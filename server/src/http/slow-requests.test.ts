import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp } from '../app.js';
import { loadConfig } from '../config.js';
import { type TestApp, startTestApp } from '../test-support/app.js';
import { connectClient, eventually, freshDocName, queryAuthorize } from '../test-support/collab.js';
import { silentLog } from '../test-support/graphql.js';
import { MAX_BODY_BYTES } from './graphql-handler.js';

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** A raw connection that reads one HTTP response and reports how the server closed. */
function connect(port: number) {
  const socket = net.connect(port, '127.0.0.1');
  let buffer = Buffer.alloc(0);
  let onData = () => {};
  socket.on('data', (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    onData();
  });
  const closed = new Promise<string>((resolve) => {
    socket.on('error', (error: NodeJS.ErrnoException) => resolve(`error ${error.code}`));
    socket.on('end', () => resolve('end'));
    socket.on('close', () => resolve('close'));
  });
  const response = new Promise<RawResponse>((resolve) => {
    onData = () => {
      const headEnd = buffer.indexOf('\r\n\r\n');
      if (headEnd < 0) return;
      const [statusLine, ...lines] = buffer.subarray(0, headEnd).toString('latin1').split('\r\n');
      const headers = Object.fromEntries(
        lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]),
      );
      const length = Number(headers['content-length'] ?? 0);
      if (buffer.length < headEnd + 4 + length) return;
      const body = buffer.subarray(headEnd + 4, headEnd + 4 + length).toString('utf8');
      resolve({ status: Number(statusLine!.split(' ')[1]), headers, body });
    };
  });
  const write = (text: string | Buffer) =>
    new Promise<void>((resolve) => socket.write(text, () => resolve()));
  const received = () => buffer.toString('latin1');
  return { socket, response, closed, write, received };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const head = (extra: string) =>
  `POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n${extra}\r\n`;

describe('slow and oversized HTTP requests', () => {
  let t: TestApp;
  let port: number;
  beforeAll(async () => {
    t = await startTestApp('sqlite', { HTTP_HEADERS_TIMEOUT_MS: '200', HTTP_REQUEST_TIMEOUT_MS: '400' });
    port = Number(new URL(t.app.url).port);
  });
  afterAll(() => t?.close());

  it('answers 413 to a Content-Length over the limit before the body is sent, then closes cleanly', async () => {
    const c = connect(port);
    await c.write(head(`Content-Length: ${MAX_BODY_BYTES + 1}\r\n`));
    const res = await c.response;
    expect(res.status).toBe(413);
    expect(res.headers.connection).toBe('close');
    expect(JSON.parse(res.body)).toEqual({
      errors: [
        {
          message: `The request body is over the limit of ${MAX_BODY_BYTES} bytes.`,
          extensions: { code: 'PAYLOAD_TOO_LARGE' },
        },
      ],
    });
    expect(await c.closed).toBe('end');
  });

  it('refuses Expect: 100-continue with 413 instead of inviting the body', async () => {
    const c = connect(port);
    await c.write(head(`Content-Length: ${MAX_BODY_BYTES * 4}\r\nExpect: 100-continue\r\n`));
    const res = await c.response;
    expect(res.status).toBe(413);
    c.socket.destroy();
  });

  it('answers 413 to a chunked body as soon as it passes the limit', async () => {
    const c = connect(port);
    await c.write(head('Transfer-Encoding: chunked\r\n'));
    const chunk = 'x'.repeat(64 * 1024);
    let sent = 0;
    let answered = false;
    void c.response.then(() => (answered = true));
    while (!answered && sent < MAX_BODY_BYTES * 4) {
      await c.write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`);
      sent += chunk.length;
      await sleep(5);
    }
    expect((await c.response).status).toBe(413);
    expect(sent).toBeLessThanOrEqual(MAX_BODY_BYTES + 2 * chunk.length);
    // The client stops sending and never finishes the body: the server still ends the connection.
    expect(await c.closed).toBe('end');
  });

  it('closes a kept-alive connection cleanly after a 413, so the next request succeeds on a new one', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const post = (body: string) =>
      new Promise<{ status: number; connection?: string; text: string }>((resolve, reject) => {
        const req = http.request(
          `${t.app.url}/graphql`,
          { method: 'POST', agent, headers: { 'content-type': 'application/json' } },
          (res) => {
            let text = '';
            res.on('data', (d: Buffer) => (text += d.toString()));
            res.on('end', () =>
              resolve({ status: res.statusCode!, connection: res.headers.connection, text }),
            );
          },
        );
        req.on('error', reject);
        req.end(body);
      });
    const tooLarge = await post(JSON.stringify({ query: `{ __typename } # ${'x'.repeat(MAX_BODY_BYTES)}` }));
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.connection).toBe('close');
    const next = await post(JSON.stringify({ query: '{ __typename }' }));
    expect(next).toMatchObject({ status: 200, text: '{"data":{"__typename":"Query"}}\n' });
    agent.destroy();
  });

  it('ends with a FIN, not a reset, when a second request follows the oversized body on the connection', async () => {
    const c = connect(port);
    const body = Buffer.alloc(MAX_BODY_BYTES * 2, 'x');
    const next = JSON.stringify({ query: '{ __typename }' });
    await c.write(
      Buffer.concat([
        Buffer.from(head(`Content-Length: ${body.length}\r\n`)),
        body,
        Buffer.from(head(`Content-Length: ${next.length}\r\n`) + next),
      ]),
    );
    expect((await c.response).status).toBe(413);
    // The second request gets no answer on this connection, only a clean close to retry after.
    expect(await c.closed).toBe('end');
    expect(c.received().match(/^HTTP\/1\.1 /gm)).toHaveLength(1);
  });

  it('cuts off headers sent slowly', async () => {
    const c = connect(port);
    const started = Date.now();
    await c.write('POST /graphql HTTP/1.1\r\nHost: localhost\r\nX-Slow: ');
    const trickle = setInterval(() => c.socket.writable && c.socket.write('a'), 50);
    const res = await c.response;
    clearInterval(trickle);
    expect(res.status).toBe(408);
    expect(Date.now() - started).toBeLessThan(1_500);
    await c.closed; // and the connection is gone (the test times out otherwise)
  });

  it('cuts off a connection that sends nothing', async () => {
    const c = connect(port);
    expect((await c.response).status).toBe(408);
    expect(await c.closed).not.toMatch(/^error/);
  });

  it('cuts off a body trickling in', async () => {
    const c = connect(port);
    const started = Date.now();
    await c.write(head('Content-Length: 100\r\n'));
    const trickle = setInterval(() => c.socket.writable && c.socket.write('{'), 50);
    const res = await c.response;
    clearInterval(trickle);
    expect(res.status).toBe(408);
    expect(Date.now() - started).toBeLessThan(1_500);
  });
});

describe('HTTP timeouts and collaboration', () => {
  it('leave an upgraded WebSocket connection open long past the request timeout', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'partnerhub-timeouts-'));
    const config = loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dir,
      CLIENT_DIST: '',
      SEED_DEMO_DATA: 'false',
      HTTP_HEADERS_TIMEOUT_MS: '100',
      HTTP_REQUEST_TIMEOUT_MS: '200',
    });
    const app = await startApp(config, silentLog, { authorizeCollab: queryAuthorize });
    const client = connectClient(`${app.url.replace('http://', 'ws://')}/collab`, freshDocName());
    try {
      await eventually(() => expect(client.provider.synced).toBe(true));
      await sleep(1_000);
      expect(client.closeCodes).toEqual([]);
      expect(client.provider.wsconnected).toBe(true);
    } finally {
      client.destroy();
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
