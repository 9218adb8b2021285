// Several instances measured: PartnerHub's collaboration server as two instances relaying through
// Redis on one PostgreSQL database, against one instance, in the same run. See README.md ("bench:scale").
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { Redis } from 'ioredis';
import pg from 'pg';
import { freshName, openMany, percentile, rawClient, sleep, writer } from '../collab/clients.mjs';
import { processMs } from '../collab/machine.mjs';
import { forkServer } from '../collab/spawn.mjs';
import { searchThroughput } from './search.mjs';

const { values: opts } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    rounds: { type: 'string', default: '3' },
    seconds: { type: 'string', default: '6' },
  },
});
const ROUNDS = opts.quick ? 1 : Number(opts.rounds);
const SECONDS = opts.quick ? 3 : Number(opts.seconds);
const CLIENT_COUNTS = [50, 200];
// Writes per second on the document, spread over the writers.
const WRITE_RATE = 50;
const POSTGRES_URL =
  process.env.BENCH_POSTGRES_URL ??
  process.env.TEST_POSTGRES_URL ??
  'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const MARK = Buffer.from('WRITE#');
// Every y-websocket provider listens for the process's exit.
process.setMaxListeners(0);

const suffix = randomBytes(4).toString('hex');
const database = `bench_scale_${suffix}`;
const prefix = `bench:scale:${suffix}:`;

