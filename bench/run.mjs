// PartnerHub API benchmark: the GraphQL API against a bare node:http + pg floor, on a generated
// PostgreSQL data set. See README.md for what it measures and how to read it.
import { spawn } from 'node:child_process';
import http from 'node:http';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import {
  DATASET_VERSION,
  PUBLISH_DISTRICT_SLUG,
  SIZES,
  ensureDataset,
  removePublishDistrict,
} from './dataset.mjs';
import { PUBLISH_TARGET_MS, percentile, runPublishWorkload } from './publish.mjs';
import { copyToSqlite } from './sqlite-copy.mjs';
import { measureIdleMemory } from './idle-memory.mjs';
import { startFlags } from './start-flags.mjs';

const here = import.meta.dirname;
const root = path.resolve(here, '..');

const { values: opts } = parseArgs({
  // `pnpm run bench -- --runs 1` passes the `--` through; it separates nothing here.
  args: process.argv.slice(2).filter((a, i) => !(i === 0 && a === '--')),
  options: {
    runs: { type: 'string', default: '3' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    'initial-warmup': { type: 'string', default: '8' },
    connections: { type: 'string', default: '10,50' },
    workloads: { type: 'string', default: 'search,one,publish,idle' },
    publishes: { type: 'string', default: '50' },
    listings: { type: 'string', default: '2000' },
    servers: { type: 'string', default: 'api,floor,sqlite' },
    'force-data': { type: 'boolean', default: false },
    'pg-url': {
      type: 'string',
      default: process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    },
    db: { type: 'string', default: process.env.BENCH_DB ?? 'partnerhub_bench' },
    'cpu-prof': { type: 'boolean', default: false },
    // The API runs with the same node flags as `pnpm start` and the container image.
    'api-node-options': { type: 'string', default: startFlags().join(' ') },
    'api-entry': { type: 'string', default: path.join(root, 'server/dist/main.js') },
    help: { type: 'boolean', default: false },
  },
});

if (opts.help) {
  console.log(`Usage: pnpm --filter ./bench run bench [-- options]
  --runs N            repeated rounds; the table shows medians (default 3)
  --duration S        seconds measured per run (default 10)
  --warmup S          seconds of warm-up before each run (default 3)
  --initial-warmup S  seconds of load per workload and server once after start, for the JIT (default 8)
  --connections LIST  concurrent connections (default 10,50)
  --workloads LIST    search,one,publish,idle (default all four); publish builds a district's draft list,
                      publishes it --publishes times, then adds the search-pub load workload; idle
                      measures the API's memory once idle on the demo data (SQLite)
  --publishes N       versions the publish workload makes (default 50)
  --listings N        listings of its draft list (default 2000)
  --servers LIST      api,floor,sqlite (default all three; the agreement check always uses the API
                      and the floor); sqlite is the API on an SQLite copy of the data set
  --force-data        drop and rebuild the benchmark database
  --pg-url URL        PostgreSQL server (default postgres://postgres@127.0.0.1:5432/postgres)
  --db NAME           database to create and use (default partnerhub_bench)
  --api-entry FILE    the API's entry point (default server/dist/main.js), e.g. a patched copy
  --api-node-options=FLAGS  node flags for the API (default: those of the server's start script, as pnpm start uses)
  --cpu-prof          run both servers under --cpu-prof (profiles in bench/results/prof/{api,floor})`);
  process.exit(0);
}

const RUNS = Math.max(1, Number(opts.runs));
const DURATION = Number(opts.duration);
const WARMUP = Number(opts.warmup);
const INITIAL_WARMUP = Number(opts['initial-warmup']);
const CONNECTIONS = opts.connections.split(',').map(Number);
const WORKLOADS = opts.workloads.split(',');
const SERVERS = opts.servers.split(',');
const PUBLISHES = Math.max(1, Number(opts.publishes));
const LISTINGS = Math.max(1, Number(opts.listings));
for (const w of WORKLOADS)
  if (!['search', 'one', 'publish', 'idle'].includes(w))
    throw new Error(`unknown workload "${w}" (search, one, publish, idle)`);
const PUBLISH = WORKLOADS.includes('publish');
const IDLE = WORKLOADS.includes('idle');
// Load workloads measured with autocannon, in table order; `search-pub` is the search on the publishing
// district's newest version, measured once the publish workload has made its versions.
const CANNON_WORKLOADS = ['search', 'search-pub', 'one'].filter((w) =>
  w === 'search-pub' ? PUBLISH : WORKLOADS.includes(w),
);
// The floor answers `search-pub` too (the agreement check compares it), but is not loaded with it: that
// would add another minute and a half, and the API's own pg CPU column already shows what the database
// spends on the query.
const loadsServer = (workload, name) =>
  SERVERS.includes(name) && (workload !== 'search-pub' || name === 'api');
// The API on SQLite against the API on PostgreSQL, req/s at 50 connections, on search and one.
const SQLITE_TARGET = 0.8;
const SQLITE = SERVERS.includes('sqlite') && CANNON_WORKLOADS.some((w) => w === 'search' || w === 'one');

// API / floor req/s at 50 connections, API p99, and (where set) the API's PostgreSQL CPU per request
// at most this many times the floor's, and SQL statements per request.
const TARGETS = {
  search: { ratio: 0.5, p99: 100, sql: 1 },
  'search-pub': { ratio: 0.5, p99: 100, sql: 1 },
  one: { ratio: 0.3, p99: 50, pgCpu: 2 },
};
const verdict = (ok) => (ok == null ? '-' : ok ? 'PASS' : 'MISS');

// ---------------------------------------------------------------------------------------------
// The two operations

const SEARCH_QUERY = `query Search($slug: String!, $types: [OpportunityType!], $grade: Int) {
  district(slug: $slug) {
    opportunities(first: 50, filter: { types: $types, grade: $grade }, orderBy: DEADLINE) {
      totalCount
      edges { node { id title deadline skills partner { id name kind } } }
    }
  }
}`;

const ONE_QUERY = `query One($id: ID!) {
  opportunity(id: $id) {
    id title summary description deadline
    partner { id name kind }
    district { id name slug }
  }
}`;

// About 9% of one district's 5,000 listings: three of sixteen types, open to grade 10.
const SEARCH_VARIABLES = {
  slug: 'bench-district-07',
  types: ['PAID_INTERNSHIP', 'JOB_SHADOWING', 'MENTORSHIP'],
  grade: 10,
};
// The same search on the publishing district, whose newest version sits on top of all its older ones.
const PUBLISH_SEARCH_VARIABLES = { ...SEARCH_VARIABLES, slug: PUBLISH_DISTRICT_SLUG };

const globalId = (type, id) => Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');

const body = (operationName, query, variables) => JSON.stringify({ operationName, query, variables });

// ---------------------------------------------------------------------------------------------
// Child processes

/**
 * One HTTP request on a fresh connection (no keep-alive: a pooled socket that the server closes
 * while idle would fail the next request), retried a few times on connection errors.
 */
async function request(url, { method = 'GET', body, headers = {} } = {}, attempts = 3) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await new Promise((resolve, reject) => {
        const req = http.request(
          url,
          { method, headers: { ...headers, connection: 'close' }, agent: false, timeout: 30_000 },
          (res) => {
            const chunks = [];
            res.on('data', (c) => chunks.push(c));
            res.on('end', () =>
              resolve({ status: res.statusCode, text: Buffer.concat(chunks).toString('utf8') }),
            );
            res.on('error', reject);
          },
        );
        req.on('timeout', () => req.destroy(new Error(`${method} ${url} timed out`)));
        req.on('error', reject);
        req.end(body);
      });
    } catch (error) {
      if (attempt >= attempts) throw error;
      await new Promise((r) => setTimeout(r, 200 * attempt));
    }
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

