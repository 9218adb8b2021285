// Public reads with a shared cache in front: the district search as the public page sends it (a GET
// with the query's hash and the newest version as key), answered by the server directly, through
// nginx without a cache, and through nginx with its cache. Rounds interleave; the table shows medians.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { startFlags } from '../start-flags.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '50' },
  },
});

const SEARCH = `query OpportunitySearch($slug: String!) {
  district(slug: $slug) {
    opportunities(first: 20, orderBy: DEADLINE, filter: { openOnly: true }) {
      totalCount
      nodes { id listingId title summary type deadline gradeMin gradeMax partner { id name } }
    }
  }
}`;

/** The built server with the demo data on SQLite, started with `pnpm start`'s node flags. */
async function startServer(dataDir) {
  const proc = spawn(process.execPath, [...startFlags(), 'server/dist/main.js'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      CLIENT_DIST: '',
      LOG_LEVEL: 'info',
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise((resolve, reject) => {
    proc.once('exit', (code) => reject(new Error(`the server exited with ${code}`)));
    let buffered = '';
    proc.stdout.on('data', (chunk) => {
      buffered += chunk;
      const match = /"url":"([^"]+)".*?"msg":"PartnerHub is listening"/.exec(buffered);
      if (match) resolve(match[1].replace('localhost', '127.0.0.1'));
    });
  });
  proc.stdout.resume();
  return { url, stop: () => new Promise((resolve) => (proc.once('exit', resolve), proc.kill('SIGTERM'))) };
}

/** nginx in front of `upstream`, with or without its cache. */
async function startNginx(upstream, dir, { cache }) {
  const port = 20000 + Math.floor(Math.random() * 20000);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((n) => `${n}_temp_path ${dir}/${n};`)
    .join(' ');
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    `daemon off; ${os.userInfo().uid === 0 ? 'user root;' : ''} worker_processes 1; pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off; ${temp}
  ${cache ? `proxy_cache_path ${dir}/cache keys_zone=public:1m;` : ''}
  upstream app { server ${new URL(upstream).host}; keepalive 64; }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://app; proxy_http_version 1.1; proxy_set_header Connection "";
      ${cache ? 'proxy_cache public; proxy_cache_revalidate on; proxy_cache_lock on;' : ''}
      add_header X-Cache-Status $upstream_cache_status always;
    }
  }
}`,
  );
  const proc = spawn(NGINX, ['-p', dir, '-c', path.join(dir, 'nginx.conf')], { stdio: 'inherit' });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      await fetch(`${url}/healthz`);
      break;
    } catch {
      if (i > 100) throw new Error('nginx did not start');
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return { url, stop: () => new Promise((resolve) => (proc.once('exit', resolve), proc.kill('SIGTERM'))) };
}

function cannon(url, seconds) {
  return new Promise((resolve, reject) =>
    autocannon(
      {
        url,
        headers: { 'apollo-require-preflight': 'true' },
        connections: Number(args.connections),
        duration: seconds,
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    ),
  );
}

const dirs = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'partnerhub-bench-cache-'));
  dirs.push(dir);
  return dir;
};
const stops = [];
try {
  const server = await startServer(tempDir());
  stops.push(server.stop);
  const plain = await startNginx(server.url, tempDir(), { cache: false });
  stops.push(plain.stop);
  const cached = await startNginx(server.url, tempDir(), { cache: true });
  stops.push(cached.stop);

  // The key the public page would send: the district's newest published version.
  const shell = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ district(slug: "maple-ridge") { publishedOpportunityList { id } } }' }),
  }).then((r) => r.json());
  const params = new URLSearchParams({
    operationName: 'OpportunitySearch',
    variables: JSON.stringify({ slug: 'maple-ridge' }),
    extensions: JSON.stringify({
      persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(SEARCH).digest('hex') },
    }),
    v: shell.data.district.publishedOpportunityList.id,
  });
  const path_ = `/graphql?${params}`;
  // Register the query once (as the first visitor's browser does), then check what each setup answers.
  await fetch(`${server.url}${path_}&query=${encodeURIComponent(SEARCH)}`, {
    headers: { 'apollo-require-preflight': 'true' },
  });
  const reference = await fetch(`${server.url}${path_}`, { headers: { 'apollo-require-preflight': 'true' } });
  const expected = await reference.text();
  if (!reference.headers.get('cache-control')?.startsWith('public, max-age'))
    throw new Error('the search is not cacheable');
  for (const base of [plain.url, cached.url, cached.url]) {
    const res = await fetch(`${base}${path_}`, { headers: { 'apollo-require-preflight': 'true' } });
    if ((await res.text()) !== expected) throw new Error(`${base} answered something else`);
  }

  const setups = [
    ['server, direct', server.url],
    ['nginx without cache', plain.url],
    ['nginx with cache', cached.url],
  ];
  const seconds = Number(args.seconds);
  const results = new Map(setups.map(([label]) => [label, []]));
  for (const [, base] of setups) await cannon(`${base}${path_}`, 1);
  for (let round = 0; round < Number(args.rounds); round++)
    for (const [label, base] of setups) {
      const r = await cannon(`${base}${path_}`, seconds);
      results.get(label).push({
        rps: r.requests.average,
        p50: r.latency.p50,
        p99: r.latency.p99,
        errors: r.errors + r.non2xx,
      });
    }
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const base = median(results.get('server, direct').map((r) => r.rps));
  console.log(
    `\nPublic search as the page sends it (GET, maple-ridge demo data on SQLite), ${args.connections} connections, ${seconds} s x ${args.rounds} interleaved rounds, medians`,
  );
  console.log(
    `load average before the table: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  console.log('| setup | req/s | vs direct | p50 ms | p99 ms | errors |');
  console.log('|--|--:|--:|--:|--:|--:|');
  for (const [label, rs] of results) {
    const rps = median(rs.map((r) => r.rps));
    console.log(
      `| ${label} | ${Math.round(rps)} | ${(rps / base).toFixed(2)}x | ${median(rs.map((r) => r.p50))} | ${median(rs.map((r) => r.p99))} | ${rs.reduce((s, r) => s + r.errors, 0)} |`,
    );
  }
} finally {
  for (const stop of stops.reverse()) await stop();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
}
