import type { Locator, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { expectNoSeriousAxeViolations } from './support/axe.js';
import { POLL } from './support/constants.js';
import { test } from './support/e2e.js';
import { expectHeading, main } from './support/pages.js';
import { DEMO, signIn } from './support/session.js';

const DISTRICT = 'maple-ridge';
const REVIEWER = { email: 'reviewer@state.demo', password: 'demo-state-reviewer', name: 'State reviewer' };
/** A year the demo data has no funding in, so every figure below comes from this test. */
const YEAR = 2031;
const GOAL = 'Every student completes a work-based learning experience';
const OBJECTIVES = ['Launch paid summer internships with employers', 'Train mentors for internship hosts'];

async function navTo(page: Page, label: string): Promise<void> {
  await main(page).getByRole('navigation').getByRole('link', { name: label, exact: true }).click();
}

async function fundingTab(page: Page, label: string): Promise<void> {
  await main(page)
    .getByRole('navigation', { name: 'Funding pages' })
    .getByRole('link', { name: label, exact: true })
    .click();
  await main(page)
    .getByRole('heading', { level: 2, name: label === 'Rules' ? 'Set-aside and fiscal rules' : label })
    .first()
    .waitFor();
}

async function addObjective(goal: Locator, title: string, condition: string): Promise<void> {
  await goal.getByRole('button', { name: /^Add an objective/ }).click();
  await goal.getByLabel('Objective', { exact: true }).fill(title);
  await goal.getByLabel('Plan year').selectOption({ label: 'Year 2' });
  await goal.getByLabel('Due date').fill('2031-06-30');
  await goal.getByLabel('Person responsible').fill('Jordan Lee');
  await goal.getByLabel('Status', { exact: true }).selectOption({ label: 'On track' });
  await goal.getByRole('checkbox', { name: condition, exact: true }).check();
  await goal.getByRole('button', { name: 'Add objective', exact: true }).click();
  await goal.getByRole('link', { name: title, exact: true }).waitFor();
}

async function addSource(page: Page, program: string, amount: string): Promise<void> {
  const sources = main(page).getByRole('region', { name: 'Sources', exact: true });
  await sources.getByRole('button', { name: 'Add a funding source', exact: true }).click();
  await sources.getByLabel('Program', { exact: true }).selectOption({ label: program });
  await sources.getByLabel('Fiscal year', { exact: true }).fill(String(YEAR));
  await sources.getByLabel('Amount', { exact: true }).fill(amount);
  await sources.getByRole('button', { name: 'Add source', exact: true }).click();
  await sources.getByRole('button', { name: 'Add a funding source', exact: true }).waitFor();
}

async function allocate(page: Page, source: string, objective: string, amount: string, purpose: string) {
  // The page reloads its sources after each allocation; filling the form meanwhile can be undone.
  await page.waitForLoadState('networkidle');
  const form = main(page).getByRole('region', { name: 'Allocate to an objective' });
  const sourceSelect = form.getByLabel('Funding source', { exact: true });
  // The option's label carries what is left and changes when the sources reload; its value (the id) does not.
  const option = sourceSelect.locator('option', { hasText: `${source} (` });
  const sourceId = await option.getAttribute('value');
  if (!sourceId) throw new Error(`no funding source option for ${source}`);
  await sourceSelect.selectOption(sourceId);
  await form.getByLabel('Objective', { exact: true }).selectOption({ label: objective });
  await form.getByLabel('Amount', { exact: true }).fill(amount);
  await form.getByLabel('Purpose', { exact: true }).selectOption({ label: purpose });
  await form.getByRole('button', { name: 'Allocate', exact: true }).click();
  return form;
}

async function totalsOf(table: Locator): Promise<{ amount: string; allocated: string }> {
  return {
    amount: (await table.locator('tfoot [data-total="amount"]').innerText()).trim(),
    allocated: (await table.locator('tfoot [data-total="allocated"]').innerText()).trim(),
  };
}

describe('implementation plan and funding alignment', () => {
  test('a district admin builds a goal, funds it within each source, publishes, and the public sees the same totals', async ({
    page,
    newPage,
    baseUrl,
  }) => {
    await signIn(page, baseUrl, DEMO.districtAdmin);
    await navTo(page, 'Plan');
    await expectHeading(page, 'Implementation plan');

    // A goal with two objectives.
    await main(page).getByRole('button', { name: 'Add a goal', exact: true }).click();
    await page.getByLabel('Goal', { exact: true }).fill(GOAL);
    await page.getByRole('button', { name: 'Add goal', exact: true }).click();
    const goal = main(page).getByRole('region', { name: GOAL });
    await goal.waitFor();
    await addObjective(goal, OBJECTIVES[0]!, 'Partnerships');
    await addObjective(goal, OBJECTIVES[1]!, 'Professional development');
    await expectNoSeriousAxeViolations(page, 'workspace plan');

    // Title I-A and Title II-A for one fiscal year.
    await navTo(page, 'Funding');
    await expectHeading(page, 'Funding alignment');
    await addSource(page, 'Title I, Part A (ALN 84.010)', '100,000.00');
    await addSource(page, 'Title II, Part A (ALN 84.367)', '50,000.00');
    await expect.poll(() => page.locator('#fiscal-year').inputValue(), POLL).toBe(String(YEAR));

    await fundingTab(page, 'Allocations');
    const form = await allocate(
      page,
      `Title I, Part A FY${YEAR}`,
      OBJECTIVES[0]!,
      '60,000.00',
      'Work-based learning',
    );
    await form.getByText(`Title I, Part A FY${YEAR} has $40,000.00 left.`, { exact: false }).waitFor();
    await allocate(
      page,
      `Title II, Part A FY${YEAR}`,
      OBJECTIVES[1]!,
      '20,000.00',
      'Professional development',
    );
    await form.getByText(`Title II, Part A FY${YEAR} has $30,000.00 left`, { exact: false }).waitFor();

    // Title II, Part A does not list work-based learning: saved, with a clearly labelled warning.
    await allocate(page, `Title II, Part A FY${YEAR}`, OBJECTIVES[0]!, '5,000.00', 'Work-based learning');
    const warning = form.getByRole('note');
    await expect.poll(() => warning.innerText(), POLL).toContain('do not block');

    // More than is left of a source is refused, and the message says by how much.
    await allocate(page, `Title I, Part A FY${YEAR}`, OBJECTIVES[1]!, '45,000.00', 'Mentoring');
    const refusal = `Title I, Part A FY${YEAR} has $40,000.00 unallocated; this allocation of $45,000.00 would exceed it by $5,000.00.`;
    const summary = form.locator('.error-summary');
    await expect.poll(() => summary.innerText(), POLL).toContain(refusal);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.className ?? ''), POLL)
      .toContain('error-summary');
    await expect
      .poll(() => form.getByLabel('Amount', { exact: true }).getAttribute('aria-invalid'), POLL)
      .toBe('true');

    await fundingTab(page, 'Reports');
    expect(await page.locator('#fiscal-year').inputValue()).toBe(String(YEAR));
    const bySource = main(page).getByRole('table', { name: 'Funding by source' });
    await expect
      .poll(() => totalsOf(bySource), POLL)
      .toEqual({ amount: '$150,000.00', allocated: '$85,000.00' });
    await expect.poll(() => main(page).locator('canvas[role="img"]').count(), POLL).toBeGreaterThan(2);
    await expectNoSeriousAxeViolations(page, 'workspace funding');

    // The demo plan is published: withdraw it, see the empty state signed out, then publish again.
    await navTo(page, 'Plan');
    await expectHeading(page, 'Implementation plan');
    await main(page).getByRole('button', { name: 'Withdraw the public summary', exact: true }).click();
    await main(page).getByRole('button', { name: 'Publish the plan', exact: true }).waitFor();

    const visitor = await newPage();
    await visitor.goto(`${baseUrl}/d/${DISTRICT}/plan`);
    await expectHeading(visitor, 'Implementation plan and funding');
    await main(visitor).getByRole('heading', { name: 'Not published yet' }).waitFor();

    await main(page).getByRole('button', { name: 'Publish the plan', exact: true }).click();
    await main(page).getByRole('button', { name: 'Withdraw the public summary', exact: true }).waitFor();

    await visitor.goto(`${baseUrl}/d/${DISTRICT}`);
    await main(visitor).getByRole('link', { name: 'Plan and funding', exact: true }).click();
    await expectHeading(visitor, 'Implementation plan and funding');
    await main(visitor).getByRole('heading', { name: GOAL, level: 2 }).waitFor();
    expect(await visitor.getByTestId('total-amount').innerText()).toBe('$150,000.00');
    expect(await visitor.getByTestId('total-allocated').innerText()).toBe('$85,000.00');
    const objective = main(visitor).getByRole('listitem').filter({ hasText: OBJECTIVES[0]! });
    expect(await objective.innerText()).toContain('On track');
    expect(await objective.innerText()).toContain('$65,000.00');
    expect(await main(visitor).innerText()).not.toContain('Jordan Lee');
    await expectNoSeriousAxeViolations(visitor, 'public plan summary');
  });
});

