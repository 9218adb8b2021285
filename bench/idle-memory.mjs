import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const IDLE_RSS_TARGET_MB = 150;
const IDLE_SECONDS = 30;
const REQUESTS = 20;

const DISTRICT_QUERY = JSON.stringify({
  query: `{ district(slug: "maple-ridge") { name opportunities(first: 20) { totalCount
    edges { node { title deadline partner { name } } } } } }`,
});

/**
 * The API's resident memory once idle, on the demo data: SQLite, started a second time on the data
 * directory its first start seeded (as after a restart in production), then 20 public page and
 * GraphQL reads, then nothing for 30 s. `start(env)` starts the API with `pnpm start`'s flags.
 */
export async function measureIdleMemory({ start, stop, rssMb, log }) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'partnerhub-idle-'));
  const env = {
    DATA_DIR: dir,
    DATABASE_URL: `sqlite:${path.join(dir, 'partnerhub.sqlite')}`,
    SEED_DEMO_DATA: 'true',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
  };
  try {
    await stop(await start(env));
    const api = await start(env);
    try {
      for (let i = 0; i < REQUESTS; i++) {
        const page = await fetch(`${api.url}/`);
        await page.text();
        const read = await fetch(`${api.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: DISTRICT_QUERY,
        });
        const body = await read.json();
        if (!body.data?.district?.opportunities?.totalCount)
          throw new Error(
            `idle memory: the demo district has no listings: ${JSON.stringify(body).slice(0, 200)}`,
          );
      }
      const samples = [];
      for (let s = 1; s <= IDLE_SECONDS; s++) {
        await new Promise((r) => setTimeout(r, 1_000));
        samples.push(Math.round(rssMb(api.pid)));
      }
      const metrics = await (await fetch(`${api.url}/metrics`)).text();
      const young = /nodejs_heap_space_size_total_bytes\{space="new"\} (\d+)/.exec(metrics);
      const result = {
        rssMbAfter5s: samples[4],
        rssMbAfter30s: samples.at(-1),
        youngMb: young ? Number(young[1]) / 1024 / 1024 : null,
        targetMb: IDLE_RSS_TARGET_MB,
        met: samples.at(-1) < IDLE_RSS_TARGET_MB,
        samples,
      };
      log(
        `\nIdle memory on the demo data (SQLite, restarted, ${REQUESTS} page and GraphQL reads, then ${IDLE_SECONDS} s idle)\n` +
          `  RSS ${result.rssMbAfter5s} MB after 5 s, ${result.rssMbAfter30s} MB after ${IDLE_SECONDS} s ` +
          `[< ${IDLE_RSS_TARGET_MB} MB: ${result.met ? 'PASS' : 'MISS'}]; young generation ${result.youngMb?.toFixed(0) ?? '-'} MB`,
      );
      return result;
    } finally {
      await stop(api);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
