import type { Locator, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { POLL } from './support/constants.js';
import { visionEditorOf, visionTextOf } from './support/vision.js';
import { test } from './support/e2e.js';
import { main } from './support/pages.js';
import { DEMO, signIn } from './support/session.js';

const VISION = '/workspace/d/maple-ridge/vision';

const statusOf = (page: Page): Locator => main(page).locator('.collab-status__connection');
const presenceOf = (page: Page): Locator =>
  main(page).getByRole('list', { name: 'People with the document open' });
const alertsOf = (page: Page): Locator => main(page).getByRole('alert');

async function openVision(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}${VISION}`);
  await visionEditorOf(page).waitFor();
  await expect.poll(() => statusOf(page).innerText(), POLL).toBe('Connected');
}

/** Types `text` at the end of the document in a new paragraph. */
async function typeAtEnd(page: Page, text: string): Promise<void> {
  await visionEditorOf(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type(text);
}

/** The IndexedDB databases holding local copies of live documents. */
const localCopies = (page: Page): Promise<string[]> =>
  page.evaluate(async () =>
    (await indexedDB.databases()).map((d) => d.name ?? '').filter((n) => n.startsWith('partnerhub-collab:')),
  );

describe('the live editor tells the truth about its connection', () => {
  test('shows Offline within 2 s, others stop seeing the person within 5 s, and offline edits arrive once back', async ({
    page: admin,
    newPage,
    baseUrl,
  }) => {
    const staff = await newPage();
    await signIn(admin, baseUrl, DEMO.districtAdmin);
    await signIn(staff, baseUrl, DEMO.districtStaff);
    await openVision(admin, baseUrl);
    await openVision(staff, baseUrl);
    await expect.poll(() => presenceOf(staff).innerText(), POLL).toContain(DEMO.districtAdmin.name);

    const wentOffline = Date.now();
    await admin.context().setOffline(true);
    await expect.poll(() => statusOf(admin).innerText(), { timeout: 2_000, interval: 50 }).toBe('Offline');
    await expect
      .poll(() => presenceOf(staff).innerText(), { timeout: 5_000, interval: 100 })
      .not.toContain(DEMO.districtAdmin.name);
    expect(Date.now() - wentOffline).toBeLessThan(5_500);

    const line = `Written offline ${Date.now()}`;
    await typeAtEnd(admin, line);
    await main(admin).getByText('Your edits are kept in this browser', { exact: false }).waitFor();
    await admin.context().setOffline(false);
    await expect.poll(() => statusOf(admin).innerText(), POLL).toBe('Connected');
    await expect.poll(() => visionTextOf(staff), POLL).toContain(line);
    await main(admin).getByText('Saved', { exact: true }).waitFor();
    await expect.poll(() => presenceOf(staff).innerText(), POLL).toContain(DEMO.districtAdmin.name);
  });

  test('keeps edits made offline across a closed tab, and forgets them at sign-out', async ({
    page: admin,
    newPage,
    baseUrl,
  }) => {
    const staff = await newPage();
    await signIn(admin, baseUrl, DEMO.districtAdmin);
    await signIn(staff, baseUrl, DEMO.districtStaff);
    await openVision(admin, baseUrl);
    await openVision(staff, baseUrl);

    await admin.context().setOffline(true);
    await expect.poll(() => statusOf(admin).innerText(), POLL).toBe('Offline');
    const line = `Kept in the browser ${Date.now()}`;
    await typeAtEnd(admin, line);
    await expect.poll(() => localCopies(admin), POLL).toHaveLength(1);
    // Let IndexedDB take the last keystrokes, then close the tab while still offline.
    await admin.waitForTimeout(500);
    const context = admin.context();
    await admin.close();
    await context.setOffline(false);

    const again = await context.newPage();
    await openVision(again, baseUrl);
    await expect.poll(() => visionTextOf(again), POLL).toContain(line);
    await expect.poll(() => visionTextOf(staff), POLL).toContain(line);
    await main(again).getByText('Saved', { exact: true }).waitFor();

    await again.getByRole('banner').getByRole('button', { name: DEMO.districtAdmin.name }).click();
    await again.getByRole('banner').getByRole('button', { name: 'Sign out', exact: true }).click();
    await again.waitForURL((url) => url.pathname === '/sign-in');
    await expect.poll(() => localCopies(again), POLL).toEqual([]);
  });

  test('refuses a paste too large to send, with one message, and keeps every other edit', async ({
    page: admin,
    newPage,
    baseUrl,
  }) => {
    const staff = await newPage();
    await signIn(admin, baseUrl, DEMO.districtAdmin);
    await signIn(staff, baseUrl, DEMO.districtStaff);
    await openVision(admin, baseUrl);
    await openVision(staff, baseUrl);
    const before = `Before the paste ${Date.now()}`;
    await typeAtEnd(admin, before);
    await expect.poll(() => visionTextOf(staff), POLL).toContain(before);

    await visionEditorOf(admin).evaluate((root) => {
      const data = new DataTransfer();
      data.setData('text/plain', 'pasted words '.repeat(100_000));
      root.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    });
    await expect
      .poll(() => alertsOf(admin).allInnerTexts(), POLL)
      .toEqual([
        'That is too much to paste at once (1.3 MB; at most 524 KB), so nothing was pasted. Paste it in smaller parts.',
      ]);
    expect(await visionTextOf(admin)).not.toContain('pasted words');
    expect(await statusOf(admin).innerText()).toBe('Connected');

    const after = `After the paste ${Date.now()}`;
    await admin.keyboard.type(after);
    await expect.poll(() => visionTextOf(staff), POLL).toContain(after);
    await main(admin).getByText('Saved', { exact: true }).waitFor();
  });

  test('a change too large for the server ends with one clear message and is not sent again', async ({
    page: admin,
    newPage,
    baseUrl,
  }) => {
    const staff = await newPage();
    await signIn(admin, baseUrl, DEMO.districtAdmin);
    await signIn(staff, baseUrl, DEMO.districtStaff);
    let sockets = 0;
    admin.on('websocket', () => sockets++);
    await openVision(admin, baseUrl);
    await openVision(staff, baseUrl);
    expect(sockets).toBe(1);

    // Typed, not pasted (as an input method or a script might): one edit over the frame limit.
    await visionEditorOf(admin).click();
    await admin.keyboard.press('Control+End');
    await admin.keyboard.insertText('x'.repeat(1_100_000));
    await expect
      .poll(() => alertsOf(admin).allInnerTexts(), POLL)
      .toEqual([
        'Your last change was too large to send at once, so it was not saved. Reload the page to continue with the saved document.',
      ]);
    // One message: no connection state, no promise to send it later.
    expect(await statusOf(admin).count()).toBe(0);
    expect(await main(admin).getByText('kept in this browser', { exact: false }).count()).toBe(0);
    await admin.waitForTimeout(3_000);
    expect(sockets).toBe(1);
    expect(await visionTextOf(staff)).not.toContain('xxxxxxxxxx');

    // The refused change was not kept for later either: after a reload the editor works again.
    await admin.reload();
    await visionEditorOf(admin).waitFor();
    await expect.poll(() => statusOf(admin).innerText(), POLL).toBe('Connected');
    const line = `After reloading ${Date.now()}`;
    await typeAtEnd(admin, line);
    await expect.poll(() => visionTextOf(staff), POLL).toContain(line);
    expect(await visionTextOf(admin)).not.toContain('xxxxxxxxxx');
  });
});
