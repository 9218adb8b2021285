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