describe('state reviewers', () => {
  test('read the plan and funding of a district they review, with no controls that change them', async ({
    page,
    baseUrl,
  }) => {
    await signIn(page, baseUrl, REVIEWER);
    await page.goto(`${baseUrl}/workspace/d/${DISTRICT}/plan`);
    await expectHeading(page, 'Implementation plan');
    await main(page).getByText('You can read this plan', { exact: false }).waitFor();
    expect(await main(page).getByRole('region').count()).toBeGreaterThan(1);
    expect(await main(page).getByRole('button', { name: 'Add a goal' }).count()).toBe(0);
    expect(
      await main(page)
        .getByRole('button', { name: /^(Edit|Delete) goal/ })
        .count(),
    ).toBe(0);
    expect(
      await main(page)
        .getByRole('button', { name: /public summary|Publish/ })
        .count(),
    ).toBe(0);

    await page.goto(`${baseUrl}/workspace/d/${DISTRICT}/funding`);
    await expectHeading(page, 'Funding alignment');
    await main(page).getByRole('heading', { name: 'Sources', level: 2 }).waitFor();
    expect(await main(page).getByRole('button', { name: 'Add a funding source' }).count()).toBe(0);
    expect(
      await main(page)
        .getByRole('button', { name: /^(Edit|Delete)/ })
        .count(),
    ).toBe(0);
    await fundingTab(page, 'Allocations');
    expect(
      await main(page)
        .getByRole('button', { name: /^(Allocate|Edit|Remove)/ })
        .count(),
    ).toBe(0);
    await fundingTab(page, 'Reports');
    await main(page).getByRole('heading', { name: 'By source', exact: true }).waitFor();
    await fundingTab(page, 'Rules');
    expect(
      await main(page)
        .getByRole('button', { name: /^(Add a district rule|Edit|Delete)/ })
        .count(),
    ).toBe(0);
  });
});

