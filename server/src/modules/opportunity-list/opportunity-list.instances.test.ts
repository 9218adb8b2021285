import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type SavedState, createListingMap, listingsOf, trackSaved } from '@partnerhub/shared';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from '../../app.js';
import { loadConfig } from '../../config.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { silentLog } from '../../test-support/graphql.js';
import { type TcpProxy, startTcpProxy } from '../../test-support/tcp-proxy.js';
import {
  type ListWorld,
  PUBLISH,
  SUBMIT,
  startListWorld,
  validListing,
} from '../../test-support/opportunity-list.js';

const REDIS_URL = process.env.TEST_REDIS_URL;
const LISTED = `query ($slug: String!, $n: Float!) { district(slug: $slug) {
  opportunityListVersion(number: $n) { opportunities { nodes { title } } } } }`;
const PREVIEW = `query ($slug: String!) { district(slug: $slug) { opportunityDraft { publishPreview {
  changes { added { title } } } } } }`;

// Two instances of the whole server on one PostgreSQL database and one Redis.
describe.skipIf(!REDIS_URL || !TEST_DIALECTS.includes('postgresql'))(
  'the opportunity list served by two instances, on postgresql',
  () => {
    const prefix = `test:${process.pid}:${Math.random().toString(36).slice(2)}:`;
    let w: ListWorld;
    let b: RunningApp;
    let bDataDir: string;
    // B reaches Redis through a path that can be cut.
    let bRedisPath: TcpProxy;

    beforeAll(async () => {
      w = await startListWorld('postgresql', { REDIS_URL: REDIS_URL!, REDIS_PREFIX: prefix });
      bDataDir = mkdtempSync(path.join(os.tmpdir(), 'partnerhub-instance-b-'));
      bRedisPath = await startTcpProxy(() => [Number(new URL(REDIS_URL!).port || 6379)]);
      const bRedis = `redis://127.0.0.1:${bRedisPath.port}`;
      b = await startApp(loadConfig({ ...w.t.env, DATA_DIR: bDataDir, REDIS_URL: bRedis }), silentLog, {
        registerInstance: true,
      });
    }, 60_000);
    afterAll(async () => {
      await b?.close();
      await bRedisPath?.close();
      await w?.close();
      rmSync(bDataDir, { recursive: true, force: true });
      const redis = new Redis(REDIS_URL!);
      const keys = await redis.keys(`${prefix}*`);
      if (keys.length) await redis.del(...keys);
      await redis.quit();
    });

    const submitThroughA = async (title: string) => {
      const result = await w.gql('staff', SUBMIT, {
        input: { ...validListing({ title }), districtId: w.ids.district },
      });
      expect(result.data!.submitOpportunity.userErrors).toEqual([]);
      return result.data!.submitOpportunity.listingId as string;
    };
    const publishThroughB = async (summary: string) => {
      const result = await w.gqlAt(b.url, 'admin', PUBLISH, {
        input: { districtId: w.ids.district, summary },
      });
      expect(result.data!.publishOpportunityList.userErrors).toEqual([]);
      return result.data!.publishOpportunityList.version as { number: number; opportunityCount: number };
    };

    it('publishes through B a listing submitted through A the moment before, while both hold the list', async () => {
      // Both instances hold the document: an editor is connected to each.
      await w.connect('staff');
      await w.connect('staff', w.district.id, b.url);
      for (let round = 1; round <= 5; round++) {
        await submitThroughA(`Submitted through A, round ${round}`);
        // No wait between the two requests: the publish through B must include it.
        const version = await publishThroughB(`Round ${round}`);
        expect(version).toMatchObject({ number: round, opportunityCount: round });
      }
    });

    it('publishes through B what was submitted through A while B is cut off from Redis', async () => {
      const outage = bRedisPath.cut(3_000);
      await submitThroughA('Submitted through A during B’s outage');
      const version = await publishThroughB('During the outage');
      const published = await w.gqlAt(b.url, 'anonymous', LISTED, {
        slug: w.district.slug,
        n: version.number,
      });
      expect(
        published.data!.district.opportunityListVersion.opportunities.nodes.map(
          (n: { title: string }) => n.title,
        ),
      ).toContain('Submitted through A during B’s outage');
      await outage;
    });

    it('shows in the publish preview through B what an editor of A saw saved', async () => {
      const onA = await w.connect('staff');
      const saved = new Promise<void>((resolve) => {
        let sawSaving = false;
        trackSaved(onA.provider, (state: SavedState) => {
          if (state === 'saving') sawSaving = true;
          else if (state === 'saved' && sawSaving) resolve();
        });
      });
      onA.ydoc.transact(() =>
        listingsOf(onA.ydoc).push([
          createListingMap({ ...validListing(), type: 'JOB_SHADOWING', title: 'Typed on A' }),
        ]),
      );
      await saved;
      // At once, through B: the preview reads B's copy of the draft, caught up with the store.
      const preview = await w.gqlAt(b.url, 'staff', PREVIEW, { slug: w.district.slug });
      const added = preview.data!.district.opportunityDraft.publishPreview.changes.added as {
        title: string;
      }[];
      expect(added.map((listing) => listing.title)).toContain('Typed on A');
    });
  },
);
