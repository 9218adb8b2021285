// The server under measurement, in its own process (forked by run.mjs with an IPC channel):
// `--impl ours` is PartnerHub's collaboration server (server/dist) on SQLite or PostgreSQL,
// `--impl reference` is @y/websocket-server 0.1.1 in memory. Both answer /collab/<docName>.
import http from 'node:http';
import { parseArgs } from 'node:util';
import { WebSocketServer } from 'ws';

export const serverScript = import.meta.filename;

const allowAll = async () => ({ ok: true, access: 'edit', actor: { userId: null, label: 'bench' } });

/** pino's surface as the collaboration server uses it; keeps load times, prints warnings and errors. */
function benchLog(loadedMs) {
  const log = {
    child: () => log,
    debug: (fields, msg) => msg === 'document loaded' && loadedMs.set(fields.doc, fields.ms),
    info: () => {},
    warn: (fields, msg) => console.error('warn:', msg, fields.doc ?? ''),
    error: (fields, msg) => console.error('error:', msg, fields.err ?? ''),
  };
  return log;
}

async function ours(server, { dialect, url, unloadDelayMs, maxDocuments, sqliteFull, relay }) {
  // As main.ts starts: the young generation's growth held while the server loads and sets up.
  const { releaseYoungGeneration } = await import('@partnerhub/server/dist/start-up-heap.js');
  const { openOrm, migrate } = await import('@partnerhub/server/dist/db/orm.js');
  const { createCollabServer } = await import('@partnerhub/server/dist/collab/index.js');
  // The app's SQLite setting (WAL, synchronous=normal) unless --sqlite-full asks for a disk wait per commit.
  const orm = await openOrm({ dialect, url, sqliteSynchronous: sqliteFull ? 'full' : 'normal' });
  await migrate(orm);
  const loadedMs = new Map();
  const collab = createCollabServer({
    orm,
    log: benchLog(loadedMs),
    authorize: allowAll,
    // Every bench client connects from 127.0.0.1.
    options: { unloadDelayMs, maxDocuments, maxConnectionsPerIp: 1_000_000, maxConnectionsPerDoc: 1_000_000 },
    // One of several instances (bench/scale): relays through Redis.
    relay,
  });
  server.on('upgrade', (req, socket, head) => collab.handleUpgrade(req, socket, head));
  const actor = { userId: null, label: 'bench' };
  releaseYoungGeneration();
  return {
    stats: () => collab.stats(),
    flush: () => collab.flush(),
    async seed({ names, text }) {
      await Promise.all(
        names.map((name) => collab.applyServerEdit(name, actor, (d) => d.getText('t').insert(0, text))),
      );
    },
    async open({ names }) {
      for (const name of names) (await collab.readDocument(name)).destroy();
    },
    loadedMs: ({ name }) => loadedMs.get(name) ?? null,
    /** Stores a copy of a document's rows under another name (not in memory yet). */
    async copyDocument({ from, to }) {
      await orm.em
        .getKnex()
        .raw(
          'insert into collab_update (doc_name, data, user_id, encoding) select ?, data, user_id, encoding from collab_update where doc_name = ? order by id',
          [to, from],
        );
    },
    /** A document's stored rows, in order, as base64 (for Yjs's own load time of the same bytes). */
    async storedRows({ name }) {
      const rows = await orm.em
        .getKnex()('collab_update')
        .where('doc_name', name)
        .orderBy('id')
        .select('data', 'encoding');
      return rows.map(({ data, encoding }) => ({ data: Buffer.from(data).toString('base64'), encoding }));
    },
    async rows({ name }) {
      const [{ count }] = await orm.em
        .getKnex()('collab_update')
        .where('doc_name', name)
        .count({ count: '*' });
      return Number(count);
    },
  };
}

async function reference(server) {
  const { setupWSConnection, getYDoc, docs } = await import('@y/websocket-server/utils');
  const Y = await import('yjs');
  const wss = new WebSocketServer({ noServer: true });
  server.on('upgrade', (req, socket, head) => {
    const docName = new URL(req.url, 'http://localhost').pathname.slice('/collab/'.length);
    wss.handleUpgrade(req, socket, head, (ws) => setupWSConnection(ws, req, { docName }));
  });
  return {
    stats: () => ({ documents: docs.size }),
    open({ names, text }) {
      for (const name of names) getYDoc(name).getText('t').insert(0, text);
    },
    /**
     * Milliseconds to build a document from stored rows as our server does (one transaction on a
     * new document without listeners): what Yjs alone costs for the load. Not the reference's own
     * persistence (y-leveldb builds the document twice: once from its rows, then again from its
     * encoding into the shared one), which would flatter the comparison.
     */
    buildFromRows({ rows }) {
      const updates = rows.map(({ data, encoding }) => ({ data: Buffer.from(data, 'base64'), encoding }));
      const started = performance.now();
      const doc = new Y.Doc();
      doc.transact(() => {
        for (const { data, encoding } of updates)
          if (encoding === 2) Y.applyUpdateV2(doc, data);
          else Y.applyUpdate(doc, data);
      });
      const ms = performance.now() - started;
      doc.destroy();
      return Math.round(ms);
    },
  };
}

async function serve() {
  const { values } = parseArgs({
    options: {
      impl: { type: 'string' },
      dialect: { type: 'string', default: 'sqlite' },
      url: { type: 'string', default: '' },
      'unload-delay': { type: 'string', default: '30000' },
      'max-documents': { type: 'string', default: '1000' },
      'sqlite-full': { type: 'boolean', default: false },
      'relay-url': { type: 'string', default: '' },
      'relay-prefix': { type: 'string', default: 'bench:' },
    },
  });
  const server = http.createServer((_req, res) => res.writeHead(404).end());
  const commands =
    values.impl === 'ours'
      ? await ours(server, {
          dialect: values.dialect,
          url: values.url,
          unloadDelayMs: Number(values['unload-delay']),
          maxDocuments: Number(values['max-documents']),
          sqliteFull: values['sqlite-full'],
          relay: values['relay-url'] ? { url: values['relay-url'], prefix: values['relay-prefix'] } : null,
        })
      : await reference(server);
  commands.heap = () => {
    globalThis.gc();
    globalThis.gc();
    return process.memoryUsage();
  };
  process.on('message', async ({ id, cmd, args }) => {
    try {
      process.send({ id, result: await commands[cmd](args) });
    } catch (err) {
      process.send({ id, error: String(err?.stack ?? err) });
    }
  });
  // The app's own backlog (app.ts) for both servers: Node's default of 511 makes a flood of 1,000
  // connections wait out 1 s SYN retries at random, whichever server it is.
  server.listen({ port: 0, host: '127.0.0.1', backlog: 4096 }, () =>
    process.send({ listening: server.address().port }),
  );
}

if (process.argv[1] === import.meta.filename) {
  // A normal exit, so that `node --cpu-prof` writes its profile.
  process.on('SIGTERM', () => process.exit(0));
  await serve();
}