describe('keeping the plan and its funding up to date', () => {
  test('a district admin moves an objective up, and focus follows it to its new place', async ({
    page,
    baseUrl,
  }) => {
    await signIn(page, baseUrl, DEMO.districtAdmin);
    await page.goto(`${baseUrl}/workspace/d/${DISTRICT}/plan`);
    await expectHeading(page, 'Implementation plan');
    const goal = main(page).getByRole('region', { name: /^Every student completes a real-world/ });
    const titles = () => goal.getByRole('table').locator('tbody th').allInnerTexts();
    await expect.poll(async () => (await titles()).length, POLL).toBe(3);
    const before = await titles();
    const moved = before[2]!;

    await goal.getByRole('button', { name: `Move “${moved}” up`, exact: true }).click();
    await main(page).getByText(`Moved “${moved}” up to place 2.`).waitFor();
    const after = [before[0], moved, before[1]];
    await expect.poll(titles, POLL).toEqual(after);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent?.trim() ?? ''), POLL)
      .toBe(`Move “${moved}” up`);

    // At the top, its "up" button is disabled: focus moves to "down" rather than being lost.
    await page.keyboard.press('Enter');
    await expect.poll(titles, POLL).toEqual([moved, before[0], before[1]]);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent?.trim() ?? ''), POLL)
      .toBe(`Move “${moved}” down`);

    await page.reload();
    await expect.poll(titles, POLL).toEqual([moved, before[0], before[1]]);
    await expectNoSeriousAxeViolations(page, 'workspace plan with order controls');
  });

  test('on a phone, a district admin corrects a source, an allocation and a district rule, and deletes what was a mistake', async ({
    page,
    baseUrl,
  }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await signIn(page, baseUrl, DEMO.districtAdmin);
    await page.goto(`${baseUrl}/workspace/d/${DISTRICT}/funding`);
    await expectHeading(page, 'Funding alignment');
    // The first test added sources to a later year, which the page opens on.
    await page.locator('#fiscal-year').selectOption('2027');
    const fitsScreen = () => page.evaluate(() => document.documentElement.scrollWidth);
    const notice = main(page).getByRole('status').first();

    // A source: change its amount; one entered by mistake (no allocations yet) is deleted.
    const sources = main(page).getByRole('region', { name: 'Sources', exact: true });
    const titleTwo = sources.getByRole('row').filter({ hasText: 'Title II, Part A FY2027' });
    await titleTwo.getByRole('button', { name: 'Edit Title II, Part A FY2027', exact: true }).click();
    await sources.getByLabel('Amount', { exact: true }).fill('320,000.00');
    await sources.getByRole('button', { name: 'Save source', exact: true }).click();
    await expect.poll(() => notice.innerText(), POLL).toBe('Title II, Part A FY2027 saved.');
    await expect.poll(() => titleTwo.innerText(), POLL).toContain('$320,000.00');
    expect(await fitsScreen()).toBeLessThanOrEqual(375);
    await expectNoSeriousAxeViolations(page, 'funding sources on a phone');

    // Added to another year: the page moves to that year, loading it once, and focus starts on the form.
    await sources.getByRole('button', { name: 'Add a funding source', exact: true }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent?.trim() ?? ''), POLL)
      .toBe('New funding source');
    await sources
      .getByLabel('Program', { exact: true })
      .selectOption({ label: 'Title IV, Part A (ALN 84.424)' });
    await sources.getByLabel('Fiscal year', { exact: true }).fill('2028');
    await sources.getByLabel('Amount', { exact: true }).fill('1,000.00');
    const fundingLoads: string[] = [];
    const countLoads = (request: { postData(): string | null; url(): string }) => {
      if (request.postData()?.includes('query WorkspaceFunding')) fundingLoads.push(request.url());
    };
    page.on('request', countLoads);
    await sources.getByRole('button', { name: 'Add source', exact: true }).click();
    await expect.poll(() => notice.innerText(), POLL).toBe('Title IV, Part A FY2028 added.');
    await expect.poll(() => page.locator('#fiscal-year').inputValue(), POLL).toBe('2028');
    await sources.getByRole('button', { name: 'Delete Title IV, Part A FY2028', exact: true }).waitFor();
    page.off('request', countLoads);
    expect(fundingLoads).toHaveLength(1);
    await sources.getByRole('button', { name: 'Delete Title IV, Part A FY2028', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete source', exact: true }).click();
    await expect.poll(() => notice.innerText(), POLL).toBe('Title IV, Part A FY2028 deleted.');
    expect(await sources.getByRole('row').filter({ hasText: 'Title IV' }).count()).toBe(0);
    await page.locator('#fiscal-year').selectOption('2027');

    // An allocation: a new amount; another is removed and goes back to its source's balance.
    await fundingTab(page, 'Allocations');
    const allocations = main(page).getByRole('region', { name: 'Allocations', exact: true });
    const academy = allocations.getByRole('row').filter({ hasText: 'Aspiring principals academy' });
    await academy.getByRole('button', { name: /^Edit allocation/ }).click();
    await allocations.getByLabel('Amount', { exact: true }).fill('75,000.00');
    await allocations.getByRole('button', { name: 'Save allocation', exact: true }).click();
    await expect
      .poll(() => notice.innerText(), POLL)
      .toBe('Allocation saved: $75,000.00; Title II, Part A FY2027 has $95,000.00 left.');
    await expect.poll(() => academy.innerText(), POLL).toContain('$75,000.00');
    const nights = allocations.getByRole('row').filter({ hasText: 'Career pathway nights' });
    await nights.getByRole('button', { name: /^Remove allocation/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Remove allocation', exact: true }).click();
    await expect
      .poll(() => notice.innerText(), POLL)
      .toBe('Allocation of $9,000.00 from Title I, Part A FY2027 removed.');
    expect(await nights.count()).toBe(0);
    expect(await fitsScreen()).toBeLessThanOrEqual(375);
    await expectNoSeriousAxeViolations(page, 'funding allocations on a phone');

    // A district rule: added, changed, deleted; the defaults stay untouchable.
    await fundingTab(page, 'Rules');
    const rules = main(page).getByRole('region', { name: 'Set-aside and fiscal rules', exact: true });
    await rules.getByRole('button', { name: 'Add a district rule', exact: true }).click();
    await rules.getByLabel('Program', { exact: true }).selectOption({ label: 'Title II, Part A' });
    await rules
      .getByLabel('Purpose', { exact: true })
      .selectOption({ label: 'Induction and mentoring of educators' });
    await rules.getByLabel('Share (percent)', { exact: true }).fill('10');
    await rules.getByRole('button', { name: 'Add district rule', exact: true }).click();
    await expect
      .poll(() => notice.innerText(), POLL)
      .toMatch(/^Rule added: At least 10% of Title II, Part A/);
    const ours = rules.getByRole('row').filter({ hasText: 'District override' });
    await ours.getByRole('button', { name: /^Edit rule/ }).click();
    await rules.getByLabel('Share (percent)', { exact: true }).fill('12.5');
    await rules.getByRole('button', { name: 'Save rule', exact: true }).click();
    await expect
      .poll(() => notice.innerText(), POLL)
      .toMatch(/^Rule saved: At least 12.5% of Title II, Part A/);
    expect(await fitsScreen()).toBeLessThanOrEqual(375);
    await expectNoSeriousAxeViolations(page, 'funding rules on a phone');
    await ours.getByRole('button', { name: /^Delete rule/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete rule', exact: true }).click();
    await expect.poll(() => notice.innerText(), POLL).toMatch(/^Rule deleted: At least 12.5%/);
    expect(await ours.count()).toBe(0);
    expect(await rules.getByRole('button', { name: /^(Edit|Delete) rule/ }).count()).toBe(0);
  });
});