async function admin(sql) {
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Every write id in an update message (a relayed message may carry several writes). */
function writeIds(data) {
  const ids = [];
  if (data[0] !== 0 || data[1] !== 2) return ids;
  for (let at = data.indexOf(MARK); at >= 0; at = data.indexOf(MARK, at + 1)) {
    ids.push(Number(data.toString('latin1', at + MARK.length, data.indexOf(59, at))));
  }
  return ids;
}

/**
 * `clients` on one document, on the instances in `urls` in turn; a tenth of them (2 to 20) write,
 * `WRITE_RATE` writes a second in all, for `SECONDS`. Latency is from a write to its receipt at each
 * reader; a write received twice by a reader is a duplicate, one not received by the end is lost.
 */
async function propagation(urls, clients, pids) {
  const name = freshName();
  const writerCount = Math.min(20, Math.max(2, Math.round(clients / 10)));
  const writers = Array.from({ length: writerCount }, (_, i) => ({
    ...writer(urls[i % urls.length], name),
    at: i % urls.length,
  }));
  await Promise.all(writers.map((w) => w.ready));
  const sent = new Map(); // id -> [ms, instance]
  const latencies = { same: [], cross: [] };
  let duplicates = 0;
  const readers = await openMany(clients - writerCount, 50, (i) => {
    const at = (writerCount + i) % urls.length;
    const seen = new Set();
    const reader = rawClient(`${urls[at]}/${name}`, (data) => {
      for (const id of writeIds(data)) {
        if (seen.has(id)) {
          duplicates++;
          continue;
        }
        seen.add(id);
        const write = sent.get(id);
        if (write) (write[1] === at ? latencies.same : latencies.cross).push(performance.now() - write[0]);
      }
    });
    reader.seen = seen;
    return reader;
  });
  await sleep(500);
  const cpuBefore = pids.map(processMs);
  const total = WRITE_RATE * SECONDS;
  const start = performance.now();
  for (let id = 0; id < total; id++) {
    const wait = start + (id * 1000) / WRITE_RATE - performance.now();
    if (wait > 1) await sleep(wait);
    const w = writers[id % writerCount];
    sent.set(id, [performance.now(), w.at]);
    w.text.insert(w.text.length, `WRITE#${id};`);
  }
  await sleep(2_000);
  const cpuMs = pids.map((pid, i) => processMs(pid) - cpuBefore[i]).reduce((a, b) => a + b, 0);
  let lost = 0;
  for (const r of readers) for (let id = 0; id < total; id++) if (!r.seen.has(id)) lost++;
  for (const r of readers) r.ws.terminate();
  for (const w of writers) w.provider.destroy();
  const all = [...latencies.same, ...latencies.cross];
  return {
    p50: percentile(all, 0.5),
    p99: percentile(all, 0.99),
    crossP50: percentile(latencies.cross, 0.5),
    crossP99: percentile(latencies.cross, 0.99),
    lost,
    duplicates,
    failedReaders: readers.filter((r) => r.error).length,
    cpuPerUpdateMs: cpuMs / total,
  };
}

const median = (values) => percentile(values, 0.5);
const fmt = (ms) => (Number.isFinite(ms) ? ms.toFixed(1) : 'n/a');
const verdict = (ok) => (ok ? 'PASS' : 'MISS');
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

async function main() {
  await admin(`create database "${database}"`);
  const db = {
    dialect: 'postgresql',
    url: Object.assign(new URL(POSTGRES_URL), { pathname: `/${database}` }).toString(),
  };
  const relay = ['--relay-url', REDIS_URL, '--relay-prefix', prefix];
  const servers = [];
  try {
    const single = await forkServer('ours', db);
    servers.push(single);
    const a = await forkServer('ours', db, relay);
    const b = await forkServer('ours', db, relay);
    servers.push(a, b);
    console.log(
      `bench:scale — ${ROUNDS} round(s) of ${SECONDS} s, ${WRITE_RATE} writes/s, PostgreSQL ${database}, Redis prefix ${prefix}`,
    );
    const rows = [];
    for (const clients of CLIENT_COUNTS) {
      const results = { one: [], two: [] };
      for (let round = 0; round < ROUNDS; round++) {
        console.log(`  ${clients} clients, round ${round + 1}: load average ${load()}`);
        results.one.push(await propagation([single.url], clients, [single.pid]));
        results.two.push(await propagation([a.url, b.url], clients, [a.pid, b.pid]));
      }
      rows.push({ clients, results });
    }
    console.log('\nUpdate propagation, one document (medians of the rounds; ms)');
    console.log(
      '| clients | one instance p50 / p99 | two instances p50 / p99 | across instances p50 / p99 | target: cross p99 <= 2 x one p99 + 5 | lost | duplicated | CPU per update (ms): one instance / two in all / two per instance | target: per instance <= 1.2 x one |',
    );
    console.log('|--:|--:|--:|--:|--|--:|--:|--|--|');
    for (const { clients, results } of rows) {
      const m = (set, key) => median(results[set].map((r) => r[key]));
      const sum = (set, key) => results[set].reduce((s, r) => s + r[key], 0);
      const oneP99 = m('one', 'p99');
      const crossP99 = m('two', 'crossP99');
      const lost = sum('one', 'lost') + sum('two', 'lost');
      const dup = sum('one', 'duplicates') + sum('two', 'duplicates');
      const cpuOne = m('one', 'cpuPerUpdateMs');
      const cpuTwo = m('two', 'cpuPerUpdateMs');
      console.log(
        `| ${clients} | ${fmt(m('one', 'p50'))} / ${fmt(oneP99)} | ${fmt(m('two', 'p50'))} / ${fmt(m('two', 'p99'))} | ${fmt(m('two', 'crossP50'))} / ${fmt(crossP99)} | ${verdict(crossP99 <= 2 * oneP99 + 5)} | ${lost} ${verdict(lost === 0)} | ${dup} ${verdict(dup === 0)} | ${cpuOne.toFixed(2)} / ${cpuTwo.toFixed(2)} / ${(cpuTwo / 2).toFixed(2)} | ${verdict(cpuTwo / 2 <= 1.2 * cpuOne)} |`,
      );
    }
    for (const s of servers.splice(0)) await s.stop();
    if (!opts.quick || process.env.BENCH_SCALE_SEARCH)
      await searchThroughput({ postgresUrl: POSTGRES_URL, redisUrl: REDIS_URL, quick: opts.quick });
  } finally {
    for (const s of servers) await s.stop();
    await admin(`drop database if exists "${database}" with (force)`);
    const redis = new Redis(REDIS_URL);
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  }
}

await main();
process.exit(0);
