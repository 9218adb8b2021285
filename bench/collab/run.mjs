// Collaboration server benchmark: PartnerHub's server (SQLite or PostgreSQL) against the reference
// @y/websocket-server 0.1.1 (in memory). See README.md for what is measured and how.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { freshName, sleep, until } from './clients.mjs';
import { otherCpu } from './machine.mjs';
import { connectFlood, stalledReader, underAttack } from './attacks.mjs';
import { median, printReport } from './report.mjs';
import {
  idleConnections,
  joinLarge,
  presenceAnswers,
  propagation,
  timeToSync,
  writeManyUpdates,
} from './scenarios.mjs';
import { forkServer } from './spawn.mjs';

const here = import.meta.dirname;
const { values: opts } = parseArgs({
  args: process.argv.slice(2).filter((a, i) => !(i === 0 && a === '--')),
  options: {
    db: { type: 'string', default: process.env.BENCH_COLLAB_DB ?? 'sqlite' },
    'pg-url': {
      type: 'string',
      default: process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    },
    clients: { type: 'string', default: '50,200' },
    seconds: { type: 'string', default: '10' },
    runs: { type: 'string', default: '3' },
    rate: { type: 'string', default: '50' },
    'join-clients': { type: 'string', default: '300' },
    'doc-count': { type: 'string', default: '1000' },
    updates: { type: 'string', default: '100000' },
    idle: { type: 'string', default: '5000' },
    'idle-hold': { type: 'string', default: '35' },
    'idle-writers': { type: 'string', default: '20' },
    presence: { type: 'string', default: '500' },
    'flood-connections': { type: 'string', default: '1000' },
    'flood-docs': { type: 'string', default: '100' },
    'stall-seconds': { type: 'string', default: '10' },
    'stall-pad': { type: 'string', default: '2000' },
    'stall-resync': { type: 'string', default: '100' },
    only: { type: 'string', default: 'latency,memory,load,join,idle,presence,flood,stall' },
    'sqlite-full': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (opts.help) {
  console.log(`Usage: pnpm --filter ./bench run bench:collab [-- options]
  --db sqlite|postgresql   storage of our server (default sqlite; BENCH_COLLAB_DB)
  --pg-url URL             PostgreSQL server for --db postgresql (creates partnerhub_bench_collab)
  --clients LIST           clients on one document for the latency runs (default 50,200)
  --seconds S --rate N     measured seconds and writes per second per latency run (default 10, 50)
  --runs N                 rounds of the latency runs and of the loads; the table shows medians (default 3)
  --join-clients N         readers joining the 1 MB document (default 300)
  --doc-count N            small documents opened for the memory measure (default 1000)
  --updates N              updates written before the load-time measure (default 100000)
  --idle N --idle-hold S   idle connections and how long they are held (default 5000, 35 s)
  --idle-writers N         clients on another document, measured while the idle ones are held (default 20)
  --presence N             providers with a presence on one document, answering presence queries
                           (default 500, the cap per document)
  --flood-connections N --flood-docs D
                           the flood: N connections at once over D fresh documents (default 1000, 100)
  --stall-seconds S --stall-pad B
                           the stall: a reader stops for up to S s while 50 writes/s of B bytes
                           each go to its document (default 10, 2000)
  --stall-resync MS        the stalled reader asks for the whole document every MS (default 100;
                           0: it only stops reading)
  --only LIST              latency,memory,load,join,idle,presence,flood,stall (default all)
  --sqlite-full            our SQLite waits for the disk on every commit (SQLITE_SYNCHRONOUS=full), not the default`);
  process.exit(0);
}
const only = new Set(opts.only.split(','));
const num = (key) => Number(opts[key]);

if (!existsSync(path.resolve(here, '../../server/dist/collab/index.js'))) {
  console.error('server/dist is missing or stale: run `pnpm bench:collab` from the root (it builds first).');
  process.exit(1);
}

async function createDatabase() {
  if (opts.db === 'sqlite') {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'partnerhub-bench-collab-'));
    return {
      dialect: 'sqlite',
      url: path.join(dir, 'collab.sqlite'),
      drop: async () => rmSync(dir, { recursive: true }),
      // SQLite reuses a deleted row's space at once; nothing is left to clean up.
      vacuum: async () => {},
    };
  }
  const name = 'partnerhub_bench_collab';
  const admin = new pg.Client({ connectionString: opts['pg-url'] });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(opts['pg-url']);
  url.pathname = `/${name}`;
  return {
    dialect: 'postgresql',
    url: url.toString(),
    drop: async () => {},
    // Compaction leaves the deleted rows dead in the table and its index until a vacuum. A stock
    // PostgreSQL's autovacuum runs one within a minute (here: 100,000 dead rows against a few live);
    // this machine's has autovacuum off, and a document's read then walks every dead index entry.
    vacuum: async () => {
      const client = new pg.Client({ connectionString: url.toString() });
      await client.connect();
      await client.query('vacuum analyze collab_update');
      await client.end();
    },
  };
}

// BENCH_CPU_PROF=<dir>: each server process writes a CPU profile there (node --cpu-prof).
const cpuProf = process.env.BENCH_CPU_PROF
  ? ['--cpu-prof', '--cpu-prof-dir', path.resolve(process.env.BENCH_CPU_PROF)]
  : [];

/** Forks server.mjs (see spawn.mjs), with this run's SQLite and profiling flags. */
function spawnServer(impl, db, extra = []) {
  const full = opts['sqlite-full'] && db.dialect === 'sqlite' ? ['--sqlite-full'] : [];
  return forkServer(impl, db, [...full, ...extra], cpuProf);
}

async function measureMemory(impl, db, count) {
  const text = 'x'.repeat(1000);
  const names = Array.from({ length: count }, freshName);
  const extra = ['--max-documents', String(count * 2), '--unload-delay', '3600000'];
  if (impl === 'ours') {
    const seeder = await spawnServer(impl, db, extra);
    for (let i = 0; i < names.length; i += 100)
      await seeder.call('seed', { names: names.slice(i, i + 100), text });
    await seeder.call('flush');
    await seeder.stop();
  }
  const server = await spawnServer(impl, db, extra);
  const before = await server.call('heap');
  await server.call('open', { names, text });
  const after = await server.call('heap');
  const { documents } = await server.call('stats');
  await server.stop();
  const kb = (key) => Math.round(((after[key] - before[key]) / count / 1024) * 10) / 10;
  return { documents, heapKB: kb('heapUsed'), externalKB: kb('external'), rssKB: kb('rss') };
}

const results = { options: opts, startedAt: new Date().toISOString() };
const db = await createDatabase();
try {
  if (only.has('latency')) {
    // Both servers stay up; each round runs them alternately, the order flipping every round.
    const servers = { ours: await spawnServer('ours', db), reference: await spawnServer('reference', db) };
    results.latency = { ours: [], reference: [] };
    for (let round = 0; round < num('runs'); round++) {
      for (const clients of opts.clients.split(',').map(Number)) {
        const order = round % 2 ? ['reference', 'ours'] : ['ours', 'reference'];
        for (const impl of order) {
          const other = otherCpu(servers[impl].pid);
          const run = await propagation(servers[impl].url, {
            clients,
            seconds: num('seconds'),
            rate: num('rate'),
            answersSaved: impl === 'ours',
          });
          run.otherCpuPct = other();
          results.latency[impl].push(run);
          console.error(`latency ${impl} ${clients}:`, JSON.stringify(run));
        }
      }
    }
    for (const server of Object.values(servers)) await server.stop();
  }
  for (const kind of ['flood', 'stall']) {
    if (!only.has(kind)) continue;
    // Both servers stay up; each round runs them alternately, the order flipping every round.
    const servers = { ours: await spawnServer('ours', db), reference: await spawnServer('reference', db) };
    results[kind] = { ours: [], reference: [] };
    for (let round = 0; round < num('runs'); round++) {
      for (const impl of round % 2 ? ['reference', 'ours'] : ['ours', 'reference']) {
        const server = servers[impl];
        const attack =
          kind === 'flood'
            ? connectFlood({ count: num('flood-connections'), docs: num('flood-docs') })
            : stalledReader({
                seconds: num('stall-seconds'),
                resyncMs: num('stall-resync'),
                connections: async () => (await server.call('stats')).connections ?? null,
              });
        const other = otherCpu(server.pid);
        const run = await underAttack(server.url, {
          clients: 50,
          rate: num('rate'),
          pad: kind === 'stall' ? num('stall-pad') : 0,
          attack,
        });
        run.otherCpuPct = other();
        results[kind][impl].push(run);
        console.error(`${kind} ${impl}:`, JSON.stringify(run));
      }
    }
    for (const server of Object.values(servers)) await server.stop();
  }
  if (only.has('memory')) {
    results.memory = {};
    for (const impl of ['ours', 'reference'])
      results.memory[impl] = await measureMemory(impl, db, num('doc-count'));
    console.error('memory:', JSON.stringify(results.memory));
  }
  if (only.has('load')) {
    let server = await spawnServer('ours', db);
    const written = await writeManyUpdates(server.url, { updates: num('updates') });
    await server.call('flush');
    // Compaction runs between batches; wait for the last one.
    let rows = 0;
    await until(
      async () => (rows = await server.call('rows', { name: written.name })) <= 500,
      60_000,
      'compaction',
    );
    const storedRows = await server.call('storedRows', { name: written.name });
    await server.stop();
    await db.vacuum();
    // One load is one sample of a noisy figure: every round restarts the server and loads again.
    const rounds = [];
    for (let round = 0; round < num('runs'); round++) {
      server = await spawnServer('ours', db);
      // A first, small document warms the fresh process up (JIT, first SQL statements).
      await timeToSync(server.url, freshName());
      const connectMs = await timeToSync(server.url, written.name);
      const loadMs = await server.call('loadedMs', { name: written.name });
      // The same content under another name, loaded by the same process: what a later load costs
      // once the process has loaded documents before (after a restart, the first one pays the JIT).
      const copy = freshName();
      await server.call('copyDocument', { from: written.name, to: copy });
      const warmConnectMs = await timeToSync(server.url, copy);
      const warmLoadMs = await server.call('loadedMs', { name: copy });
      await server.stop();
      // Yjs alone building the same rows, in a fresh process with the same flags, warmed up alike.
      const yjs = await spawnServer('reference', db);
      await timeToSync(yjs.url, freshName());
      const yjsLoadMs = await yjs.call('buildFromRows', { rows: storedRows });
      await yjs.stop();
      rounds.push({ loadMs, yjsLoadMs, connectMs, warmLoadMs, warmConnectMs });
    }
    const medianOf = (key) => median(rounds.map((r) => r[key]));
    results.load = {
      updates: num('updates'),
      ...written,
      rows,
      loadMs: medianOf('loadMs'),
      yjsLoadMs: medianOf('yjsLoadMs'),
      connectMs: medianOf('connectMs'),
      warmLoadMs: medianOf('warmLoadMs'),
      warmConnectMs: medianOf('warmConnectMs'),
      rounds,
    };
    console.error('load:', JSON.stringify(results.load));
  }
  if (only.has('join')) {
    results.join = {};
    for (const impl of ['ours', 'reference']) {
      const server = await spawnServer(impl, db);
      const other = otherCpu(server.pid);
      results.join[impl] = await joinLarge(server.url, { clients: num('join-clients'), bytes: 1_000_000 });
      results.join[impl].otherCpuPct = other();
      await server.stop();
    }
    console.error('join:', JSON.stringify(results.join));
  }
  if (only.has('idle')) {
    results.idle = {};
    for (const impl of ['ours', 'reference']) {
      const server = await spawnServer(impl, db, ['--max-documents', '1000']);
      const held = await idleConnections(server.url, { count: num('idle') });
      const holdStarted = performance.now();
      // Others at work among them, `--runs` times: every keepalive round (ours: every 1.5 s)
      // reaches all of them.
      const among = [];
      for (let round = 0; round < num('runs'); round++) {
        const other = otherCpu(server.pid);
        const run = await propagation(server.url, {
          clients: num('idle-writers'),
          seconds: num('seconds'),
          rate: num('rate'),
          answersSaved: false,
        });
        among.push({ ...run, otherCpuPct: other() });
      }
      await sleep(num('idle-hold') * 1000 - (performance.now() - holdStarted));
      // The runs may take longer than the hold asked for: what was held is reported.
      const heldSeconds = Math.round((performance.now() - holdStarted) / 1000);
      const open = held.stillOpen();
      const { connections = null } = await server.call('stats');
      const { rss, heapUsed } = await server.call('heap');
      held.close();
      await server.stop();
      results.idle[impl] = {
        requested: num('idle'),
        opened: held.opened,
        open,
        heldSeconds,
        serverConnections: connections,
        rssMB: Math.round(rss / 2 ** 20),
        heapMB: Math.round(heapUsed / 2 ** 20),
        among,
      };
      console.error(`idle ${impl}:`, JSON.stringify(results.idle[impl]));
    }
  }
  if (only.has('presence')) {
    // Ours only: the reference never asks for presence, so its clients never answer.
    results.presence = [];
    for (const ownOnly of [false, true]) {
      const server = await spawnServer('ours', db);
      const other = otherCpu(server.pid);
      const run = await presenceAnswers(server.url, server.pid, {
        clients: num('presence'),
        ownOnly,
        seconds: num('seconds'),
      });
      results.presence.push({ ...run, otherCpuPct: other() });
      await server.stop();
    }
    console.error('presence:', JSON.stringify(results.presence));
  }
} finally {
  await db.drop();
}

printReport(results, opts.db === 'sqlite' && opts['sqlite-full'] ? 'sqlite, synchronous=full' : opts.db);
mkdirSync(path.join(here, '../results'), { recursive: true });
writeFileSync(path.join(here, '../results/collab-latest.json'), JSON.stringify(results, null, 2) + '\n');
// Load-generator sockets and y-websocket reconnect timers may outlive their scenario; the run is over.
process.exit(0);