const children = new Set();

async function startChild(name, args, env) {
  const port = await freePort();
  const proc = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(proc);
  let output = '';
  const keep = (chunk) => {
    output = (output + chunk.toString()).slice(-8000);
  };
  proc.stdout.on('data', keep);
  proc.stderr.on('data', keep);
  const exited = new Promise((resolve) => proc.once('exit', (code, signal) => resolve({ code, signal })));
  proc.once('exit', () => children.delete(proc));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    const status = await Promise.race([
      exited.then(() => 'exited'),
      request(`${url}/healthz`, {}, 1).then(
        (r) => r.status,
        () => 0,
      ),
    ]);
    if (status === 'exited') throw new Error(`${name} exited before listening:\n${output}`);
    if (status === 200) break;
    if (Date.now() > deadline) throw new Error(`${name} did not answer /healthz within 60 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return { name, proc, pid: proc.pid, url, exited, output: () => output };
}

async function stopChild(child) {
  if (child.proc.exitCode !== null || child.proc.signalCode !== null) return;
  child.proc.kill('SIGTERM');
  const timer = setTimeout(() => child.proc.kill('SIGKILL'), 10_000);
  await child.exited;
  clearTimeout(timer);
}

function stopAllSync() {
  for (const proc of children) proc.kill('SIGKILL');
}
process.on('exit', stopAllSync);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    stopAllSync();
    process.exit(130);
  });
}

const TICK_MS = 10; // USER_HZ is 100 on Linux

/** CPU time (ms) used so far by a process, from /proc/<pid>/stat (utime + stime, or stime alone). */
function cpuMsOf(pid, { systemOnly = false } = {}) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((systemOnly ? 0 : Number(fields[11])) + Number(fields[12])) * TICK_MS;
  } catch {
    return 0;
  }
}

/** CPU time (ms) so far of each PostgreSQL backend connected to the benchmark database, by pid. */
function postgresCpu() {
  const byPid = new Map();
  const tag = ` ${opts.db} `;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() !== 'postgres') continue;
      // A backend's title reads "postgres: <user> <database> <client> <state>".
      if (!readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(tag)) continue;
      byPid.set(entry, cpuMsOf(entry));
    } catch {
      // the process ended meanwhile
    }
  }
  return byPid;
}

/** CPU used by PostgreSQL between two snapshots (processes that ended in between are not counted). */
function postgresCpuSince(before) {
  let total = 0;
  for (const [pid, ms] of postgresCpu()) total += ms - (before.get(pid) ?? 0);
  return total;
}

/** Busy CPU time (ms) of the whole machine, all cores, from /proc/stat. */
function machineBusyMs() {
  const [cpu] = readFileSync('/proc/stat', 'utf8').split('\n');
  const v = cpu.trim().split(/\s+/).slice(1).map(Number);
  const idle = v[3] + (v[4] ?? 0);
  return (v.reduce((a, b) => a + b, 0) - idle) * TICK_MS;
}

function rssMb(pid) {
  try {
    const m = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

async function sqlStatementsTotal(child) {
  const { text } = await request(`${child.url}/metrics`);
  const m = /^partnerhub_sql_statements_total\s+([0-9.e+]+)$/m.exec(text);
  if (!m) throw new Error('partnerhub_sql_statements_total is missing from /metrics');
  return Number(m[1]);
}

async function post(child, payload) {
  const res = await request(`${child.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: payload,
  });
  const text = res.text;
  if (res.status !== 200) throw new Error(`${child.name} answered ${res.status}: ${text.slice(0, 500)}`);
  const json = JSON.parse(text);
  if (json.errors)
    throw new Error(`${child.name} answered errors: ${JSON.stringify(json.errors).slice(0, 500)}`);
  return json;
}

