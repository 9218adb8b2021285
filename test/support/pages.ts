import type { Locator, Page } from 'playwright-core';
import type { OpportunityOrder } from '@partnerhub/shared';
import { expect } from 'vitest';
import type { Api, ApiOpportunity, OpportunityFilter } from './api.js';
import { POLL } from './constants.js';

export function main(page: Page): Locator {
  return page.getByRole('main');
}

/** The h2 titles of the result articles, in page order. */
export async function resultTitles(page: Page): Promise<string[]> {
  const texts = await main(page).getByRole('article').getByRole('heading', { level: 2 }).allInnerTexts();
  return texts.map((t) => t.replace(/\s+/g, ' ').trim());
}

/** The live region announcing the number of results. */
export function resultStatus(page: Page): Locator {
  return main(page)
    .getByRole('status')
    .filter({ hasText: /opportunit/i });
}

/** The number the status region announces ("32 opportunities", "1 opportunity", "No opportunities …"), or null. */
export async function announcedCount(page: Page): Promise<number | null> {
  const status = resultStatus(page);
  if ((await status.count()) !== 1) return null;
  const text = (await status.innerText()).replace(/\s+/g, ' ');
  const match = /\b(\d+|no)\s+opportunit(?:y|ies)\b/i.exec(text);
  if (!match) return null;
  return match[1]!.toLowerCase() === 'no' ? 0 : Number(match[1]!.replace(/,/g, ''));
}

/** The API order matching the page's "Sort by" select. */
export async function selectedOrder(page: Page): Promise<OpportunityOrder> {
  const select = page.getByLabel('Sort by', { exact: true });
  const value = (await select.inputValue()).toUpperCase();
  if (value === 'DEADLINE' || value === 'NEWEST' || value === 'TITLE') return value;
  const label = (await select.locator('option:checked').innerText()).toLowerCase();
  if (label.includes('deadline')) return 'DEADLINE';
  if (label.includes('new')) return 'NEWEST';
  if (label.includes('title') || label.includes('a–z') || label.includes('a-z')) return 'TITLE';
  throw new Error(`Cannot map the "Sort by" choice "${value}" / "${label}" to an API order.`);
}

/**
 * Waits until the list page announces `expected.totalCount` results and shows exactly the titles of
 * the given API page, in order.
 */
export async function expectResults(
  page: Page,
  expected: { totalCount: number; nodes: Pick<ApiOpportunity, 'title'>[] },
): Promise<void> {
  const want = { count: expected.totalCount, titles: expected.nodes.map((n) => n.title) };
  await expect
    .poll(async () => ({ count: await announcedCount(page), titles: await resultTitles(page) }), POLL)
    .toEqual(want);
}

/** Asks the API for the first page the list page should show for this filter, in the page's current order. */
export async function expectedFirstPage(page: Page, api: Api, slug: string, filter: OpportunityFilter) {
  return api.opportunities(slug, filter, { first: 20, orderBy: await selectedOrder(page) });
}

/** Waits until the h1 reads `text` exactly. */
export async function expectHeading(page: Page, text: string): Promise<void> {
  const h1 = page.getByRole('heading', { level: 1 });
  await expect.poll(async () => (await h1.allInnerTexts()).map((t) => t.trim()), POLL).toEqual([text]);
}

export function searchParams(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}
