import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { expectNoSeriousAxeViolations } from './support/axe.js';
import { POLL } from './support/constants.js';
import { test } from './support/e2e.js';
import { expectHeading, main } from './support/pages.js';
import { DEMO, signIn } from './support/session.js';

const DISTRICT = 'maple-ridge';
const EVIDENCE = 'Multi-tiered system of supports handbook';

async function openReadiness(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/workspace/d/${DISTRICT}/readiness`);
  await expectHeading(page, 'Readiness');
  await main(page).getByTestId('readiness-summary').waitFor();
}

async function notice(page: Page, text: string): Promise<void> {
  await expect.poll(() => main(page).getByRole('status').first().innerText(), POLL).toContain(text);
}

describe('district readiness', () => {
  test('a district admin sets a condition and adds evidence; the public reads it once published', async ({
    page,
    newPage,
    baseUrl,
  }) => {
    await signIn(page, baseUrl, DEMO.districtAdmin);
    await openReadiness(page, baseUrl);
    // The demo district's readiness is public; take it back first so publishing is what shows it.
    await main(page).getByRole('button', { name: 'Withdraw from public view' }).click();
    await notice(page, 'Readiness withdrawn from public view.');

    const visitor = await newPage();
    await visitor.goto(`${baseUrl}/d/${DISTRICT}/readiness`);
    await expect.poll(() => main(visitor).innerText(), POLL).toContain('has not published its readiness');

    const card = main(page).getByTestId('condition-student_supports');
    await expect.poll(() => card.locator('summary').first().innerText(), POLL).toContain('Not started');
    await card.locator('summary').first().click();
    await card.getByLabel('Emerging').check();
    await card
      .getByLabel('Narrative')
      .fill('Intervention blocks run daily in grades 6-8; high schools follow in spring.');
    await card.getByRole('button', { name: 'Save student supports' }).click();
    await notice(page, 'Student supports: saved.');
    await expect.poll(() => card.locator('summary').first().innerText(), POLL).toContain('Emerging');

    await card.getByText('Add evidence', { exact: true }).click();
    await card.getByLabel('Kind').selectOption({ label: 'Document' });
    await card.getByLabel('Date', { exact: true }).fill('2026-10-05');
    await card.getByLabel('Title').fill(EVIDENCE);
    await card.getByLabel('Web address (optional)').fill('javascript:alert(1)');
    await card.getByRole('button', { name: 'Add the evidence' }).click();
    await expect.poll(() => card.innerText(), POLL).toContain('Enter a full web address');
    await card.getByLabel('Web address (optional)').fill('https://www.mapleridge.k12.oh.us/mtss');
    await card.getByRole('button', { name: 'Add the evidence' }).click();
    await notice(page, 'Evidence added.');
    await expect
      .poll(() => card.getByTestId('condition-evidence').allInnerTexts(), POLL)
      .toEqual([expect.stringContaining(EVIDENCE)]);

    await main(page).getByRole('button', { name: 'Publish readiness' }).click();
    await notice(page, 'Readiness published.');
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 });
      await expectNoSeriousAxeViolations(page, `workspace readiness at ${width}px`);
      await page.screenshot({
        path: path.join(os.tmpdir(), `readiness-workspace-${width}.png`),
        fullPage: true,
      });
    }

    for (const width of [1280, 375]) {
      await visitor.setViewportSize({ width, height: 900 });
      await visitor.goto(`${baseUrl}/d/${DISTRICT}/readiness`);
      await expectHeading(visitor, 'Readiness for scale');
      const supports = main(visitor).getByTestId('public-condition-student_supports');
      await expect.poll(() => supports.innerText(), POLL).toContain('Emerging');
      expect(await supports.innerText()).toContain(EVIDENCE);
      expect(await supports.innerText()).toContain('Intervention blocks run daily');
      // Who changed it is the district's business, not the public's.
      expect(await main(visitor).innerText()).not.toContain(DEMO.districtAdmin.name);
      await expectNoSeriousAxeViolations(visitor, `public readiness at ${width}px`);
      await visitor.screenshot({
        path: path.join(os.tmpdir(), `readiness-public-${width}.png`),
        fullPage: true,
      });
    }
    await expect
      .poll(() => visitor.getByRole('navigation', { name: /sections/ }).innerText(), POLL)
      .toContain('Readiness');
  });

  test('state staff read the district’s readiness without editing it', async ({ page, baseUrl }) => {
    await signIn(page, baseUrl, DEMO.stateReviewer);
    await openReadiness(page, baseUrl);
    const card = main(page).getByTestId('condition-curriculum');
    await card.locator('summary').first().click();
    await expect
      .poll(() => card.innerText(), POLL)
      .toContain('Board review of the competency-aligned curriculum');
    expect(
      await main(page)
        .getByRole('button', { name: /Save|Publish|Add the evidence/ })
        .count(),
    ).toBe(0);
    await expectNoSeriousAxeViolations(page, 'workspace readiness (state reviewer)');
  });
});
