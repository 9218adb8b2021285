import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { POLL } from './support/constants.js';
import { test } from './support/e2e.js';
import { expectHeading, main } from './support/pages.js';
import { DEMO, signIn } from './support/session.js';
import { emptyVisionEditor } from './support/vision.js';

const SLUG = 'maple-ridge';
const REVIEWER = { email: 'reviewer@state.demo', password: 'demo-state-reviewer', name: 'Priya Raman' };
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const FIRST = 'Every learner in Maple Ridge graduates ready for what comes next.';
const ADMIN_MORE = ' Teachers and families plan it together.';
const PARTNER_LINE = 'Partners open their workshops to students every semester.';
const LATER_LINE = 'This paragraph came after the saved version.';

/** The live text area of the vision page. */
const editorOf = (page: Page): Locator => page.getByRole('textbox', { name: /^Vision of / });
/** The text of the vision editor, one line per block, without the others' caret labels. */
function textOf(page: Page): Promise<string> {
  return editorOf(page).evaluate((root) => {
    const copy = root.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.collaboration-carets__caret').forEach((caret) => caret.remove());
    return Array.from(copy.querySelectorAll('p'), (p) => p.textContent ?? '').join('\n');
  });
}
const caretLabel = (page: Page, name: string): Locator =>
  page.locator('.collaboration-carets__label', { hasText: name });

async function openConnected(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await editorOf(page).waitFor();
  await main(page).getByRole('status').filter({ hasText: 'Connected' }).waitFor();
}

