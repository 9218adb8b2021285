import { describe, expect } from 'vitest';
import { expectNoSeriousAxeViolations } from './support/axe.js';
import { POLL } from './support/constants.js';
import { test } from './support/e2e.js';
import { expectHeading, main } from './support/pages.js';
import { DEMO, signIn } from './support/session.js';

const SLUG = 'maple-ridge';
const WHO_ADOPTS = 'Only a district admin can adopt a version';

describe('the demo district vision', () => {
  test('a visitor reads Maple Ridge’s adopted vision; staff are told who adopts', async ({
    page,
    newPage,
    baseUrl,
  }) => {
    await page.goto(`${baseUrl}/d/${SLUG}`);
    await main(page).getByRole('link', { name: 'Our vision', exact: true }).click();
    await expectHeading(page, 'Our vision');
    const text = main(page).locator('article');
    await expect
      .poll(() => text.innerText(), POLL)
      .toContain('Every Maple Ridge graduate leaves ready for what comes next');
    expect(await text.innerText()).toContain('Learning outside the classroom counts');
    expect(await main(page).getByText('has not adopted a vision yet', { exact: false }).count()).toBe(0);
    await main(page).getByText('(Resolution 2026-17)', { exact: false }).waitFor();
    await expectNoSeriousAxeViolations(page, 'public vision');
    await page.screenshot({ path: 'artifacts/demo-vision-1280.png', fullPage: true });
    await page.setViewportSize({ width: 375, height: 800 });
    await page.screenshot({ path: 'artifacts/demo-vision-375.png', fullPage: true });
    // The vision itself fits a phone: no line of it reaches past the screen's edge.
    const right = await text.evaluate((el) => {
      let max = el.getBoundingClientRect().right;
      el.querySelectorAll('*').forEach((child) => (max = Math.max(max, child.getBoundingClientRect().right)));
      return max;
    });
    expect(right).toBeLessThanOrEqual(375);

    const staff = await newPage();
    await signIn(staff, baseUrl, DEMO.districtStaff);
    await staff.goto(`${baseUrl}/workspace/d/${SLUG}/vision`);
    await main(staff).getByText(WHO_ADOPTS, { exact: false }).waitFor();
    expect(
      await main(staff)
        .getByRole('button', { name: /^Adopt… / })
        .count(),
    ).toBe(0);
    await expectNoSeriousAxeViolations(staff, 'vision workspace (staff)');

    const admin = await newPage();
    await signIn(admin, baseUrl, DEMO.districtAdmin);
    await admin.goto(`${baseUrl}/workspace/d/${SLUG}/vision`);
    await main(admin).getByRole('button', { name: 'Adopt… “Portrait of a Graduate 2030”' }).waitFor();
    expect(await main(admin).getByText(WHO_ADOPTS, { exact: false }).count()).toBe(0);
  });
});
