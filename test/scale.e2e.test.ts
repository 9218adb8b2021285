import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import pg from 'pg';
import type { Locator, Page } from 'playwright-core';
import { afterAll, describe, expect } from 'vitest';
import { POLL } from './support/constants.js';
import { visionEditorOf, visionTextOf } from './support/vision.js';
import { configureServer, test } from './support/e2e.js';
import { main } from './support/pages.js';
import { type RunningServer, startServer } from './support/server.js';
import { DEMO, signIn } from './support/session.js';

// Two instances of the server on one PostgreSQL database and one Redis, as behind a load balancer.
const POSTGRES_URL = process.env.TEST_POSTGRES_URL;
const REDIS_URL = process.env.TEST_REDIS_URL;
const SLUG = 'maple-ridge';
const suffix = `${process.pid}_${randomBytes(4).toString('hex')}`;
const database = `e2e_scale_${suffix}`;
const shared = () => ({
  DATABASE_URL: Object.assign(new URL(POSTGRES_URL!), { pathname: `/${database}` }).toString(),
  REDIS_URL: REDIS_URL!,
  REDIS_PREFIX: `e2e:${suffix}:`,
});

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

if (POSTGRES_URL && REDIS_URL)
  configureServer(async () => {
    await admin((client) => client.query(`create database "${database}"`));
    return { env: shared() };
  });

const caretLabel = (page: Page, name: string): Locator =>
  page.locator('.collaboration-carets__label', { hasText: name });

async function openVision(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/workspace/d/${SLUG}/vision`);
  await visionEditorOf(page).waitFor();
  await main(page).getByRole('status').filter({ hasText: 'Connected' }).waitFor();
}

describe.skipIf(!POSTGRES_URL || !REDIS_URL)('two instances behind one address', () => {
  let second: RunningServer | undefined;
  afterAll(async () => {
    await second?.stop();
    const redis = new Redis(REDIS_URL!);
    const keys = await redis.keys(`${shared().REDIS_PREFIX}*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
    // The first instance stops after this file's hooks: its connections are closed by force.
    await admin((client) => client.query(`drop database if exists "${database}" with (force)`));
  });

  test('two people on two instances co-edit the vision and see each other’s text and carets', async ({
    page: onA,
    newPage,
    baseUrl,
  }) => {
    second = await startServer({ env: shared() });
    const onB = await newPage();
    await signIn(onA, baseUrl, DEMO.districtAdmin);
    await signIn(onB, second.url, DEMO.districtStaff);
    await openVision(onA, baseUrl);
    await openVision(onB, second.url);

    const fromA = 'Written on the first instance.';
    const fromB = 'Written on the second instance.';
    await visionEditorOf(onA).click();
    await onA.keyboard.press('Control+End');
    await onA.keyboard.press('Enter');
    await onA.keyboard.type(fromA);
    await expect.poll(() => visionTextOf(onB), POLL).toContain(fromA);

    await visionEditorOf(onB).click();
    await onB.keyboard.press('Control+Home');
    await onB.keyboard.type(fromB);
    await expect.poll(() => visionTextOf(onA), POLL).toContain(fromB);
    await expect.poll(() => visionTextOf(onB), POLL).toBe(await visionTextOf(onA));

    await caretLabel(onA, DEMO.districtStaff.name).waitFor();
    await caretLabel(onB, DEMO.districtAdmin.name).waitFor();
    await main(onA).getByText('Saved', { exact: true }).waitFor();
    await main(onB).getByText('Saved', { exact: true }).waitFor();
  });
});
