import path from 'node:path';
import { describe, expect } from 'vitest';
import { expectNoSeriousAxeViolations } from './support/axe.js';
import { ARTIFACTS_DIR, test } from './support/e2e.js';
import { expectHeading, main } from './support/pages.js';
import { ensureStateAgency } from './support/state-agency.js';

const AGENCY = {
  state: 'OH',
  name: 'Ohio Department of Education and Workforce',
  website: 'https://education.ohio.gov',
};

describe('the public state page', () => {
  test('lists the state’s districts with their stage, linked to their public pages', async ({
    page,
    api,
    baseUrl,
    dataDir,
  }) => {
    await ensureStateAgency(dataDir, AGENCY, [
      { title: 'Evidence of effectiveness', description: 'Services backed by ESSA evidence tiers 1 to 3.' },
      { title: 'Knows the district’s conditions' },
    ]);
    const { stateAgency } = await api.query<{
      stateAgency: { name: string; districts: { nodes: { name: string; slug: string }[] } };
    }>('query { stateAgency(state: "OH") { name districts(first: 100) { nodes { name slug } } } }');
    expect(stateAgency.districts.nodes.length).toBeGreaterThan(0);
    const first = stateAgency.districts.nodes[0]!;

    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: width > 400 ? 900 : 800 });
      await page.goto(`${baseUrl}/states/oh`);
      await expectHeading(page, stateAgency.name);
      const criteria = main(page)
        .getByRole('region', { name: /Criteria for choosing/ })
        .getByRole('listitem');
      // The demo data publishes criteria of its own first; the ones added here follow, in order.
      await expect
        .poll(async () => (await criteria.allInnerTexts()).slice(-2))
        .toEqual([expect.stringContaining('Evidence of effectiveness'), 'Knows the district’s conditions']);
      const items = main(page).getByRole('region', { name: 'Districts' }).getByRole('listitem');
      await expect.poll(() => items.count()).toBe(stateAgency.districts.nodes.length);
      await expect.poll(() => items.first().textContent()).toContain('Not applied');
      await expectNoSeriousAxeViolations(page, `state page at ${width}px`);
      await page.screenshot({ path: path.join(ARTIFACTS_DIR, `state-page-${width}.png`), fullPage: true });
    }

    await main(page).getByRole('link', { name: first.name, exact: true }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/d/${first.slug}`);
    await expectHeading(page, first.name);
  });

  test('an unknown state or one without an agency shows “Page not found”', async ({ page, baseUrl }) => {
    for (const state of ['zz', 'wy']) {
      await page.goto(`${baseUrl}/states/${state}`);
      await expectHeading(page, 'Page not found');
    }
  });
});
