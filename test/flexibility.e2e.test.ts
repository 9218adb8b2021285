import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { expectNoSeriousAxeViolations } from './support/axe.js';
import { POLL } from './support/constants.js';
import { test } from './support/e2e.js';
import { expectHeading, main } from './support/pages.js';
import { DEMO, graphqlFrom, signIn } from './support/session.js';

const DISTRICT = 'maple-ridge';

async function openFlexibility(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/workspace/d/${DISTRICT}/flexibility`);
  await expectHeading(page, 'Flexibility application');
}

async function expectStage(page: Page, text: string): Promise<void> {
  await expect.poll(() => main(page).getByTestId('flexibility-stage').innerText(), POLL).toContain(text);
}

async function submit(page: Page, kind: string): Promise<void> {
  await main(page).getByLabel('Submit to the state', { exact: true }).selectOption({ label: kind });
  await main(page).getByRole('button', { name: 'Submit', exact: true }).click();
  await main(page)
    .getByText(/Submitted to the state as submission #/)
    .waitFor();
}

interface Application {
  id: string;
  version: number;
  stage: string;
  submissions: { nodes: { changes: { key: string; lines: { text: string }[] }[] }[] };
}

async function applicationAs(state: Page, baseUrl: string): Promise<Application> {
  const body = await graphqlFrom<{ district: { flexibilityApplication: Application } }>(
    state,
    baseUrl,
    `query ($slug: String!) { district(slug: $slug) { flexibilityApplication { id version stage
      submissions(first: 1) { nodes { changes { key lines { text } } } } } } }`,
    { slug: DISTRICT },
  );
  expect(body.errors).toBeUndefined();
  return body.data!.district.flexibilityApplication;
}

/** A state admin records a decision in the district's Flexibility section, as the district sees it. */
async function decide(
  state: Page,
  baseUrl: string,
  decision: string,
  rationale: string,
  requiredChanges?: string,
) {
  await openFlexibility(state, baseUrl);
  const form = main(state).getByRole('region', { name: 'Record a decision' });
  await form.getByLabel('Decision', { exact: true }).selectOption({ label: decision });
  await form.getByLabel('Rationale (published)').fill(rationale);
  if (requiredChanges) await form.getByLabel('Required changes').fill(requiredChanges);
  await form.getByRole('button', { name: 'Record the decision' }).click();
  await main(state).getByText('Decision recorded; the district’s admins were told by e-mail.').waitFor();
}

describe('flexibility application', () => {
  test('the district applies, the state approves conditionally, returns the plan, then approves; the public sees it', async ({
    page,
    newPage,
    baseUrl,
  }) => {
    await signIn(page, baseUrl, DEMO.districtAdmin);
    await openFlexibility(page, baseUrl);
    await main(page)
      .getByLabel(/Year 1 begins/)
      .fill('2027');
    await main(page).getByRole('button', { name: 'Start the application' }).click();
    await expectStage(page, 'Draft');

    const areas = main(page).getByRole('region', { name: 'Areas of flexibility' });
    await areas
      .getByLabel('Area', { exact: true })
      .selectOption({ label: 'Learning environments and partnerships' });
    await areas.getByLabel('Requirement to waive or modify').fill('Seat-time requirements for credit');
    await areas.getByLabel('Justification').fill('Students earn credit in internships with our partners.');
    await areas.getByRole('button', { name: 'Add the area' }).click();
    await areas.getByTestId('flexibility-area').first().waitFor();
    const assurances = main(page).getByRole('region', { name: 'Assurances' });
    await assurances
      .getByLabel('Planning process')
      .fill('Board, teachers, students, parents and employers met monthly.');
    await assurances.getByRole('button', { name: 'Save the assurances' }).click();
    await main(page).getByText('Assurances saved.').waitFor();
    await submit(page, 'Application for conditional approval');
    await expectStage(page, 'Applied for conditional approval');
    await expectNoSeriousAxeViolations(page, 'workspace flexibility (district)');

    const state = await newPage();
    await signIn(state, baseUrl, DEMO.stateAdmin);
    await decide(state, baseUrl, 'Conditional approval', 'A sound plan for the planning year.');
    await page.reload();
    await expectStage(page, 'Conditionally approved');
    await submit(page, 'Comprehensive implementation plan');

    // A state reviewer asks about a section of the submitted plan; the district answers there.
    const reviewer = await newPage();
    await signIn(reviewer, baseUrl, DEMO.stateReviewer);
    await openFlexibility(reviewer, baseUrl);
    const section = main(reviewer).getByRole('region', { name: 'Comments on Assurance: Planning process' });
    await section.getByLabel('New comment').fill('Which employers took part?');
    await section.getByRole('button', { name: 'Comment', exact: true }).click();
    await section.getByText('Which employers took part?').waitFor();
    await page.reload();
    const answer = main(page).getByRole('region', { name: 'Comments on Assurance: Planning process' });
    await answer.getByText('Which employers took part?').waitFor();
    await answer.getByLabel('Reply').fill('Riverbend Manufacturing and the county hospital.');
    await answer.getByRole('button', { name: 'Reply', exact: true }).click();
    await answer.getByText('Riverbend Manufacturing and the county hospital.').waitFor();
    await reviewer.reload();
    await section.getByText('Riverbend Manufacturing and the county hospital.').waitFor();

    await decide(
      state,
      baseUrl,
      'Returned for revision',
      'Funding alignment is thin.',
      'Show how Title II pays for mentors.',
    );

    await page.reload();
    await expectStage(page, 'Returned for revision');
    await main(page).getByText('Show how Title II pays for mentors.').first().waitFor();
    await assurances.getByLabel('Funding alignment').fill('Title II, Part A pays for mentor training.');
    await assurances.getByRole('button', { name: 'Save the assurances' }).click();
    await main(page).getByText('Assurances saved.').waitFor();
    await submit(page, 'Comprehensive implementation plan');
    const changes = main(page).getByTestId('submission-changes');
    await expect
      .poll(() => changes.innerText(), POLL)
      .toContain('Title II, Part A pays for mentor training.');
    const reviewed = await applicationAs(state, baseUrl);
    expect(reviewed.submissions.nodes[0]!.changes.map((c) => c.key)).toEqual(['assurance:FUNDING_ALIGNMENT']);
    await decide(state, baseUrl, 'Approval', 'Ready to implement in Year 2.');
    expect((await applicationAs(state, baseUrl)).stage).toBe('APPROVED');

    const visitor = await newPage();
    for (const width of [1280, 375]) {
      await visitor.setViewportSize({ width, height: 900 });
      await visitor.goto(`${baseUrl}/d/${DISTRICT}/flexibility`);
      await expectHeading(visitor, 'State policy flexibility');
      await expect
        .poll(() => main(visitor).getByTestId('public-flexibility-stage').innerText(), POLL)
        .toContain('Approved');
      await visitor.screenshot({
        path: path.join(os.tmpdir(), `flexibility-public-${width}.png`),
        fullPage: true,
      });
    }
    const decisions = main(visitor).getByTestId('flexibility-decision');
    await expect.poll(() => decisions.count(), POLL).toBe(3);
    await expect.poll(() => decisions.first().innerText(), POLL).toContain('Ready to implement in Year 2.');
    await expect.poll(() => main(visitor).innerText(), POLL).toContain('Seat-time requirements for credit');
    expect(await main(visitor).innerText()).not.toContain('Board, teachers, students');
    await expectNoSeriousAxeViolations(visitor, 'public flexibility');
    await page.screenshot({ path: path.join(os.tmpdir(), 'flexibility-workspace-1280.png'), fullPage: true });
    await page.setViewportSize({ width: 375, height: 900 });
    await page.reload();
    await expectStage(page, 'Approved');
    await page.screenshot({ path: path.join(os.tmpdir(), 'flexibility-workspace-375.png'), fullPage: true });
    await state.screenshot({
      path: path.join(os.tmpdir(), 'flexibility-workspace-state-1280.png'),
      fullPage: true,
    });
  });
});
