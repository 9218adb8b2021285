import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { expectNoSeriousAxeViolations } from './support/axe.js';
import { POLL } from './support/constants.js';
import { test } from './support/e2e.js';
import { expectHeading, main } from './support/pages.js';
import { DEMO, graphqlFrom, signIn } from './support/session.js';

const DISTRICT = 'maple-ridge';
const GOAL = 'Every graduate leaves with a work-based learning credential';

async function districtOf(page: Page, baseUrl: string): Promise<{ id: string; version: number }> {
  const body = await graphqlFrom<{ district: { id: string; version: number } }>(
    page,
    baseUrl,
    'query ($slug: String!) { district(slug: $slug) { id version } }',
    { slug: DISTRICT },
  );
  return body.data!.district;
}

/** The count the page announces ("3 changes", "1 change", "0 changes"), as a number. */
async function shownCount(page: Page): Promise<number> {
  const status = main(page).getByRole('status');
  await page.waitForLoadState('networkidle');
  const text = (await status.innerText()).trim();
  const match = /^([\d,]+) changes?$/.exec(text);
  if (!match) throw new Error(`no count in "${text}"`);
  return Number(match[1]!.replace(/,/g, ''));
}

describe('audit log filters', () => {
  test('an admin narrows the log by kind of change, by person and by date', async ({
    page,
    newPage,
    baseUrl,
  }) => {
    // Two people change two parts of the district: staff adds a goal to the plan, the admin edits the profile.
    const staff = await newPage();
    await signIn(staff, baseUrl, DEMO.districtStaff);
    const district = await districtOf(staff, baseUrl);
    const goal = await graphqlFrom<{ createGoal: { userErrors: unknown[] } }>(
      staff,
      baseUrl,
      'mutation ($input: CreateGoalInput!) { createGoal(input: $input) { userErrors { message } } }',
      { input: { districtId: district.id, title: GOAL } },
    );
    expect(goal.errors ?? goal.data!.createGoal.userErrors).toEqual([]);

    await signIn(page, baseUrl, DEMO.districtAdmin);
    const profile = await graphqlFrom<{ updateDistrict: { userErrors: unknown[] } }>(
      page,
      baseUrl,
      'mutation ($input: UpdateDistrictInput!) { updateDistrict(input: $input) { userErrors { message } } }',
      { input: { id: district.id, version: district.version, city: 'Maple Ridge Heights' } },
    );
    expect(profile.errors ?? profile.data!.updateDistrict.userErrors).toEqual([]);

    await page.goto(`${baseUrl}/workspace/d/${DISTRICT}/audit-log`);
    await expectHeading(page, 'Audit log');
    const everything = await shownCount(page);
    expect(everything).toBeGreaterThanOrEqual(2);

    // Every part of the product that writes to the log is offered, grouped.
    const kind = main(page).getByLabel('What changed', { exact: true });
    const groups = await kind
      .locator('optgroup')
      .evaluateAll((els) => els.map((el) => el.getAttribute('label')));
    expect(groups).toEqual(
      expect.arrayContaining([
        'Plan: goals and objectives',
        'Funding',
        'Opportunities and publishing',
        'Vision',
      ]),
    );

    await kind.selectOption({ label: 'Any goal change' });
    await expect.poll(() => shownCount(page), POLL).toBe(1);
    await expect.poll(() => main(page).getByText(GOAL).count(), POLL).toBeGreaterThan(0);
    await kind.selectOption({ label: 'Everything' });
    await expect.poll(() => shownCount(page), POLL).toBe(everything);

    // By person: the admin's own change only, then the staff member's.
    const who = main(page).getByLabel('Who', { exact: true });
    await who.selectOption({ label: DEMO.districtAdmin.name });
    await expect.poll(() => shownCount(page), POLL).toBe(1);
    await expect.poll(() => main(page).getByText('Maple Ridge Heights').count(), POLL).toBeGreaterThan(0);
    await who.selectOption({ label: DEMO.districtStaff.name });
    await expect.poll(() => shownCount(page), POLL).toBe(1);
    await who.selectOption({ label: 'Everyone' });

    // By date: today holds every change, a range that ended yesterday holds none.
    const today = new Date();
    const day = (d: Date) =>
      `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    const yesterday = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 1);
    await main(page).getByLabel('From', { exact: true }).fill(day(today));
    await main(page).getByLabel('To', { exact: true }).fill(day(today));
    await expect.poll(() => shownCount(page), POLL).toBe(everything);
    await main(page).getByLabel('From', { exact: true }).fill(day(yesterday));
    await main(page).getByLabel('To', { exact: true }).fill(day(yesterday));
    await expect.poll(() => shownCount(page), POLL).toBe(0);
    await expect.poll(() => main(page).getByText('No change matches these filters.').count(), POLL).toBe(1);

    await expectNoSeriousAxeViolations(page, 'audit log (filtered)');
    await main(page).getByRole('button', { name: 'Clear filters', exact: true }).click();
    await expect.poll(() => shownCount(page), POLL).toBe(everything);

    await page.screenshot({ path: 'artifacts/audit-log-1280.png', fullPage: true });
    await page.setViewportSize({ width: 375, height: 800 });
    // Nothing wider than a phone: no horizontal scrolling.
    await expect
      .poll(
        () =>
          page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
        POLL,
      )
      .toBeLessThanOrEqual(0);
    await page.screenshot({ path: 'artifacts/audit-log-375.png', fullPage: true });
    await expectNoSeriousAxeViolations(page, 'audit log at 375 px');
  });
});
