// GraphQL search throughput: one instance, one instance behind a Node proxy, two instances behind it.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { startFlags } from '../start-flags.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const SEARCH = JSON.stringify({
  query: `query ($slug: String!) { district(slug: $slug) {
    opportunities(first: 20, orderBy: DEADLINE) { totalCount edges { node { id title deadline partner { id name } } } } } }`,
  variables: { slug: 'maple-ridge' },
});

/** Starts `server/dist/main.js` as `pnpm start` does; resolves with its URL once /readyz answers. */
async function startInstance(env) {
  const proc = spawn(process.execPath, [...startFlags(), 'server/dist/main.js'], {
    cwd: root,
    env: { ...process.env, ...env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', CLIENT_DIST: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise((resolve, reject) => {
    proc.once('exit', (code) => reject(new Error(`an instance exited with ${code} before listening`)));
    let buffered = '';
    proc.stdout.on('data', (chunk) => {
      buffered += chunk;
      const match =
        /"msg":"PartnerHub is listening".*?"url":"([^"]+)"/.exec(buffered) ??
        /"url":"([^"]+)".*?"msg":"PartnerHub is listening"/.exec(buffered);
      if (match) resolve(match[1].replace(/\/$/, ''));
      if (buffered.length > 100_000) buffered = buffered.slice(-10_000);
    });
  });
  proc.stdout.resume();
  return {
    url,
    async stop() {
      const exited = new Promise((resolve) => proc.once('exit', resolve));
      proc.kill('SIGTERM');
      await exited;
    },
  };
}

/** A round-robin HTTP proxy in Node, with keep-alive to the instances: a stand-in for Caddy. */
async function startProxy(targets) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  let turn = 0;
  const server = http.createServer((req, res) => {
    const target = new URL(targets[turn++ % targets.length]);
    const upstream = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: req.url,
        method: req.method,
        headers: req.headers,
        agent,
      },
      (answer) => {
        res.writeHead(answer.statusCode, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    stop: () => new Promise((resolve) => (server.closeAllConnections(), server.close(resolve))),
  };
}

function cannon(url, seconds) {
  return new Promise((resolve, reject) =>
    autocannon(
      {
        url: `${url}/graphql`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: SEARCH,
        connections: 50,
        duration: seconds,
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    ),
  );
}

export async function searchThroughput({ postgresUrl, redisUrl, quick }) {
  const database = `bench_scale_search_${randomBytes(4).toString('hex')}`;
  const adminClient = async (sql) => {
    const client = new pg.Client({ connectionString: postgresUrl });
    await client.connect();
    await client.query(sql).finally(() => client.end());
  };
  await adminClient(`create database "${database}"`);
  const env = {
    DATABASE_URL: Object.assign(new URL(postgresUrl), { pathname: `/${database}` }).toString(),
    REDIS_URL: redisUrl,
    REDIS_PREFIX: `bench:scale:${database}:`,
    SEED_DEMO_DATA: 'true',
  };
  const stops = [];
  try {
    const a = await startInstance(env);
    stops.push(a.stop);
    const b = await startInstance(env);
    stops.push(b.stop);
    const viaProxyOne = await startProxy([a.url]);
    stops.push(viaProxyOne.stop);
    const viaProxyTwo = await startProxy([a.url, b.url]);
    stops.push(viaProxyTwo.stop);
    const seconds = quick ? 3 : 8;
    const setups = [
      ['one instance, direct', a.url],
      ['one instance behind the Node proxy', viaProxyOne.url],
      ['two instances behind the Node proxy', viaProxyTwo.url],
    ];
    const results = new Map(setups.map(([label]) => [label, []]));
    for (const [, url] of setups) await cannon(url, 1); // warm-up
    for (let round = 0; round < (quick ? 1 : 3); round++)
      for (const [label, url] of setups) {
        const r = await cannon(url, seconds);
        results.get(label).push({ rps: r.requests.average, p99: r.latency.p99, errors: r.errors + r.non2xx });
      }
    console.log('\nGraphQL search (maple-ridge, 20 listings), 50 connections, medians of the rounds');
    console.log('| setup | req/s | p99 ms | errors |');
    console.log('|--|--:|--:|--:|');
    for (const [label, rs] of results) {
      const med = (k) => rs.map((r) => r[k]).sort((x, y) => x - y)[Math.floor(rs.length / 2)];
      console.log(
        `| ${label} | ${Math.round(med('rps'))} | ${med('p99')} | ${rs.reduce((s, r) => s + r.errors, 0)} |`,
      );
    }
  } finally {
    for (const stop of stops.reverse()) await stop();
    await adminClient(`drop database if exists "${database}" with (force)`);
  }
}