// ---------------------------------------------------------------------------------------------
// Correctness: the API and the floor agree before anything is measured.

/** The first path at which two parsed answers differ, for the error message. */
function firstDifference(a, b, at = '') {
  if (isDeepStrictEqual(a, b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object')
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const found = firstDifference(a[key], b[key], `${at}.${key}`);
      if (found) return found;
    }
  return `${at || '(root)'}: API ${JSON.stringify(a)?.slice(0, 120)}, floor ${JSON.stringify(b)?.slice(0, 120)}`;
}

/** The search answers alike on both servers: deep-equal JSON, a full first page. */
async function checkSearchAgreement(api, floor, variables, name) {
  const searchPayload = body('Search', SEARCH_QUERY, variables);
  const [a, f] = await Promise.all([post(api, searchPayload), post(floor, searchPayload)]);
  const difference = firstDifference(a, f);
  if (difference) throw new Error(`${name}: the API and the floor answer differently at ${difference}`);
  const page = a.data.district.opportunities;
  const expected = Math.min(50, page.totalCount);
  if (page.edges.length !== expected)
    throw new Error(`${name}: expected a page of ${expected}, got ${page.edges.length}`);
  return { totalCount: page.totalCount, pageSize: page.edges.length };
}

async function checkAgreement(api, floor, oneIds) {
  const search = await checkSearchAgreement(api, floor, SEARCH_VARIABLES, 'search');
  for (const id of oneIds.slice(0, 25)) {
    const payload = body('One', ONE_QUERY, { id });
    const [x, y] = await Promise.all([post(api, payload), post(floor, payload)]);
    if (!x.data.opportunity) throw new Error(`one: the API found no opportunity for ${id}`);
    const difference = firstDifference(x, y);
    if (difference) throw new Error(`one ${id}: the API and the floor answer differently at ${difference}`);
  }
  return { ...search, notes: [] };
}

// ---------------------------------------------------------------------------------------------
// Load

function cannon({ url, connections, duration, payloads }) {
  let i = 0;
  const next = payloads.length === 1 ? null : () => payloads[i++ % payloads.length];
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: `${url}/graphql`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        connections,
        duration,
        body: payloads[0],
        requests: next ? [{ setupRequest: (req) => ({ ...req, body: next() }) }] : undefined,
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
  });
}

async function measure(child, workload, connections, payloads) {
  const isApi = child.name === 'api' || child.name === 'sqlite';
  await cannon({ url: child.url, connections, duration: WARMUP, payloads });
  await new Promise((r) => setTimeout(r, 250));
  const before = isApi ? await sqlStatementsTotal(child) : null;
  const cpu0 = {
    server: cpuMsOf(child.pid),
    serverSys: cpuMsOf(child.pid, { systemOnly: true }),
    db: postgresCpu(),
    load: process.cpuUsage(),
    machine: machineBusyMs(),
  };
  const t0 = performance.now();
  const r = await cannon({ url: child.url, connections, duration: DURATION, payloads });
  await new Promise((r) => setTimeout(r, 250)); // let requests cut off at the end finish
  const load = process.cpuUsage(cpu0.load);
  const cpu = {
    server: cpuMsOf(child.pid) - cpu0.server,
    serverSys: cpuMsOf(child.pid, { systemOnly: true }) - cpu0.serverSys,
    db: postgresCpuSince(cpu0.db),
    load: (load.user + load.system) / 1000,
  };
  const wallMs = performance.now() - t0;
  // CPU that neither the server, PostgreSQL nor the load generator used: other work on the machine.
  const otherCpuPercent =
    (100 * Math.max(0, machineBusyMs() - cpu0.machine - cpu.server - cpu.db - cpu.load)) / wallMs;
  const rss = rssMb(child.pid);
  const after = isApi ? await sqlStatementsTotal(child) : null;
  const sent = r.requests.sent ?? r.requests.total;
  const perRequest = (ms) => (r.requests.total ? ms / r.requests.total : null);
  return {
    server: child.name,
    workload,
    connections,
    reqPerSec: r.requests.mean,
    p50: r.latency.p50,
    p90: r.latency.p90,
    p99: r.latency.p99,
    max: r.latency.max,
    latencyMean: r.latency.mean,
    requests: r.requests.total,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
    rssMb: rss,
    sqlPerRequest: isApi && sent ? (after - before) / sent : null,
    serverCpuMsPerReq: perRequest(cpu.server),
    serverSysCpuMsPerReq: perRequest(cpu.serverSys),
    dbCpuMsPerReq: perRequest(cpu.db),
    loadCpuMsPerReq: perRequest(cpu.load),
    otherCpuPercent,
  };
}

