import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { POLL } from './support/constants.js';
import { expectNoSeriousAxeViolations } from './support/axe.js';
import { test } from './support/e2e.js';
import { main } from './support/pages.js';
import { DEMO, signIn } from './support/session.js';

const SLUG = 'maple-ridge';
const REVIEWER = { email: 'reviewer@state.demo', password: 'demo-state-reviewer', name: 'Priya Raman' };
const TITLE = 'Robotics build season with Riverbend engineers';
const PARTNER_TEXT = 'Students wire and program a competition robot.';
const IMPORTED = 'Clinic shadowing weekends';
const PARTNER_MORE = ' Meetings are on Tuesdays.';
const ADMIN_TEXT = 'Open to every high school. ';

interface JsonLd {
  '@type'?: string;
  title?: string;
  name?: string;
  validThrough?: string;
}

const row = (page: Page, title: string): Locator =>
  main(page).locator('.listing-row', { has: page.getByRole('button', { name: new RegExp(`^${title}`) }) });
const field = (page: Page, title: string, label: string): Locator =>
  row(page, title).getByLabel(label, { exact: true });

async function openList(page: Page): Promise<void> {
  await main(page).getByRole('heading', { name: 'Opportunity list', level: 1 }).waitFor();
  await main(page).getByRole('status').filter({ hasText: 'Connected' }).waitFor();
  await main(page)
    .getByText(/Showing \d+ of \d+ listings/)
    .waitFor();
}

/** A date some weeks ahead as YYYY-MM-DD. */
const inWeeks = (weeks: number) => new Date(Date.now() + weeks * 7 * 86_400_000).toISOString().slice(0, 10);

