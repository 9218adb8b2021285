import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CollabCloseCode } from '@partnerhub/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { type RunningApp, startApp } from '../app.js';
import { type AppConfig, DEFAULT_GRAPHQL_LIMITS, identityFrom } from '../config.js';
import { connectClient, eventually, freshDocName, queryAuthorize } from '../test-support/collab.js';
import { silentLog } from '../test-support/graphql.js';

describe('collaboration in the app', () => {
  let dir: string;
  const config = (name: string): AppConfig => ({
    port: 0,
    host: '127.0.0.1',
    production: true,
    database: { dialect: 'sqlite', url: path.join(dir, `${name}.sqlite`) },
    clientDist: null,
    seedDemoData: false,
    logLevel: 'silent',
    graphql: DEFAULT_GRAPHQL_LIMITS,
    identity: identityFrom({}, 0),
  });
  const collabUrl = (app: RunningApp) => `${app.url.replace('http://', 'ws://')}/collab`;
  let refusing: RunningApp;
  let open: RunningApp;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'partnerhub-collab-app-'));
    [refusing, open] = await Promise.all([
      startApp(config('refusing'), silentLog),
      startApp(config('open'), silentLog, { authorizeCollab: queryAuthorize }),
    ]);
  });
  afterAll(async () => {
    await refusing.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses every collaboration upgrade with 401 until an authorization is given', async () => {
    const ws = new WebSocket(`${collabUrl(refusing)}/${freshDocName()}`);
    const status = await new Promise((resolve) =>
      ws.on('unexpected-response', (_req, res) => resolve(res.statusCode)),
    );
    ws.on('error', () => {});
    expect(status).toBe(401);
  });

  it('caps connections per client IP as the app names it: behind TRUST_PROXY, X-Forwarded-For', async () => {
    const proxied = await startApp(
      {
        ...config('proxied'),
        identity: identityFrom({ TRUST_PROXY: 'true' }, 0),
        collab: { maxConnectionsPerIp: 1 },
      },
      silentLog,
      { authorizeCollab: queryAuthorize },
    );
    const sockets: WebSocket[] = [];
    const outcome = (forwardedFor: string) => {
      const ws = new WebSocket(`${collabUrl(proxied)}/${freshDocName()}`, {
        headers: { 'x-forwarded-for': `${forwardedFor}, 10.0.0.1` },
      });
      sockets.push(ws);
      ws.on('error', () => {});
      return new Promise((resolve) => {
        ws.once('open', () => resolve('open'));
        ws.once('unexpected-response', (_req, res) => resolve(res.statusCode));
      });
    };
    try {
      expect(await outcome('203.0.113.7')).toBe('open');
      expect(await outcome('203.0.113.7')).toBe(429);
      expect(await outcome('203.0.113.8')).toBe('open');
    } finally {
      for (const ws of sockets) ws.terminate();
      await proxied.close();
    }
  });

  it('serves /collab on the app port, relays server edits, and closes clients with SERVER_SHUTDOWN', async () => {
    const name = freshDocName();
    const client = connectClient(collabUrl(open), name);
    try {
      await eventually(() => expect(client.provider.synced).toBe(true));
      await open.collab.applyServerEdit(name, { userId: null, label: 'test' }, (doc) =>
        doc.getText('t').insert(0, 'hello from the app'),
      );
      await eventually(() => expect(client.text.toString()).toBe('hello from the app'));
      client.provider.shouldConnect = false;
      await open.close();
      await eventually(() => expect(client.closeCodes).toEqual([CollabCloseCode.SERVER_SHUTDOWN]));
    } finally {
      client.destroy();
    }
  });
});