/**
 * Counters around single requests made one after another (the publish workload): `start()` before,
 * `end(start)` after; totals of SQL statements and CPU time (ms) of the server, PostgreSQL, this
 * process and everything else on the machine, and the wall time in between.
 */
function probeOf(child) {
  return {
    async start() {
      const sql = await sqlStatementsTotal(child);
      return {
        sql,
        server: cpuMsOf(child.pid),
        db: postgresCpu(),
        load: process.cpuUsage(),
        machine: machineBusyMs(),
        t0: performance.now(),
      };
    },
    async end(s) {
      const wallMs = performance.now() - s.t0;
      const serverCpuMs = cpuMsOf(child.pid) - s.server;
      const dbCpuMs = postgresCpuSince(s.db);
      const l = process.cpuUsage(s.load);
      const loadCpuMs = (l.user + l.system) / 1000;
      const otherCpuMs = Math.max(0, machineBusyMs() - s.machine - serverCpuMs - dbCpuMs - loadCpuMs);
      const sqlStatements = (await sqlStatementsTotal(child)) - s.sql;
      return { wallMs, sqlStatements, serverCpuMs, dbCpuMs, loadCpuMs, otherCpuMs };
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Report

const median = (xs) => {
  const v = xs.filter((x) => x != null && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const m = Math.floor(v.length / 2);
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};

function summarise(samples) {
  const groups = new Map();
  for (const s of samples) {
    const key = `${s.workload}|${s.connections}|${s.server}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(s);
  }
  const rank = (s) => [
    CANNON_WORKLOADS.indexOf(s.workload),
    CONNECTIONS.indexOf(s.connections),
    ['api', 'floor', 'sqlite'].indexOf(s.server),
  ];
  const byRank = (a, b) => {
    const [x, y] = [rank(a), rank(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  };
  return [...groups.values()]
    .sort((a, b) => byRank(a[0], b[0]))
    .map((g) => ({
      server: g[0].server,
      workload: g[0].workload,
      connections: g[0].connections,
      runs: g.length,
      reqPerSec: median(g.map((s) => s.reqPerSec)),
      reqPerSecAll: g.map((s) => s.reqPerSec),
      p50: median(g.map((s) => s.p50)),
      p90: median(g.map((s) => s.p90)),
      p99: median(g.map((s) => s.p99)),
      max: Math.max(...g.map((s) => s.max ?? 0)),
      non2xx: g.reduce((n, s) => n + s.non2xx, 0),
      errors: g.reduce((n, s) => n + s.errors, 0),
      rssMb: Math.max(...g.map((s) => s.rssMb ?? 0)),
      sqlPerRequest: median(g.map((s) => s.sqlPerRequest)),
      serverCpuMsPerReq: median(g.map((s) => s.serverCpuMsPerReq)),
      dbCpuMsPerReq: median(g.map((s) => s.dbCpuMsPerReq)),
      loadCpuMsPerReq: median(g.map((s) => s.loadCpuMsPerReq)),
      otherCpuPercent: median(g.map((s) => s.otherCpuPercent)),
    }));
}

const fmt = (v, digits = 0) => (v == null ? '-' : v.toFixed(digits));

/**
 * A table row for requests made one after another (or a few at once) rather than under autocannon:
 * latency percentiles over every request, counters summed over the probed windows.
 */
function sequentialRow({ workload, connections, latencies, windows, requests, rss, note }) {
  const sum = (key) => windows.reduce((n, w) => n + w[key], 0);
  const pick = (q) => percentile(latencies, q);
  return {
    server: 'api',
    workload,
    connections,
    runs: 1,
    requests,
    reqPerSec: (1000 * requests) / sum('wallMs'),
    reqPerSecAll: [],
    note,
    p50: pick(0.5),
    p90: pick(0.9),
    // Too few requests for a 99th percentile to mean more than the maximum.
    p99: latencies.length >= 200 ? pick(0.99) : null,
    max: Math.max(...latencies),
    non2xx: 0,
    errors: 0,
    rssMb: rss,
    sqlPerRequest: sum('sqlStatements') / requests,
    serverCpuMsPerReq: sum('serverCpuMs') / requests,
    dbCpuMsPerReq: sum('dbCpuMs') / requests,
    loadCpuMsPerReq: sum('loadCpuMs') / requests,
    otherCpuPercent: (100 * sum('otherCpuMs')) / sum('wallMs'),
  };
}

function table(rows) {
  const head = [
    'workload',
    'conns',
    'server',
    'req/s',
    'p50 ms',
    'p90 ms',
    'p99 ms',
    'max ms',
    'non2xx',
    'errors',
    'RSS MB',
    'SQL/req',
    'CPU ms/req srv|pg|load',
    'other CPU %',
    'runs (req/s)',
  ];
  const body = rows.map((r) => [
    r.workload,
    String(r.connections),
    r.server,
    fmt(r.reqPerSec, r.reqPerSec != null && r.reqPerSec < 10 ? 2 : 0),
    fmt(r.p50, 0),
    fmt(r.p90, 0),
    fmt(r.p99, 0),
    fmt(r.max, 0),
    String(r.non2xx),
    String(r.errors),
    fmt(r.rssMb, 0),
    r.sqlPerRequest == null ? '-' : r.sqlPerRequest.toFixed(2),
    [r.serverCpuMsPerReq, r.dbCpuMsPerReq, r.loadCpuMsPerReq].map((x) => fmt(x, 2)).join(' | '),
    fmt(r.otherCpuPercent, 0),
    r.note ?? r.reqPerSecAll.map((x) => x.toFixed(0)).join(' '),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells) =>
    cells.map((c, i) => (i < 3 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const started = Date.now();
  const os = await import('node:os');
  const loadavg = os.loadavg();
  console.log(`PartnerHub API benchmark — ${RUNS} run(s) of ${DURATION} s (+${WARMUP} s warm-up) per case`);
  console.log(
    `${os.cpus().length} CPUs, load average ${loadavg.map((x) => x.toFixed(1)).join(' ')}` +
      (loadavg[0] > os.cpus().length / 2
        ? ' — the machine has been busy: watch the "other CPU %" column'
        : '') +
      '\n',
  );

  console.log(`Data set (${DATASET_VERSION}):`);
  const dataset = await ensureDataset({
    serverUrl: opts['pg-url'],
    dbName: opts.db,
    force: opts['force-data'],
    log: (m) => console.log(m),
  });

  const sample = new pg.Client({ connectionString: dataset.url });
  await sample.connect();
  const { rows: idRows } = await sample.query('select id from opportunity where id % 499 = 17 order by id');
  await sample.end();
  const oneIds = idRows.map((r) => globalId('Opportunity', r.id));

  console.log('\nStarting servers…');
  const profDir = path.join(here, 'results', 'prof');
  const profArgs = (name) => {
    if (!opts['cpu-prof']) return [];
    mkdirSync(path.join(profDir, name), { recursive: true });
    return ['--cpu-prof', `--cpu-prof-dir=${path.join(profDir, name)}`];
  };
  // The API's command line: the start script's node flags (or --api-node-options), then its entry.
  const apiArgs = (name) => [
    ...opts['api-node-options'].split(' ').filter(Boolean),
    ...profArgs(name),
    path.resolve(opts['api-entry']),
  ];
  const startApi = (name = 'api', databaseUrl = dataset.url) =>
    startChild(name, apiArgs(name), {
      DATABASE_URL: databaseUrl,
      SEED_DEMO_DATA: 'false',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
    });
  const sqliteFile = path.join(os.tmpdir(), `${opts.db}.sqlite`);
  if (SQLITE) await copyToSqlite({ pgUrl: dataset.url, file: sqliteFile, log: (m) => console.log(m) });
  let api = await startApi();
  const sqlite = SQLITE ? await startApi('sqlite', `sqlite:${sqliteFile}`) : null;
  const floor = await startChild('floor', [...profArgs('floor'), path.join(here, 'floor.mjs')], {
    DATABASE_URL: dataset.url,
    NODE_ENV: 'production',
  });
  console.log(`  api   pid ${api.pid} at ${api.url}`);
  console.log(`  floor pid ${floor.pid} at ${floor.url}`);
  if (sqlite) console.log(`  sqlite pid ${sqlite.pid} at ${sqlite.url} (the API on SQLite)`);

  let exitCode = 0;
  try {
    console.log('\nChecking that the API and the floor agree…');
    const agreement = await checkAgreement(api, floor, oneIds);
    console.log(
      `  search: totalCount ${agreement.totalCount} of ${SIZES.opportunitiesPerDistrict}, first page of ${agreement.pageSize} in the same order`,
    );
    console.log(
      `  one: ${Math.min(25, oneIds.length)} ids answered alike (${oneIds.length} ids rotated under load)`,
    );
    for (const note of agreement.notes) console.log(`  note: ${note}`);
    if (sqlite) {
      await checkAgreement(sqlite, floor, oneIds);
      console.log('  sqlite: the search page and 25 single reads answered alike by the API on SQLite');
    }

    const payloads = {
      search: [body('Search', SEARCH_QUERY, SEARCH_VARIABLES)],
      'search-pub': [body('Search', SEARCH_QUERY, PUBLISH_SEARCH_VARIABLES)],
      one: oneIds.map((id) => body('One', ONE_QUERY, { id })),
    };

    // The publish workload: its own district's list, published PUBLISHES times through the API. It
    // runs before the load workloads so that `search` and `search-pub` are measured side by side on the
    // same tables (with the older versions in them).
    let publish = null;
    let publishAgreement = null;
    if (PUBLISH) {
      console.log(
        `\nPublish workload: a draft list of ${LISTINGS} listings, published ${PUBLISHES} times through the API…`,
      );
      publish = await runPublishWorkload({
        api,
        dbUrl: dataset.url,
        request,
        probe: probeOf(api),
        listings: LISTINGS,
        publishes: PUBLISHES,
        log: (m) => console.log(m),
      });
      publish.rssMbAfter = rssMb(api.pid);
      // The load workloads get a fresh API process, as without publishing: publishing grows the heap
      // (and leaves the draft document loaded), which is not what search and one should be measured with.
      await stopChild(api);
      api = await startApi();
      console.log(`  API restarted for the load workloads: pid ${api.pid} at ${api.url}`);
      publishAgreement = await checkSearchAgreement(api, floor, PUBLISH_SEARCH_VARIABLES, 'search-pub');
      console.log(
        `  search-pub: totalCount ${publishAgreement.totalCount} of the newest version's ${publish.publishSamples.at(-1).listings}, ` +
          `first page of ${publishAgreement.pageSize} in the same order on the API and the floor`,
      );
    }

    // Start-up costs (module loading, JIT tiering, pools filling) are not what is measured: load each
    // server with each workload once before the first run.
    if (INITIAL_WARMUP > 0) {
      console.log(`\nWarming up both servers (${INITIAL_WARMUP} s per workload and server)…`);
      for (const workload of CANNON_WORKLOADS) {
        for (const child of [api, floor, sqlite].filter((c) => c && loadsServer(workload, c.name))) {
          await cannon({
            url: child.url,
            connections: Math.max(...CONNECTIONS),
            duration: INITIAL_WARMUP,
            payloads: payloads[workload],
          });
        }
      }
    }

    console.log('');
    const samples = [];
    for (let run = 0; run < RUNS; run++) {
      for (const workload of CANNON_WORKLOADS) {
        for (const connections of CONNECTIONS) {
          // The order turns every round, so no server always runs first.
          const servers = [api, floor, sqlite].filter((c) => c && loadsServer(workload, c.name));
          const turn = (run + CONNECTIONS.indexOf(connections)) % servers.length;
          const order = [...servers.slice(turn), ...servers.slice(0, turn)];
          for (const child of order) {
            const s = await measure(child, workload, connections, payloads[workload]);
            samples.push({ run: run + 1, ...s });
            console.log(
              `  run ${run + 1}/${RUNS} ${workload.padEnd(10)} c=${String(connections).padEnd(3)} ${child.name.padEnd(5)} ` +
                `${fmt(s.reqPerSec).padStart(6)} req/s  p50 ${fmt(s.p50)} ms  p99 ${fmt(s.p99)} ms` +
                (s.non2xx || s.errors ? `  non2xx ${s.non2xx} errors ${s.errors}` : '') +
                (s.sqlPerRequest != null ? `  ${s.sqlPerRequest.toFixed(2)} SQL/req` : '') +
                `  CPU ms/req srv ${fmt(s.serverCpuMsPerReq, 2)} pg ${fmt(s.dbCpuMsPerReq, 2)}  other ${fmt(s.otherCpuPercent)}%`,
            );
          }
        }
      }
    }

    // Still correct after the load.
    await checkAgreement(api, floor, oneIds.slice(0, 3));
    if (sqlite) await checkAgreement(sqlite, floor, oneIds.slice(0, 3));
    if (PUBLISH) await checkSearchAgreement(api, floor, PUBLISH_SEARCH_VARIABLES, 'search-pub');

    const rows = summarise(samples);
    if (publish) {
      const edits = publish.editSamples.reduce((n, w) => n + w.requests, 0);
      rows.push(
        sequentialRow({
          workload: 'publish',
          connections: 1,
          latencies: publish.publishSamples.map((p) => p.ms),
          windows: publish.publishSamples,
          requests: publish.publishSamples.length,
          rss: publish.rssMbAfter,
          note: `${publish.publishSamples.length} in sequence`,
        }),
        sequentialRow({
          workload: 'draft-edit',
          connections: publish.edit.concurrency,
          latencies: publish.editLatenciesMs,
          windows: publish.editSamples,
          requests: edits,
          rss: publish.rssMbAfter,
          note: `${edits} updateDraftOpportunity`,
        }),
      );
    }
    console.log(
      `\nResults (medians of ${RUNS} run(s); max = largest over runs; RSS = largest VmRSS after a run; SQL/req = statements per request from /metrics)\n`,
    );
    console.log(table(rows));

    const at = Math.max(...CONNECTIONS);
    const verdicts = [];
    console.log(`\nAPI / floor at ${at} connections, and API p99 at each level (targets in brackets)`);
    for (const workload of CANNON_WORKLOADS) {
      const pick = (server, c) =>
        rows.find((r) => r.server === server && r.workload === workload && r.connections === c);
      const a = pick('api', at);
      const f = pick('floor', at);
      if (!a) continue;
      const t = TARGETS[workload];
      const ratio = f ? a.reqPerSec / f.reqPerSec : null;
      const cpuOf = (r) => (r.serverCpuMsPerReq ?? 0) + (r.dbCpuMsPerReq ?? 0);
      const cpuRatio = f && cpuOf(a) > 0 ? cpuOf(f) / cpuOf(a) : null;
      // The API's PostgreSQL CPU per request over the floor's: what its statements cost the database.
      const pgCpuRatio =
        f?.dbCpuMsPerReq > 0 && a.dbCpuMsPerReq != null ? a.dbCpuMsPerReq / f.dbCpuMsPerReq : null;
      const p99s = CONNECTIONS.map((c) => ({
        connections: c,
        api: pick('api', c)?.p99 ?? null,
        floor: pick('floor', c)?.p99 ?? null,
      }));
      const v = {
        workload,
        connections: at,
        ratio,
        ratioTarget: t.ratio,
        ratioMet: ratio == null ? null : ratio >= t.ratio,
        cpuRatio,
        pgCpuRatio,
        pgCpuTarget: t.pgCpu ?? null,
        pgCpuMet: t.pgCpu == null || pgCpuRatio == null ? null : pgCpuRatio <= t.pgCpu,
        p99: a.p99,
        p99Target: t.p99,
        p99Met: a.p99 < t.p99,
        p99ByConnections: p99s,
        sqlPerRequest: a.sqlPerRequest,
        sqlTarget: t.sql ?? null,
        sqlMet: t.sql == null || a.sqlPerRequest == null ? null : a.sqlPerRequest <= t.sql + 0.005,
      };
      verdicts.push(v);
      console.log(
        `  ${workload.padEnd(10)} ` +
          (ratio == null
            ? `ratio -  (the floor is not loaded with ${workload})  `
            : `req/s ratio ${ratio.toFixed(2)} [≥ ${t.ratio.toFixed(2)}: ${verdict(v.ratioMet)}]  ` +
              `CPU ratio ${fmt(cpuRatio, 2)} (floor/API server+PostgreSQL CPU per request)  `) +
          `SQL/req ${a.sqlPerRequest?.toFixed(2) ?? '-'}` +
          (t.sql == null ? '' : ` [≤ ${t.sql}: ${verdict(v.sqlMet)}]`),
      );
      if (pgCpuRatio != null)
        console.log(
          `             PostgreSQL CPU per request: API ${fmt(a.dbCpuMsPerReq, 3)} ms, floor ${fmt(f.dbCpuMsPerReq, 3)} ms, ` +
            `${pgCpuRatio.toFixed(2)}x` +
            (t.pgCpu == null ? '' : ` [≤ ${t.pgCpu}x: ${verdict(v.pgCpuMet)}]`),
        );
      for (const p of p99s) {
        const met = p.api != null && p.api < t.p99;
        console.log(
          `             p99 at ${String(p.connections).padStart(3)} conns: API ${fmt(p.api)} ms [< ${t.p99} ms: ${verdict(met)}], floor ${fmt(p.floor)} ms`,
        );
      }
    }

    if (sqlite) {
      console.log(
        `\nThe API on SQLite against the API on PostgreSQL at ${at} connections (target ≥ ${SQLITE_TARGET})`,
      );
      for (const workload of ['search', 'one']) {
        const pick = (server) =>
          rows.find((r) => r.server === server && r.workload === workload && r.connections === at);
        const [onSqlite, onPg] = [pick('sqlite'), pick('api')];
        if (!onSqlite || !onPg) continue;
        const ratio = onSqlite.reqPerSec / onPg.reqPerSec;
        const met = ratio >= SQLITE_TARGET;
        verdicts.push({
          workload,
          connections: at,
          sqliteRatio: ratio,
          sqliteTarget: SQLITE_TARGET,
          sqliteMet: met,
        });
        console.log(
          `  ${workload.padEnd(10)} ${fmt(onSqlite.reqPerSec)} vs ${fmt(onPg.reqPerSec)} req/s, ratio ${ratio.toFixed(2)} [${verdict(met)}]; ` +
            `p99 ${fmt(onSqlite.p99)} vs ${fmt(onPg.p99)} ms; server CPU ${fmt(onSqlite.serverCpuMsPerReq, 2)} vs ` +
            `${fmt(onPg.serverCpuMsPerReq, 2)} + PostgreSQL ${fmt(onPg.dbCpuMsPerReq, 2)} ms/req`,
        );
      }
    }

    let publishVerdict = null;
    if (publish) {
      const { median: m, p90, max } = publish.publish;
      const met = (ms) => verdict(ms < PUBLISH_TARGET_MS);
      const row = rows.find((r) => r.workload === 'publish');
      publishVerdict = {
        targetMs: PUBLISH_TARGET_MS,
        medianMs: m,
        p90Ms: p90,
        maxMs: max,
        medianMet: m < PUBLISH_TARGET_MS,
        p90Met: p90 < PUBLISH_TARGET_MS,
        maxMet: max < PUBLISH_TARGET_MS,
      };
      console.log(
        `\nPublishing a ${publish.listings}-listing draft list on PostgreSQL, ${publish.publishes} times (target: publish < ${PUBLISH_TARGET_MS} ms)`,
      );
      console.log(
        `  median ${fmt(m)} ms [${met(m)}], p90 ${fmt(p90)} ms [${met(p90)}], max ${fmt(max)} ms [${met(max)}]` +
          `; per publish ${fmt(row.sqlPerRequest)} SQL statements, CPU srv ${fmt(row.serverCpuMsPerReq)} ms pg ${fmt(row.dbCpuMsPerReq)} ms`,
      );
      const searchAt = (w) =>
        rows.find((r) => r.server === 'api' && r.workload === w && r.connections === at);
      const [s1, sN] = [searchAt('search'), searchAt('search-pub')];
      if (s1 && sN)
        console.log(
          `  search on the newest of ${publish.publishes} versions (search-pub) against search (one version), API at ${at} conns: ` +
            `${fmt(sN.reqPerSec)} vs ${fmt(s1.reqPerSec)} req/s, p50 ${fmt(sN.p50)} vs ${fmt(s1.p50)} ms, p99 ${fmt(sN.p99)} vs ${fmt(s1.p99)} ms, ` +
            `PostgreSQL CPU ${fmt(sN.dbCpuMsPerReq, 2)} vs ${fmt(s1.dbCpuMsPerReq, 2)} ms/req` +
            ` (totalCount ${publishAgreement.totalCount} vs ${agreement.totalCount})`,
        );
    }

    const idle = IDLE
      ? await measureIdleMemory({
          start: (env) => startChild('idle', apiArgs('idle'), env),
          stop: stopChild,
          rssMb,
          log: (m) => console.log(m),
        })
      : null;

    const out = {
      at: new Date().toISOString(),
      node: process.version,
      cpus: os.cpus().length,
      loadavgAtStart: loadavg,
      dataset: { version: DATASET_VERSION, database: opts.db, ...SIZES },
      options: {
        initialWarmup: INITIAL_WARMUP,
        apiNodeOptions: opts['api-node-options'],
        servers: SERVERS,
        apiEntry: path.relative(root, path.resolve(opts['api-entry'])),
        runs: RUNS,
        duration: DURATION,
        warmup: WARMUP,
        connections: CONNECTIONS,
        workloads: WORKLOADS,
        publishes: PUBLISH ? PUBLISHES : null,
        listings: PUBLISH ? LISTINGS : null,
        cpuProf: opts['cpu-prof'],
      },
      search: { variables: SEARCH_VARIABLES, totalCount: agreement.totalCount },
      searchPub: publishAgreement
        ? { variables: PUBLISH_SEARCH_VARIABLES, totalCount: publishAgreement.totalCount }
        : null,
      agreementNotes: agreement.notes,
      results: rows,
      ratios: verdicts,
      publish: publish && { ...publish, verdict: publishVerdict },
      idleMemory: idle,
      samples,
      seconds: Math.round((Date.now() - started) / 1000),
    };
    mkdirSync(path.join(here, 'results'), { recursive: true });
    writeFileSync(path.join(here, 'results', 'latest.json'), JSON.stringify(out, null, 2) + '\n');
    console.log(`\nWrote bench/results/latest.json (${out.seconds} s in all)`);
  } catch (error) {
    console.error(`\nBenchmark failed: ${error?.stack ?? error}`);
    exitCode = 1;
  } finally {
    await Promise.all([stopChild(api), stopChild(floor), sqlite && stopChild(sqlite)]);
    // The publishing district is not part of the data set: remove it so the next run starts alike.
    const c = new pg.Client({ connectionString: dataset.url });
    try {
      await c.connect();
      const removed = await removePublishDistrict(c);
      if (removed)
        console.log(
          `Removed the publishing district (${removed.versions} versions) and vacuumed in ${removed.seconds.toFixed(1)} s`,
        );
    } catch (error) {
      console.error(`Could not remove the publishing district: ${error?.message ?? error}`);
      exitCode = 1;
    } finally {
      await c.end().catch(() => {});
    }
    if (opts['cpu-prof']) {
      console.log(
        `CPU profiles written to ${path.relative(root, profDir)}/{api,floor}/: node bench/cpuprofile-top.mjs bench/results/prof/api`,
      );
    }
  }
  process.exitCode = exitCode;
}

main().catch((error) => {
  console.error(error?.stack ?? error);
  process.exitCode = 1;
});