describe('the district opportunity list', () => {
  test('is edited live by the district and a partner, published, and read by the public with its JSON-LD', async ({
    page: admin,
    newPage,
    baseUrl,
  }) => {
    const partner = await newPage();
    await signIn(admin, baseUrl, DEMO.districtAdmin);
    await signIn(partner, baseUrl, DEMO.partnerMember);

    // The draft starts as the published list; the partner reaches it through its own workspace.
    await admin.goto(`${baseUrl}/workspace/d/${SLUG}/opportunities`);
    await openList(admin);
    const published = await main(admin).locator('.list-page__published').innerText();
    const [, publishedNumber, publishedCount] = /version (\d+) \((\d+) listings\)/.exec(published)!;
    await expect
      .poll(
        () =>
          main(admin)
            .getByText(/Showing \d+ of \d+ listings/)
            .innerText(),
        POLL,
      )
      .toMatch(new RegExp(`of ${publishedCount} listings`));
    await partner.getByRole('link', { name: 'Opportunity lists', exact: true }).click();
    await partner.getByRole('link', { name: /^Opportunity list of Maple Ridge/ }).click();
    await openList(partner);
    await main(partner)
      .getByText('You can add listings for your organization and change the ones it offers.', {
        exact: false,
      })
      .waitFor();

    // Listings other organizations offer are read-only for the partner.
    const districtListing = 'Young Founders Lab';
    expect(
      await row(partner, districtListing)
        .getByRole('button', { name: /^Remove/ })
        .count(),
    ).toBe(0);
    await row(partner, districtListing)
      .getByRole('button', { name: new RegExp(`^${districtListing}`) })
      .click();
    expect(await field(partner, districtListing, 'Title').isDisabled()).toBe(true);
    await row(partner, districtListing)
      .getByRole('button', { name: new RegExp(`^${districtListing}`) })
      .click();

    // The partner adds a listing; it shows in the admin's list as it is typed, with the partner's name.
    await main(partner).getByRole('button', { name: 'Add a listing' }).click();
    const untitled = main(partner).getByLabel('Title', { exact: true }).last();
    await expect.poll(() => untitled.evaluate((el) => el === document.activeElement), POLL).toBe(true);
    await partner.keyboard.type(TITLE, { delay: 5 });
    await row(admin, TITLE).waitFor();
    await expect
      .poll(() => row(admin, TITLE).getByRole('list', { name: 'Editing now' }).innerText(), POLL)
      .toContain(DEMO.partnerMember.name);
    // Problems show inline, as the server will check them.
    await row(partner, TITLE)
      .getByText(/\d+ to fix/)
      .waitFor();
    // An empty field says nothing until it is left; a wrong value says so at once.
    expect(await row(partner, TITLE).getByText('This is required.').count()).toBe(0);
    await field(partner, TITLE, 'Summary').focus();
    await field(partner, TITLE, 'Summary').blur();
    await row(partner, TITLE).getByText('This is required.').first().waitFor();
    await field(partner, TITLE, 'Application web address').fill('robotics club');
    await row(partner, TITLE).getByText('Enter a full web address starting with https://.').waitFor();
    await field(partner, TITLE, 'Application web address').fill('https://riverbend.example.org/robotics');
    await field(partner, TITLE, 'Type').selectOption({ label: 'Mentorship' });
    await field(partner, TITLE, 'Lowest grade').selectOption({ label: 'Grade 9' });
    await field(partner, TITLE, 'Highest grade').selectOption({ label: 'Grade 12' });
    await field(partner, TITLE, 'Application deadline').fill(inWeeks(6));
    await field(partner, TITLE, 'Summary').fill('After-school robotics mentoring at Riverbend.');
    await row(partner, TITLE).getByText('Ready', { exact: true }).waitFor();

    // The partner writes a description; then both type in it at once, the admin at its start.
    await row(admin, TITLE)
      .getByRole('button', { name: new RegExp(`^${TITLE}`) })
      .click();
    const description = (page: Page) => field(page, TITLE, 'Description');
    await description(partner).click();
    await partner.keyboard.type(PARTNER_TEXT, { delay: 5 });
    await expect.poll(() => description(admin).inputValue(), POLL).toBe(PARTNER_TEXT);
    await description(admin).click();
    await admin.keyboard.press('Control+Home');
    await Promise.all([
      partner.keyboard.type(PARTNER_MORE, { delay: 20 }),
      admin.keyboard.type(ADMIN_TEXT, { delay: 20 }),
    ]);
    const together = `${ADMIN_TEXT}${PARTNER_TEXT}${PARTNER_MORE}`;
    for (const page of [admin, partner])
      await expect.poll(() => description(page).inputValue(), POLL).toBe(together);
    await main(partner).getByText('Saved', { exact: true }).waitFor();
    await expectNoSeriousAxeViolations(admin, 'opportunity list editor');

    // The partner adds listings from a CSV file: rows are checked first, and the invalid one is skipped.
    await main(partner).getByRole('button', { name: 'Add from CSV…' }).click();
    const importDialog = partner.getByRole('dialog', { name: 'Add listings from a CSV file' });
    const [template] = await Promise.all([
      partner.waitForEvent('download'),
      importDialog.getByRole('link', { name: 'Download a CSV template' }).click(),
    ]);
    expect(template.suggestedFilename()).toBe('opportunities-template.csv');
    expect(readFileSync(await template.path(), 'utf8')).toMatch(/^partner,title,summary,/);
    const csv = [
      'title,summary,type,grade_min,grade_max,apply_url',
      `${IMPORTED},Weekend clinic shadowing.,JOB_SHADOWING,10,12,https://example.org/apply`,
      'Backwards grades,Grades run the wrong way.,MENTORSHIP,12,9,https://example.org/apply',
    ].join('\r\n');
    await importDialog
      .getByLabel('CSV file')
      .setInputFiles({ name: 'listings.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await importDialog.getByText('2 rows: 1 ready, 1 with problems.').waitFor();
    await importDialog
      .getByText('Highest grade: The highest grade must not be below the lowest grade.')
      .waitFor();
    await importDialog.getByRole('button', { name: 'Add the ready row, skip 1' }).click();
    await main(partner).getByText('Added 1 listing from the CSV file', { exact: false }).waitFor();
    await row(admin, IMPORTED).waitFor();
    expect(await row(admin, 'Backwards grades').count()).toBe(0);

    // A state reviewer follows the draft live without any control that changes it.
    const reviewer = await newPage();
    await signIn(reviewer, baseUrl, REVIEWER);
    await reviewer.goto(`${baseUrl}/workspace/d/${SLUG}/opportunities`);
    await openList(reviewer);
    await main(reviewer).getByText('You can follow the draft as it is written', { exact: false }).waitFor();
    await row(reviewer, IMPORTED).waitFor();
    for (const name of ['Add a listing', 'Add from CSV…', 'Review and publish…'])
      expect(await main(reviewer).getByRole('button', { name }).count()).toBe(0);
    await row(reviewer, TITLE)
      .getByRole('button', { name: new RegExp(`^${TITLE}`) })
      .click();
    expect(await field(reviewer, TITLE, 'Description').isDisabled()).toBe(true);
    await reviewer.close();

    // The admin reviews the change and publishes the next version.
    await main(admin).getByRole('button', { name: 'Review and publish…' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Publish the opportunity list' });
    await dialog.getByRole('heading', { name: `Changes since version ${publishedNumber}` }).waitFor();
    await expect.poll(() => dialog.getByRole('definition').first().innerText(), POLL).toContain(TITLE);
    expect(await dialog.getByRole('definition').first().innerText()).toContain(IMPORTED);
    await dialog.getByLabel('Summary of this version (optional)').fill('Robotics mentoring from Riverbend');
    await expectNoSeriousAxeViolations(admin, 'publish dialog');
    const next = Number(publishedNumber) + 1;
    await dialog.getByRole('button', { name: `Publish version ${next}` }).click();
    await main(admin).getByText(`Version ${next} is published`, { exact: false }).waitFor();

    // Signed out, the public finds the new listing and its page describes it in JSON-LD.
    const visitor = await newPage();
    await visitor.goto(`${baseUrl}/d/${SLUG}/opportunities?q=robotics`);
    await main(visitor).getByRole('link', { name: TITLE }).click();
    await main(visitor).getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    const scripts = visitor.locator('script[type="application/ld+json"]');
    let ld: JsonLd | undefined;
    await expect
      .poll(async () => {
        const texts = await scripts.allTextContents();
        ld = texts.length === 1 ? (JSON.parse(texts[0]!) as JsonLd) : undefined;
        return ld?.name ?? ld?.title;
      }, POLL)
      .toBe(TITLE);
    expect(ld!['@type']).toBe('EducationEvent');
  });
});
