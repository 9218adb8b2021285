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
    await main(page).getByRole('heading', { name: 'By source', exact: true }).waitFor();
    expect(await main(page).getByRole('button', { name: 'Add a funding source' }).count()).toBe(0);
    expect(await main(page).getByRole('button', { name: 'Allocate', exact: true }).count()).toBe(0);
    expect(await main(page).getByRole('button', { name: 'Add a district rule' }).count()).toBe(0);
  });
});
