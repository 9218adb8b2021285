import type { OpportunityOrder } from '@partnerhub/shared';
import type { Locator, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import type { OpportunityFilter } from './support/api.js';
import { POLL } from './support/constants.js';
import { test } from './support/e2e.js';
import {
  expectHeading,
  expectResults,
  expectedFirstPage,
  main,
  searchParams,
  selectedOrder,
} from './support/pages.js';

const SLUG = 'maple-ridge';
const SEARCH_WORD = 'hospital';

async function openList(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/d/${SLUG}/opportunities`);
  await expectHeading(page, 'Opportunities');
}

const onlyOpen = (page: Page) => page.getByLabel('Only open for applications', { exact: true });
const searchBox = (page: Page) => page.getByLabel('Search opportunities', { exact: true });
const select = (page: Page, label: string) => page.getByLabel(label, { exact: true });

/** A paging control may be a link or a button; this finds either by its accessible name. */
function pagingControl(page: Page, name: 'Next page' | 'Previous page'): Locator {
  return main(page)
    .getByRole('link', { name, exact: true })
    .or(main(page).getByRole('button', { name, exact: true }));
}

/** Whether a paging control can be used: present, visible and not disabled. */
async function isUsable(control: Locator): Promise<boolean> {
  if ((await control.count()) === 0 || !(await control.first().isVisible())) return false;
  if ((await control.first().getAttribute('aria-disabled')) === 'true') return false;
  return control.first().isEnabled();
}

describe('opportunity search', () => {
  test('a search shows what the API returns, updates the URL and survives a reload', async ({
    page,
    baseUrl,
    api,
  }) => {
    await openList(page, baseUrl);
    await expect.poll(() => onlyOpen(page).isChecked(), POLL).toBe(true);
    const unfiltered = await expectedFirstPage(page, api, SLUG, { openOnly: true });
    await expectResults(page, unfiltered);

    const found = await expectedFirstPage(page, api, SLUG, { query: SEARCH_WORD, openOnly: true });
    // The search must narrow the list without emptying it, or this test would prove nothing.
    expect(found.totalCount, `API results for "${SEARCH_WORD}"`).toBeGreaterThan(0);
    expect(found.totalCount).toBeLessThan(unfiltered.totalCount);

    await searchBox(page).fill(SEARCH_WORD);
    await searchBox(page).press('Enter');
    await expectResults(page, found);
    await expect.poll(() => [...searchParams(page).values()], POLL).toContain(SEARCH_WORD);

    await page.reload();
    await expectHeading(page, 'Opportunities');
    await expect.poll(() => searchBox(page).inputValue(), POLL).toBe(SEARCH_WORD);
    await expectResults(page, found);
  });
});

describe('opportunity filters', () => {
  test('type, grade and "Only open for applications" narrow the list like the API', async ({
    page,
    baseUrl,
    api,
  }) => {
    await openList(page, baseUrl);
    await expectResults(page, await expectedFirstPage(page, api, SLUG, { openOnly: true }));

    const filter = { types: ['MENTORSHIP' as const], grade: 10 };
    const openMatches = await expectedFirstPage(page, api, SLUG, { ...filter, openOnly: true });
    const allMatches = await expectedFirstPage(page, api, SLUG, { ...filter, openOnly: false });
    // Unticking "Only open" must make a visible difference, or this test would prove nothing.
    expect(openMatches.totalCount, 'open mentorships for grade 10').toBeGreaterThan(0);
    expect(allMatches.totalCount, 'mentorships for grade 10, closed included').toBeGreaterThan(
      openMatches.totalCount,
    );

    // Like a reader, wait for each change to show before making the next.
    await select(page, 'Type').selectOption('MENTORSHIP');
    await expectResults(
      page,
      await expectedFirstPage(page, api, SLUG, { types: filter.types, openOnly: true }),
    );
    await select(page, 'Grade').selectOption({ label: 'Grade 10' });
    await expectResults(page, openMatches);
    await expect
      .poll(() => [...searchParams(page).values()].map((v) => v.toUpperCase()), POLL)
      .toEqual(expect.arrayContaining(['MENTORSHIP', '10']));

    await onlyOpen(page).uncheck();
    await expectResults(page, allMatches);

    // The filters live in the URL: a reload shows the same list.
    await page.reload();
    await expectHeading(page, 'Opportunities');
    await expectResults(page, allMatches);
    expect(await onlyOpen(page).isChecked()).toBe(false);
    expect(await select(page, 'Grade').inputValue()).toBe('10');
  });

  test('"Clear filters" on the empty state restores the default list', async ({ page, baseUrl, api }) => {
    await openList(page, baseUrl);
    const defaults = await expectedFirstPage(page, api, SLUG, { openOnly: true });
    await expectResults(page, defaults);

    const none = await expectedFirstPage(page, api, SLUG, {
      types: ['MENTORSHIP'],
      grade: 6,
      paid: true,
      openOnly: true,
    });
    expect(none.totalCount, 'paid mentorships for grade 6 (expected none)').toBe(0);

    await select(page, 'Type').selectOption('MENTORSHIP');
    await expectResults(
      page,
      await expectedFirstPage(page, api, SLUG, { types: ['MENTORSHIP'], openOnly: true }),
    );
    await select(page, 'Grade').selectOption({ label: 'Grade 6' });
    await expectResults(
      page,
      await expectedFirstPage(page, api, SLUG, { types: ['MENTORSHIP'], grade: 6, openOnly: true }),
    );
    await select(page, 'Pay').selectOption({ label: 'Paid or stipend' });
    await main(page)
      .getByText('No opportunities match your search.', { exact: true })
      .waitFor({ state: 'visible' });
    await expectResults(page, none);

    await main(page).getByRole('button', { name: 'Clear filters', exact: true }).click();
    await expectResults(page, defaults);
    expect(await select(page, 'Type').inputValue()).toBe(
      await select(page, 'Type').locator('option', { hasText: 'All types' }).getAttribute('value'),
    );
    expect(await select(page, 'Grade').locator('option:checked').innerText()).toBe('Any grade');
    expect(await select(page, 'Pay').locator('option:checked').innerText()).toBe('Any');
    expect(await onlyOpen(page).isChecked()).toBe(true);
    expect(await main(page).getByText('No opportunities match your search.').count()).toBe(0);
  });
});

interface ControlCase {
  control: string;
  apply(page: Page): Promise<unknown>;
  filter: OpportunityFilter;
  /** Adds the partnerId of this partner (looked up in the API) to the filter. */
  partnerName?: string;
  orderBy?: OpportunityOrder;
}

const OTHER_CONTROLS: ControlCase[] = [
  {
    control: 'Location: Remote',
    apply: (page) => select(page, 'Location').selectOption({ label: 'Remote' }),
    filter: { locationModes: ['REMOTE'] },
  },
  {
    control: 'Pay: Unpaid',
    apply: (page) => select(page, 'Pay').selectOption({ label: 'Unpaid' }),
    filter: { paid: false },
  },
  {
    control: 'Pay: Paid or stipend',
    apply: (page) => select(page, 'Pay').selectOption({ label: 'Paid or stipend' }),
    filter: { paid: true },
  },
  {
    control: 'Earns credit',
    apply: (page) => page.getByLabel('Earns credit', { exact: true }).check(),
    filter: { earnsCredit: true },
  },
  {
    control: 'Partner: Mercy Regional Health System',
    apply: (page) => select(page, 'Partner').selectOption({ label: 'Mercy Regional Health System' }),
    filter: {},
    partnerName: 'Mercy Regional Health System',
  },
  {
    control: 'Sort by: Title',
    apply: (page) => select(page, 'Sort by').selectOption({ label: 'Title' }),
    filter: {},
    orderBy: 'TITLE',
  },
];

describe('other list controls', () => {
  test.for(OTHER_CONTROLS)(
    '$control narrows or orders the list like the API',
    async ({ control, apply, filter, partnerName, orderBy }, { page, baseUrl, api }) => {
      await openList(page, baseUrl);
      const defaults = await expectedFirstPage(page, api, SLUG, { openOnly: true });
      await expectResults(page, defaults);

      let expectedFilter: OpportunityFilter = { ...filter, openOnly: true };
      if (partnerName) {
        const partner = (await api.partners(SLUG)).find((p) => p.name === partnerName);
        if (!partner) throw new Error(`${partnerName} is not a partner of ${SLUG}.`);
        expectedFilter = { ...expectedFilter, partnerId: partner.id };
      }
      const expected = await api.opportunities(SLUG, expectedFilter, {
        first: 20,
        orderBy: orderBy ?? 'DEADLINE',
      });
      expect(expected.totalCount, `API results for ${control}`).toBeGreaterThan(0);
      // Each case must change what the first page shows, or it would prove nothing.
      expect(
        expected.nodes.map((n) => n.title),
        `first page for ${control}`,
      ).not.toEqual(defaults.nodes.map((n) => n.title));

      await apply(page);
      await expectResults(page, expected);
      expect(await selectedOrder(page)).toBe(orderBy ?? 'DEADLINE');
      await page.reload();
      await expectHeading(page, 'Opportunities');
      await expectResults(page, expected);
    },
  );
});

describe('opportunity paging', () => {
  test('"Next page" shows the next 20 and "Previous page" returns', async ({ page, baseUrl, api }) => {
    await openList(page, baseUrl);
    const orderBy = await selectedOrder(page);
    const first = await api.opportunities(SLUG, { openOnly: true }, { first: 20, orderBy });
    expect(first.pageInfo.hasNextPage, 'the default list must span more than one page').toBe(true);
    const second = await api.opportunities(
      SLUG,
      { openOnly: true },
      { first: 20, after: first.pageInfo.endCursor, orderBy },
    );
    expect(first.nodes).toHaveLength(20);
    expect(second.nodes.length).toBeGreaterThan(0);

    await expectResults(page, first);
    expect(await isUsable(pagingControl(page, 'Previous page')), '"Previous page" on the first page').toBe(
      false,
    );

    await pagingControl(page, 'Next page').click();
    await expectResults(page, second);
    const secondPageUrl = page.url();
    if (!second.pageInfo.hasNextPage) {
      expect(await isUsable(pagingControl(page, 'Next page')), '"Next page" on the last page').toBe(false);
    }

    await pagingControl(page, 'Previous page').click();
    await expectResults(page, first);
    expect(page.url()).not.toBe(secondPageUrl);
  });
});
