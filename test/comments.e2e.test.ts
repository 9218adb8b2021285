import type { Locator, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { POLL } from './support/constants.js';
import { test } from './support/e2e.js';
import { main } from './support/pages.js';
import { DEMO, graphqlFrom, signIn } from './support/session.js';
import { emptyVisionEditor } from './support/vision.js';

const SLUG = 'maple-ridge';
const FIRST = 'Every learner graduates ready. ';
const SENTENCE = 'Families are partners in every school.';
const BEFORE = 'Today: ';

const editorOf = (page: Page): Locator => page.getByRole('textbox', { name: /^Vision of / });
/** The vision's text without the others' caret labels. */
const textOf = (page: Page): Promise<string> =>
  editorOf(page).evaluate((root) => {
    const copy = root.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.collaboration-carets__caret').forEach((caret) => caret.remove());
    return copy.textContent ?? '';
  });
const highlighted = (page: Page): Promise<string[]> =>
  editorOf(page).locator('.comment-range').allTextContents();

async function openVision(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/workspace/d/${SLUG}/vision`);
  await editorOf(page).waitFor();
  await main(page).getByRole('status').filter({ hasText: 'Connected' }).waitFor();
}

describe('review comments', () => {
  test('are written on an objective and on a sentence of the vision, answered, kept on their text and resolved', async ({
    page: reviewer,
    newPage,
    baseUrl,
  }) => {
    const staff = await newPage();
    await signIn(reviewer, baseUrl, DEMO.stateReviewer);
    await signIn(staff, baseUrl, DEMO.districtStaff);

    // An objective of the demo plan: a comment, then the district's answer.
    const plan = await graphqlFrom<{
      district: { plan: { goals: { objectives: { id: string; title: string }[] }[] } };
    }>(
      reviewer,
      baseUrl,
      `query { district(slug: "${SLUG}") { plan { goals { objectives { id title } } } } }`,
    );
    const objective = plan.data!.district.plan.goals.flatMap((g) => g.objectives)[0]!;
    const objectiveUrl = `${baseUrl}/workspace/d/${SLUG}/plan/objectives/${encodeURIComponent(objective.id)}`;
    await reviewer.goto(objectiveUrl);
    const panel = main(reviewer).getByRole('region', { name: 'Review comments' });
    await panel.getByLabel('New comment').fill('Which schools start first?');
    await panel.getByRole('button', { name: 'Comment', exact: true }).click();
    await panel.getByText('Which schools start first?').waitFor();

    await staff.goto(objectiveUrl);
    const staffPanel = main(staff).getByRole('region', { name: 'Review comments' });
    await staffPanel.getByText('Which schools start first?').waitFor();
    await staffPanel.getByLabel('Reply').fill('Lincoln and Roosevelt, in August.');
    await staffPanel.getByRole('button', { name: 'Reply', exact: true }).click();
    await staffPanel.getByText('Lincoln and Roosevelt, in August.').waitFor();
    await reviewer.reload();
    await panel.getByText('Lincoln and Roosevelt, in August.').waitFor();

    // The vision: staff write it; the reviewer, who only reads it, selects one sentence and comments.
    await openVision(staff, baseUrl);
    await emptyVisionEditor(staff, editorOf(staff));
    await staff.keyboard.type(FIRST);
    await staff.keyboard.press('Enter');
    await staff.keyboard.type(SENTENCE);
    await main(staff).getByText('Saved', { exact: true }).waitFor();
    await openVision(reviewer, baseUrl);
    await expect.poll(() => textOf(reviewer), POLL).toBe(FIRST + SENTENCE);
    await editorOf(reviewer).locator('p').nth(1).click({ clickCount: 3 });
    const comment = main(reviewer)
      .locator('.collab-editor__comment')
      .getByRole('button', { name: 'Comment' });
    await expect.poll(() => comment.isEnabled(), POLL).toBe(true);
    await comment.click();
    const visionPanel = main(reviewer).getByRole('region', { name: 'Comments on the text' });
    await visionPanel.getByLabel('Comment on the selected text').fill('Which families did we ask?');
    await visionPanel.locator('form').getByRole('button', { name: 'Comment', exact: true }).click();
    await visionPanel.getByText('Which families did we ask?').waitFor();
    await expect.poll(() => highlighted(reviewer), POLL).toEqual([SENTENCE]);

    // The district answers and writes before the sentence: the highlight stays on the sentence.
    await staff.reload();
    await editorOf(staff).waitFor();
    const staffVision = main(staff).getByRole('region', { name: 'Comments on the text' });
    await expect.poll(() => highlighted(staff), POLL).toEqual([SENTENCE]);
    await editorOf(staff)
      .locator('p')
      .first()
      .click({ position: { x: 1, y: 8 } });
    await staff.keyboard.press('Home');
    await staff.keyboard.type(BEFORE);
    await expect.poll(() => textOf(reviewer), POLL).toBe(BEFORE + FIRST + SENTENCE);
    await expect.poll(() => highlighted(reviewer), POLL).toEqual([SENTENCE]);
    await expect.poll(() => highlighted(staff), POLL).toEqual([SENTENCE]);
    await staffVision.getByLabel('Reply').fill('The family council, in May.');
    await staffVision.getByRole('button', { name: 'Reply', exact: true }).click();
    await staffVision.getByText('The family council, in May.').waitFor();

    // Resolving takes the thread off the open list and the highlight off the text.
    await staffVision.getByRole('button', { name: 'Resolve', exact: true }).click();
    await staffVision.getByText('No open comments.').waitFor();
    await expect.poll(() => highlighted(staff), POLL).toEqual([]);
    await staffVision.getByRole('button', { name: 'Resolved', exact: true }).click();
    await staffVision.getByText('Which families did we ask?').waitFor();
    expect(await highlighted(staff)).toEqual([]);
    await staff.screenshot({ path: 'artifacts/comments-vision-1280.png', fullPage: true });
    await staff.setViewportSize({ width: 375, height: 800 });
    await staff.screenshot({ path: 'artifacts/comments-vision-375.png', fullPage: true });
  });
});
