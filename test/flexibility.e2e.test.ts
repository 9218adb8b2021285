import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect } from 'vitest';
import { expectNoSeriousAxeViolations } from './support/axe.js';
import { POLL } from './support/constants.js';
import { configureServer, test } from './support/e2e.js';
import { expectHeading, main } from './support/pages.js';
import { DEMO, graphqlFrom, signIn } from './support/session.js';
import { createStateAdmin } from './support/state-admin.js';

const DISTRICT = 'maple-ridge';
const STATE_ADMIN = {
  email: 'flex-admin@state.test',
  password: 'state admin pass phrase',
  name: 'Avery State',
};
let dataDir = '';

configureServer(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'partnerhub-e2e-flex-'));
  return { env: { DATA_DIR: dataDir } };
});
afterAll(async () => {
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

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

/**
 * The state's decisions go through the API: the district workspace opens to state staff once their
 * sessions list the districts of their state.
 */
async function decide(
  state: Page,
  baseUrl: string,
  kind: string,
  rationale: string,
  requiredChanges?: string,
) {
  const { id, version } = await applicationAs(state, baseUrl);
  const body = await graphqlFrom<{ decideFlexibilityApplication: { userErrors: unknown[] } }>(
    state,
    baseUrl,
    `mutation ($input: DecideFlexibilityApplicationInput!) {
      decideFlexibilityApplication(input: $input) { userErrors { field message } } }`,
    { input: { id, version, kind, rationale, requiredChanges } },
  );
  expect(body.errors).toBeUndefined();
  expect(body.data!.decideFlexibilityApplication.userErrors).toEqual([]);
}

describe('flexibility application', () => {
  test('the district applies, the state approves conditionally, returns the plan, then approves; the public sees it', async ({
    page,
    newPage,
    baseUrl,
  }) => {
    await createStateAdmin(dataDir, 'OH', STATE_ADMIN);
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
    await signIn(state, baseUrl, STATE_ADMIN);
    await decide(state, baseUrl, 'CONDITIONAL_APPROVAL', 'A sound plan for the planning year.');
    await page.reload();
    await expectStage(page, 'Conditionally approved');
    await submit(page, 'Comprehensive implementation plan');
    await decide(
      state,
      baseUrl,
      'RETURN_FOR_REVISION',
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
    await decide(state, baseUrl, 'APPROVAL', 'Ready to implement in Year 2.');
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
