import 'reflect-metadata';
import { type IncomingMessage, type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { type SavedState, docName, trackSaved } from '@partnerhub/shared';
import { pino } from 'pino';
import { vi } from 'vitest';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import {
  type CollabAuthorize,
  type CollabOptions,
  type CollabServer,
  createCollabServer,
} from '../collab/index.js';
import type { DatabaseConfig } from '../config.js';
import { type EntityManager, type Orm, migrate, openOrm } from '../db/orm.js';

/**
 * Authorization for tests, read from the query string: `access` is `edit` (default), `view`, or a
 * refusal status (`401`, `403`, `404`); `user` is the user id.
 */
export const queryAuthorize: CollabAuthorize = async (req) => {
  const params = new URL(req.url ?? '/', 'http://localhost').searchParams;
  const access = params.get('access') ?? 'edit';
  if (access === '401' || access === '403' || access === '404')
    return { ok: false, status: Number(access) as 401 };
  const user = params.get('user');
  return {
    ok: true,
    access: access === 'view' ? 'view' : 'edit',
    actor: { userId: user ? Number(user) : null, label: user ? `user ${user}` : 'anonymous' },
  };
};

export interface LogLine {
  level: number;
  msg: string;
  [field: string]: unknown;
}

export interface CollabHarness {
  /** Base URL of the collaboration endpoint, for `new WebsocketProvider(url, name, doc)`. */
  readonly url: string;
  readonly collab: CollabServer;
  readonly orm: Orm;
  /** Every log line so far, parsed. */
  readonly logs: LogLine[];
  /** Closes server and database connection, then opens both again on the same database. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A real HTTP server on a free port with the collaboration server, over a migrated database;
 * `clientIp` names a request's address for the per-IP cap (the socket's peer by default);
 * `sharedCaps` counts the caps in Redis.
 */
export async function startCollabHarness(
  database: DatabaseConfig,
  options: Partial<CollabOptions> = {},
  {
    clientIp,
    sharedCaps,
  }: {
    clientIp?: (req: IncomingMessage) => string;
    sharedCaps?: Parameters<typeof createCollabServer>[0]['sharedCaps'];
  } = {},
): Promise<CollabHarness> {
  const logs: LogLine[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n')) if (line) logs.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  const log = pino({ level: 'debug' }, sink);
  let state: { orm: Orm; collab: CollabServer; server: Server; url: string };

  async function start() {
    const orm = await openOrm(database);
    await migrate(orm);
    const collab = createCollabServer({ orm, log, authorize: queryAuthorize, options, clientIp, sharedCaps });
    const server = createServer((_req, res) => res.writeHead(404).end());
    server.on('upgrade', (req, socket, head) => collab.handleUpgrade(req, socket, head));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    state = { orm, collab, server, url: `ws://127.0.0.1:${port}/collab` };
  }
  async function stop() {
    await state.collab.close();
    state.server.closeAllConnections();
    await new Promise<void>((resolve) => state.server.close(() => resolve()));
    await state.orm.close(true);
  }

  await start();
  return {
    get url() {
      return state.url;
    },
    get collab() {
      return state.collab;
    },
    get orm() {
      return state.orm;
    },
    logs,
    async restart() {
      await stop();
      await start();
    },
    close: stop,
  };
}

/** `vi.waitFor` with room for a busy machine: retries `check` for up to 15 s. */
export function eventually<T>(check: () => T | Promise<T>, timeout = 15_000): Promise<T> {
  return vi.waitFor(check, { timeout, interval: 20 });
}

let lastDistrictId = 0;

/** A document name no other test in this process uses. */
export function freshDocName(kind: 'vision' | 'opportunities' = 'vision'): string {
  lastDistrictId += 1 + Math.floor(Math.random() * 1_000);
  return docName(kind, lastDistrictId);
}

export interface TestClient {
  doc: Y.Doc;
  text: Y.Text;
  provider: WebsocketProvider;
  /** Close codes the server sent this client, in order. */
  closeCodes: number[];
  /** The newest saved state reported by `trackSaved`. */
  saved(): SavedState;
  destroy(): void;
}

/** A stock y-websocket provider in Node (with `ws`, no BroadcastChannel), following the saved state. */
export function connectClient(
  url: string,
  name: string,
  params: Record<string, string> = {},
  doc: Y.Doc = new Y.Doc(),
): TestClient {
  const provider = new WebsocketProvider(url, name, doc, {
    WebSocketPolyfill: WebSocket as never,
    disableBc: true,
    maxBackoffTime: 300,
    params,
  });
  const closeCodes: number[] = [];
  provider.on('connection-close', (event) => {
    if (event) closeCodes.push(event.code);
  });
  let saved: SavedState = 'saved';
  const stop = trackSaved(provider, (state) => {
    saved = state;
  });
  return {
    doc,
    text: doc.getText('t'),
    provider,
    closeCodes,
    saved: () => saved,
    destroy() {
      stop();
      provider.destroy();
      doc.destroy();
    },
  };
}

/** Reads a document's rows straight from the database and applies them to a fresh document. */
export async function storedDoc(orm: Orm, name: string): Promise<{ doc: Y.Doc; rows: StoredRow[] }> {
  const rows = await storedRows(orm, name);
  const doc = new Y.Doc();
  doc.transact(() => {
    for (const row of rows)
      if (row.encoding === 2) Y.applyUpdateV2(doc, row.data);
      else Y.applyUpdate(doc, row.data);
  });
  return { doc, rows };
}

export interface StoredRow {
  id: number;
  data: Uint8Array;
  userId: number | null;
  /** The Yjs update encoding (2: a compacted snapshot). */
  encoding: number;
}

/** A document's rows in the update log, oldest first. */
export async function storedRows(orm: Orm, name: string): Promise<StoredRow[]> {
  const knex = (orm.em as EntityManager).getKnex();
  const rows: {
    id: number | string;
    data: ArrayBuffer | Uint8Array;
    user_id: number | null;
    encoding: number;
  }[] = await knex('collab_update')
    .select('id', 'data', 'user_id', 'encoding')
    .where('doc_name', name)
    .orderBy('id');
  return rows.map((r) => ({
    id: Number(r.id),
    data: r.data instanceof Uint8Array ? r.data : new Uint8Array(r.data),
    userId: r.user_id,
    encoding: Number(r.encoding),
  }));
}
