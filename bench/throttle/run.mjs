// Sign-in throttling under a flood: one IP sends 10,000 failed sign-ins in a bound loop while
// other users, from another address, sign in and search. Prints how the flood was answered and
// the other users' latency before and during it. See ../README.md.
import { spawn } from 'node:child_process';
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startFlags } from '../start-flags.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const { values: opts } = parseArgs({
  args: process.argv.slice(2).filter((a, i) => !(i === 0 && a === '--')),
  options: {
    attempts: { type: 'string', default: '10000' },
    concurrency: { type: 'string', default: '32' },
    'other-rate': { type: 'string', default: '20' },
    help: { type: 'boolean', default: false },
  },
});
if (opts.help) {
  console.log(`Usage: pnpm bench:throttle [-- options]
  --attempts N     failed sign-ins sent by the attacking address (default 10000)
  --concurrency N  attacker requests in flight at once (default 32)
  --other-rate N   requests per second from other users during the baseline and the flood (default 20)`);
  process.exit(0);
}
const ATTEMPTS = Number(opts.attempts);
const CONCURRENCY = Number(opts.concurrency);
const OTHER_RATE = Number(opts['other-rate']);

const SIGN_IN =
  'mutation ($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { userErrors { code } } }';
const SEARCH =
  '{ district(slug: "maple-ridge") { opportunities(first: 20, filter: { query: "health" }) { totalCount nodes { title } } } }';

function startServer() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'partnerhub-throttle-'));
  const child = spawn(process.execPath, [...startFlags(), path.join(root, 'server/dist/main.js')], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      CLIENT_DIST: '',
      DATABASE_URL: '',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const m = /"url":"(http:\/\/[^"]+)"/.exec(out);
      if (m)
        resolve({
          url: m[1].replace('localhost', '127.0.0.1'),
          stop: () => (child.kill('SIGTERM'), rmSync(dataDir, { recursive: true, force: true })),
        });
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${out.slice(-2000)}`)));
  });
}

/** POSTs a GraphQL operation from the given local address; resolves with [ms, parsed body]. */
function post(url, agent, query, variables) {
  const body = JSON.stringify({ query, variables });
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${url}/graphql`,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve([performance.now() - started, JSON.parse(text)]));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : NaN;
};

/** Other users (from 127.0.0.2): alternate a real sign-in and a public search at a fixed rate. */
async function otherUsers(url, agent, seconds, stop) {
  const latencies = { signIn: [], search: [] };
  let failures = 0;
  const demo = [
    ['staff@maple-ridge.demo', 'demo-district-staff'],
    ['member@riverbend.demo', 'demo-partner-member'],
  ];
  const interval = 1000 / OTHER_RATE;
  const until = performance.now() + seconds * 1000;
  let i = 0;
  while (performance.now() < until && !stop()) {
    const tick = performance.now();
    const kind = i % 2 === 0 ? 'signIn' : 'search';
    const [e, p] = demo[(i >> 1) % demo.length];
    const [ms, body] = await (kind === 'signIn'
      ? post(url, agent, SIGN_IN, { e, p })
      : post(url, agent, SEARCH));
    const ok =
      kind === 'signIn'
        ? body.data?.signIn?.userErrors?.length === 0
        : body.data?.district?.opportunities?.totalCount >= 0;
    if (!ok) failures++;
    latencies[kind].push(ms);
    i++;
    await new Promise((r) => setTimeout(r, Math.max(0, interval - (performance.now() - tick))));
  }
  return { latencies, failures, requests: i };
}

async function flood(url, agent) {
  const outcomes = new Map();
  const latencies = [];
  let next = 0;
  const started = performance.now();
  async function worker() {
    while (next < ATTEMPTS) {
      const n = next++;
      const [ms, body] = await post(url, agent, SIGN_IN, {
        e: `victim${n % 500}@example.org`,
        p: `guess-${n}`,
      });
      const code = body.data?.signIn?.userErrors?.[0]?.code ?? (body.errors ? 'ERROR' : 'SIGNED_IN');
      outcomes.set(code, (outcomes.get(code) ?? 0) + 1);
      latencies.push(ms);
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return { outcomes, latencies, seconds: (performance.now() - started) / 1000 };
}

const server = await startServer();
const attacker = new http.Agent({ keepAlive: true, localAddress: '127.0.0.1', maxSockets: CONCURRENCY });
const others = new http.Agent({ keepAlive: true, localAddress: '127.0.0.2', maxSockets: 4 });
try {
  await otherUsers(server.url, others, 3, () => false); // warm-up
  const baseline = await otherUsers(server.url, others, 10, () => false);
  let done = false;
  const during = otherUsers(server.url, others, 3600, () => done);
  const attack = await flood(server.url, attacker);
  done = true;
  const duringResult = await during;

  console.log(
    `\nFlood: ${ATTEMPTS} failed sign-ins from 127.0.0.1, ${CONCURRENCY} in flight, 500 distinct e-mails`,
  );
  console.log(
    `  finished in ${attack.seconds.toFixed(1)} s (${(ATTEMPTS / attack.seconds).toFixed(0)} req/s)`,
  );
  for (const [code, n] of attack.outcomes) console.log(`  ${code.padEnd(22)} ${n}`);
  console.log(
    `  attacker latency p50 ${pct(attack.latencies, 50).toFixed(1)} ms, p99 ${pct(attack.latencies, 99).toFixed(1)} ms`,
  );
  console.log(
    '\nOther users from 127.0.0.2 (one sign-in and one search alternately, ' + OTHER_RATE + ' req/s):',
  );
  console.log('  phase     requests  failed  sign-in p50/p99 ms   search p50/p99 ms');
  for (const [name, r] of [
    ['baseline', baseline],
    ['flood', duringResult],
  ]) {
    const f = (xs) => `${pct(xs, 50).toFixed(1)} / ${pct(xs, 99).toFixed(1)}`;
    console.log(
      `  ${name.padEnd(9)} ${String(r.requests).padStart(8)}  ${String(r.failures).padStart(6)}  ${f(r.latencies.signIn).padStart(17)}  ${f(r.latencies.search).padStart(18)}`,
    );
  }
  const ratio = pct(duringResult.latencies.signIn, 50) / pct(baseline.latencies.signIn, 50);
  console.log(`\n  sign-in p50 during the flood / baseline: ${ratio.toFixed(2)}x`);
} finally {
  attacker.destroy();
  others.destroy();
  server.stop();
}