/** Yesterday as YYYY-MM-DD and as the page writes it ("Nov 30, 2026"). */
function yesterday(): { iso: string; text: string } {
  const date = new Date(Date.now() - 86_400_000);
  const iso = date.toISOString().slice(0, 10);
  const text = new Intl.DateTimeFormat('en-US', {
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
  return { iso, text };
}

describe('the district vision', () => {
  test('is written by two people at once, followed read-only by a reviewer, saved, restored, adopted and read by the public', async ({
    page: admin,
    newPage,
    baseUrl,
  }) => {
    const partner = await newPage();
    const reviewer = await newPage();
    await signIn(admin, baseUrl, DEMO.districtAdmin);
    await signIn(partner, baseUrl, DEMO.partnerMember);
    await signIn(reviewer, baseUrl, REVIEWER);

    // The admin from the district workspace, the partner member through its own workspace.
    await openConnected(admin, `${baseUrl}/workspace/d/${SLUG}/vision`);
    await partner.getByRole('link', { name: 'District visions', exact: true }).click();
    await partner.getByRole('link', { name: /^Vision of Maple Ridge/ }).click();
    await partner.waitForURL((url) => url.pathname.endsWith(`/vision/${SLUG}`));
    await editorOf(partner).waitFor();
    await main(partner).getByRole('status').filter({ hasText: 'Connected' }).waitFor();
    await openConnected(reviewer, `${baseUrl}/workspace/d/${SLUG}/vision`);

    // The demo district has an adopted vision; this test writes a new one from a blank page.
    await emptyVisionEditor(admin, editorOf(admin));
    await expect.poll(() => textOf(partner), POLL).toBe('');
    await admin.keyboard.type(FIRST);
    await expect.poll(() => textOf(partner), POLL).toBe(FIRST);

    // Both type at the same time: the admin at the end of the first paragraph, the partner in a new one.
    await editorOf(partner).click();
    await partner.keyboard.press('Control+End');
    await partner.keyboard.press('Enter');
    await expect.poll(() => textOf(admin), POLL).toBe(`${FIRST}\n`);
    await admin.keyboard.press('Control+Home');
    await admin.keyboard.press('End');
    await Promise.all([
      admin.keyboard.type(ADMIN_MORE, { delay: 15 }),
      partner.keyboard.type(PARTNER_LINE, { delay: 15 }),
    ]);
    for (const page of [admin, partner, reviewer])
      await expect.poll(() => textOf(page), POLL).toBe(`${FIRST}${ADMIN_MORE}\n${PARTNER_LINE}`);
    await caretLabel(admin, DEMO.partnerMember.name).waitFor();
    await caretLabel(partner, DEMO.districtAdmin.name).waitFor();
    for (const page of [admin, partner, reviewer]) {
      const here = main(page).getByRole('list', { name: 'People with the document open' });
      await expect.poll(() => here.innerText(), POLL).toContain(DEMO.districtAdmin.name);
      await expect.poll(() => here.innerText(), POLL).toContain(DEMO.partnerMember.name);
    }
    await main(admin).getByText('Saved', { exact: true }).waitFor();

    // The reviewer follows along but cannot type.
    await main(reviewer).getByText('You can follow the vision as it is written.', { exact: false }).waitFor();
    expect(await editorOf(reviewer).getAttribute('contenteditable')).toBe('false');
    expect(await main(reviewer).getByRole('toolbar').count()).toBe(0);
    await editorOf(reviewer).click();
    await reviewer.keyboard.type('REVIEWER WAS HERE');
    expect(await textOf(reviewer)).toBe(`${FIRST}${ADMIN_MORE}\n${PARTNER_LINE}`);
    expect(await main(reviewer).getByRole('button', { name: 'Save version' }).count()).toBe(0);

    // The admin saves a version; the partner writes on; the comparison shows what was added.
    await main(admin).getByLabel('Version name').fill('Board draft');
    await main(admin).getByRole('button', { name: 'Save version', exact: true }).click();
    await main(admin).getByText('Saved “Board draft”.', { exact: true }).waitFor();
    await main(admin)
      .getByRole('heading', { name: /^Version \d+: Board draft$/ })
      .waitFor();
    await editorOf(partner).click();
    await partner.keyboard.press('Control+End');
    await partner.keyboard.press('Enter');
    await partner.keyboard.type(LATER_LINE);
    await expect.poll(() => textOf(admin), POLL).toContain(LATER_LINE);
    await main(partner).getByText('Saved', { exact: true }).waitFor();
    await main(admin).getByRole('button', { name: 'Compare with current: Board draft' }).click();
    const added = main(admin).locator('.diff__blocks ins');
    await expect.poll(() => added.allTextContents(), POLL).toEqual([`+Added: ${LATER_LINE}`]);

    // Restoring (after a confirmation) reaches the partner's open editor at once.
    await main(admin).getByRole('button', { name: 'Restore “Board draft”' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Restore this version?' });
    await dialog.getByRole('button', { name: 'Restore', exact: true }).click();
    await expect.poll(() => textOf(partner), POLL).toBe(`${FIRST}${ADMIN_MORE}\n${PARTNER_LINE}`);

    // The admin adopts the version.
    const adoptedOn = yesterday();
    await main(admin).getByRole('button', { name: 'Adopt… “Board draft”' }).click();
    await main(admin).getByLabel('Date the board adopted it').fill(adoptedOn.iso);
    await main(admin).getByLabel('Board resolution').fill('Resolution 2026-41');
    await main(admin).getByRole('button', { name: 'Adopt this version', exact: true }).click();
    await main(admin)
      .getByText('“Board draft” is now the district’s adopted vision.', { exact: true })
      .waitFor();
    await main(admin)
      .locator('.version')
      .filter({ hasText: 'Board draft' })
      .getByText('Adopted', { exact: true })
      .waitFor();

    // Anyone reads it on the district's public pages, without the editor's code.
    const visitor = await newPage();
    const scripts: Promise<string>[] = [];
    visitor.on('response', (res) => {
      if (res.request().resourceType() === 'script') scripts.push(res.text());
    });
    await visitor.goto(`${baseUrl}/d/${SLUG}`);
    await main(visitor).getByRole('link', { name: 'Our vision', exact: true }).click();
    await expectHeading(visitor, 'Our vision');
    const text = main(visitor).locator('article');
    await expect.poll(() => text.innerText(), POLL).toContain(FIRST + ADMIN_MORE);
    expect(await text.innerText()).toContain(PARTNER_LINE);
    expect(await text.innerText()).not.toContain(LATER_LINE);
    await main(visitor)
      .getByText(`Adopted by the board on ${adoptedOn.text} (Resolution 2026-41).`, { exact: true })
      .waitFor();
    // Class names the collaborative caret extension writes survive minification.
    const loaded = await Promise.all(scripts);
    expect(loaded.length).toBeGreaterThan(0);
    expect(loaded.filter((code) => code.includes('collaboration-carets'))).toEqual([]);

    const results = await new AxeBuilder({ page: visitor }).withTags(WCAG_TAGS).analyze();
    const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(blocking.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }, 180_000);
});
