import type { Locator, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { POLL } from './support/constants.js';
import { configureServer, test } from './support/e2e.js';
import { expectHeading, main } from './support/pages.js';
import { freePort } from './support/server.js';
import { graphqlFrom } from './support/session.js';
import { emptyVisionEditor } from './support/vision.js';
import { invitationLinkIn, runAdmin } from './support/state-agency.js';

/** A state the demo data does not use, so everything in it comes from this test. */
const STATE = 'KY';
const AGENCY = 'Kentucky Department of Education';
/** 21 is Kentucky's FIPS code. */
const DISTRICT = { name: 'Bluegrass Valley Independent Schools', slug: 'bluegrass-valley', lea: '2100990' };
const STATE_ADMIN = { email: 'commissioner@education.ky.example', name: 'Robin Hale' };
const REVIEWER = { email: 'reviewer@education.ky.example', name: 'Casey Moore' };
const DISTRICT_ADMIN = { email: 'superintendent@bluegrass.example', name: 'Morgan Reyes' };
const PASSWORD = 'a long enough passphrase';

const GOAL = 'Every graduate completes a work-based learning experience';
const OBJECTIVE = 'Open paid internships with county employers';
const FIRST = 'Every learner in Bluegrass Valley graduates ready for what comes next. ';
const SENTENCE = 'Families and employers shape every pathway.';
const OBJECTIVE_QUESTION = 'How many internships in the first year?';
const OBJECTIVE_ANSWER = 'Forty, at six employers.';
const VISION_QUESTION = 'Which employers did you ask?';
const VISION_ANSWER = 'The county chamber of commerce and the hospital.';
const RATIONALE = {
  conditional: 'A sound application for the planning year.',
  returned: 'The plan does not yet say who pays for mentors.',
  requiredChanges: 'Name the funding for internship mentors.',
  approval: 'Ready to implement from Year 2.',
};
const FUNDING = 'Title IV, Part A pays for mentor stipends.';

// E-mailed links name PUBLIC_URL, so the server gets a port picked first and is told its address.
configureServer(async () => {
  const port = await freePort();
  return { port, env: { PUBLIC_URL: `http://localhost:${port}` } };
});

/** Accepts an invitation with a new account and waits for the organization's workspace. */
async function acceptInvitation(
  page: Page,
  link: string,
  person: { name: string },
  org: string,
  home: string,
) {
  await page.goto(link);
  await expectHeading(page, `Join ${org}`);
  await main(page).getByLabel('Your name', { exact: true }).fill(person.name);
  await main(page).getByLabel('Choose a password', { exact: true }).fill(PASSWORD);
  await main(page).getByRole('button', { name: 'Create account and join', exact: true }).click();
  await page.waitForURL((url) => url.pathname === home);
}

const editorOf = (page: Page): Locator => page.getByRole('textbox', { name: /^Vision of / });
/** The vision's text without the others' caret labels. */
const textOf = (page: Page): Promise<string> =>
  editorOf(page).evaluate((root) => {
    const copy = root.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.collaboration-carets__caret').forEach((caret) => caret.remove());
    return copy.textContent ?? '';
  });

async function openVision(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await editorOf(page).waitFor();
  await main(page).getByRole('status').filter({ hasText: 'Connected' }).waitFor();
}

async function openFlexibility(page: Page, url: string): Promise<void> {
  await page.goto(url);
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

/** The state admin records a decision in the district's Flexibility section. */
async function decide(
  state: Page,
  url: string,
  decision: string,
  rationale: string,
  requiredChanges?: string,
) {
  await openFlexibility(state, url);
  const form = main(state).getByRole('region', { name: 'Record a decision' });
  await form.getByLabel('Decision', { exact: true }).selectOption({ label: decision });
  await form.getByLabel('Rationale (published)').fill(rationale);
  if (requiredChanges) await form.getByLabel('Required changes').fill(requiredChanges);
  await form.getByRole('button', { name: 'Record the decision' }).click();
  await main(state).getByText('Decision recorded; the district’s admins were told by e-mail.').waitFor();
}

/** Answers the open thread showing `question` in a comments region. */
async function reply(panel: Locator, question: string, answer: string): Promise<void> {
  await panel.getByText(question).waitFor();
  await panel.getByLabel('Reply').fill(answer);
  await panel.getByRole('button', { name: 'Reply', exact: true }).click();
  await panel.getByText(answer).waitFor();
}

describe('the whole flexibility cycle in a new state', () => {
  test(
    'the operator starts an agency and a district; the district applies, is approved conditionally, reviewed, returned and approved; the public sees the decision',
    { timeout: 180_000 },
    async ({ page: district, newPage, baseUrl, dataDir }) => {
      const workspace = `${baseUrl}/workspace/d/${DISTRICT.slug}`;
      const flexibility = `${workspace}/flexibility`;

      // 1. The operator creates the agency and the district and invites their first admins.
      const admin = (...args: string[]) => runAdmin(dataDir, baseUrl, ...args);
      await admin('create-state-agency', '--state', STATE, '--name', AGENCY);
      await admin(
        'create-district',
        '--name',
        DISTRICT.name,
        '--state',
        STATE,
        '--nces-lea-id',
        DISTRICT.lea,
        '--slug',
        DISTRICT.slug,
      );
      const stateLink = invitationLinkIn(
        await admin('invite', '--email', STATE_ADMIN.email, '--role', 'STATE_ADMIN', '--state', STATE),
      );
      const districtLink = invitationLinkIn(
        await admin(
          'invite',
          '--email',
          DISTRICT_ADMIN.email,
          '--role',
          'DISTRICT_ADMIN',
          '--district',
          DISTRICT.slug,
        ),
      );

      const state = await newPage();
      await Promise.all([
        acceptInvitation(state, stateLink, STATE_ADMIN, AGENCY, `/workspace/s/${STATE.toLowerCase()}`),
        acceptInvitation(
          district,
          districtLink,
          DISTRICT_ADMIN,
          DISTRICT.name,
          `/workspace/d/${DISTRICT.slug}`,
        ),
      ]);

      // 2. The state admin invites a reviewer from Members; the reviewer joins through the e-mail.
      await state.goto(`${baseUrl}/workspace/s/${STATE.toLowerCase()}/members`);
      await expectHeading(state, 'Members');
      await main(state).getByLabel('E-mail address', { exact: true }).fill(REVIEWER.email);
      await main(state)
        .getByRole('radio', { name: /^State reviewer/ })
        .check();
      await main(state).getByRole('button', { name: 'Send invitation', exact: true }).click();
      await main(state).getByText(`Invitation sent to ${REVIEWER.email}.`, { exact: true }).waitFor();
      const reviewer = await newPage();
      // No SMTP here: the server's development mailbox holds the message.
      await reviewer.goto(`${baseUrl}/dev/mail`);
      const mail = reviewer
        .locator('article')
        .filter({ hasText: `To ${REVIEWER.email}` })
        .first();
      const reviewerLink = invitationLinkIn(await mail.innerText());
      await acceptInvitation(reviewer, reviewerLink, REVIEWER, AGENCY, `/workspace/s/${STATE.toLowerCase()}`);

      // 3. The district writes a goal with an objective and its vision, then applies for flexibility.
      await district.goto(`${workspace}/plan`);
      await expectHeading(district, 'Implementation plan');
      await main(district).getByRole('button', { name: 'Add a goal', exact: true }).click();
      await district.getByLabel('Goal', { exact: true }).fill(GOAL);
      await district.getByRole('button', { name: 'Add goal', exact: true }).click();
      const goal = main(district).getByRole('region', { name: GOAL });
      await goal.getByRole('button', { name: /^Add an objective/ }).click();
      await goal.getByLabel('Objective', { exact: true }).fill(OBJECTIVE);
      await goal.getByRole('button', { name: 'Add objective', exact: true }).click();
      const objectiveLink = goal.getByRole('link', { name: OBJECTIVE, exact: true });
      const objectiveUrl = new URL((await objectiveLink.getAttribute('href'))!, baseUrl).href;

      await openVision(district, `${workspace}/vision`);
      await emptyVisionEditor(district, editorOf(district));
      await district.keyboard.type(FIRST);
      await district.keyboard.press('Enter');
      await district.keyboard.type(SENTENCE);
      await main(district).getByText('Saved', { exact: true }).waitFor();

      await openFlexibility(district, flexibility);
      await main(district)
        .getByLabel(/Year 1 begins/)
        .fill(String(new Date().getUTCFullYear() + 1));
      await main(district).getByRole('button', { name: 'Start the application' }).click();
      await expectStage(district, 'Draft');
      const areas = main(district).getByRole('region', { name: 'Areas of flexibility' });
      await areas
        .getByLabel('Area', { exact: true })
        .selectOption({ label: 'Learning environments and partnerships' });
      await areas.getByLabel('Requirement to waive or modify').fill('Seat-time requirements for credit');
      await areas.getByLabel('Justification').fill('Students earn credit in internships with employers.');
      await areas.getByRole('button', { name: 'Add the area' }).click();
      await areas.getByTestId('flexibility-area').first().waitFor();
      const assurances = main(district).getByRole('region', { name: 'Assurances' });
      await assurances
        .getByLabel('Planning process', { exact: true })
        .fill('The board, teachers, students, families and employers met monthly.');
      await assurances
        .getByLabel('Implementation plan', { exact: true })
        .fill('Internships start at two high schools and reach all four in Year 3.');
      await assurances
        .getByLabel('Continuous improvement', { exact: true })
        .fill('Quarterly reviews of completion and of employer feedback.');
      await assurances
        .getByLabel('Funding alignment', { exact: true })
        .fill('Title I, Part A and local funds.');
      await assurances.getByRole('button', { name: 'Save the assurances' }).click();
      await main(district).getByText('Assurances saved.').waitFor();
      await submit(district, 'Application for conditional approval');
      await expectStage(district, 'Applied for conditional approval');

      // 4. The state admin grants conditional approval; 5. the district submits its plan.
      await decide(state, flexibility, 'Conditional approval', RATIONALE.conditional);
      await district.reload();
      await expectStage(district, 'Conditionally approved');
      await submit(district, 'Comprehensive implementation plan');
      await expectStage(district, 'Implementation plan submitted');

      // 6. The reviewer comments on the objective and on a sentence of the vision; the district answers.
      await reviewer.goto(objectiveUrl);
      const objectivePanel = main(reviewer).getByRole('region', { name: 'Review comments' });
      await objectivePanel.getByLabel('New comment').fill(OBJECTIVE_QUESTION);
      await objectivePanel.getByRole('button', { name: 'Comment', exact: true }).click();
      await objectivePanel.getByText(OBJECTIVE_QUESTION).waitFor();

      await openVision(reviewer, `${workspace}/vision`);
      await expect.poll(() => textOf(reviewer), POLL).toBe(FIRST + SENTENCE);
      await editorOf(reviewer).locator('p').nth(1).click({ clickCount: 3 });
      const comment = main(reviewer)
        .locator('.collab-editor__comment')
        .getByRole('button', { name: 'Comment' });
      await expect.poll(() => comment.isEnabled(), POLL).toBe(true);
      await comment.click();
      const visionPanel = main(reviewer).getByRole('region', { name: 'Comments on the text' });
      await visionPanel.getByLabel('Comment on the selected text').fill(VISION_QUESTION);
      await visionPanel.locator('form').getByRole('button', { name: 'Comment', exact: true }).click();
      await visionPanel.getByText(VISION_QUESTION).waitFor();
      await expect
        .poll(() => editorOf(reviewer).locator('.comment-range').allTextContents(), POLL)
        .toEqual([SENTENCE]);

      await district.goto(objectiveUrl);
      await reply(
        main(district).getByRole('region', { name: 'Review comments' }),
        OBJECTIVE_QUESTION,
        OBJECTIVE_ANSWER,
      );
      await openVision(district, `${workspace}/vision`);
      await reply(
        main(district).getByRole('region', { name: 'Comments on the text' }),
        VISION_QUESTION,
        VISION_ANSWER,
      );
      // The reviewer reads both answers.
      await reviewer.reload();
      await visionPanel.getByText(VISION_ANSWER).waitFor();
      await reviewer.goto(objectiveUrl);
      await objectivePanel.getByText(OBJECTIVE_ANSWER).waitFor();

      // 7. Returned with required changes; the district revises and resubmits; the state approves.
      await decide(
        state,
        flexibility,
        'Returned for revision',
        RATIONALE.returned,
        RATIONALE.requiredChanges,
      );
      await openFlexibility(district, flexibility);
      await expectStage(district, 'Returned for revision');
      await main(district).getByText(RATIONALE.requiredChanges).first().waitFor();
      await assurances.getByLabel('Funding alignment', { exact: true }).fill(FUNDING);
      await assurances.getByRole('button', { name: 'Save the assurances' }).click();
      await main(district).getByText('Assurances saved.').waitFor();
      await submit(district, 'Comprehensive implementation plan');
      await expect
        .poll(() => main(district).getByTestId('submission-changes').innerText(), POLL)
        .toContain(FUNDING);
      await decide(state, flexibility, 'Approval', RATIONALE.approval);

      // 8. Signed out: the public page shows the approval with its date and rationale, and no comment.
      const visitor = await newPage();
      const published = await graphqlFrom<{
        district: {
          flexibilityApplication: {
            stage: string;
            decisions: { nodes: { kind: string; decidedAt: string; rationale: string }[] };
          };
        };
      }>(
        visitor,
        baseUrl,
        `query ($slug: String!) { district(slug: $slug) { flexibilityApplication {
          stage decisions(first: 10) { nodes { kind decidedAt rationale } } } } }`,
        { slug: DISTRICT.slug },
      );
      expect(published.errors).toBeUndefined();
      const application = published.data!.district.flexibilityApplication;
      expect(application.stage).toBe('APPROVED');
      const approval = application.decisions.nodes[0]!;
      expect(approval).toMatchObject({ kind: 'APPROVAL', rationale: RATIONALE.approval });
      const decidedOn = new Intl.DateTimeFormat('en-US', {
        month: 'short',
        day: 'numeric',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(new Date(`${approval.decidedAt.slice(0, 10)}T00:00:00Z`));

      await visitor.goto(`${baseUrl}/d/${DISTRICT.slug}/flexibility`);
      await expectHeading(visitor, 'State policy flexibility');
      await expect
        .poll(() => main(visitor).getByTestId('public-flexibility-stage').innerText(), POLL)
        .toContain('Approved');
      const decisions = main(visitor).getByTestId('flexibility-decision');
      await expect.poll(() => decisions.count(), POLL).toBe(application.decisions.nodes.length);
      const newest = await decisions.first().innerText();
      expect(newest).toContain('Approval');
      expect(newest).toContain(`${decidedOn}, by ${STATE_ADMIN.name}`);
      expect(newest).toContain(RATIONALE.approval);
      const text = await main(visitor).innerText();
      for (const comment of [OBJECTIVE_QUESTION, OBJECTIVE_ANSWER, VISION_QUESTION, VISION_ANSWER])
        expect(text).not.toContain(comment);
    },
  );
});
