import { describe, expect } from 'vitest';
import { expectNoSeriousAxeViolations } from './support/axe.js';
import { POLL } from './support/constants.js';
import { test } from './support/e2e.js';
import { main } from './support/pages.js';
import { DEMO, graphqlFrom, signIn } from './support/session.js';

const SLUG = 'maple-ridge';

describe('listings that publishing would hold back', () => {
  test('show why on their row and in the "something to fix" filter, before anyone publishes', async ({
    page,
    baseUrl,
  }) => {
    await signIn(page, baseUrl, DEMO.districtAdmin);
    const preview = await graphqlFrom<{
      district: { opportunityDraft: { publishPreview: { heldBack: { title: string; reason: string }[] } } };
    }>(
      page,
      baseUrl,
      'query ($slug: String!) { district(slug: $slug) { opportunityDraft { publishPreview { heldBack { title reason } } } } }',
      { slug: SLUG },
    );
    const heldBack = preview.data!.district.opportunityDraft.publishPreview.heldBack;
    // The demo has partners with a paused partnership or expired vetting, whose listings are in the draft.
    expect(heldBack.length).toBeGreaterThan(0);

    await page.goto(`${baseUrl}/workspace/d/${SLUG}/opportunities`);
    const rows = main(page).locator('.listing-row');
    await expect.poll(() => rows.count(), POLL).toBeGreaterThan(heldBack.length);
    const marked = main(page).locator('.listing-row', { hasText: 'Will be held back:' });
    await expect.poll(() => marked.count(), POLL).toBe(heldBack.length);
    for (const { title, reason } of heldBack) {
      const row = marked
        .filter({
          has: page.getByRole('button', {
            name: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
          }),
        })
        .first();
      expect(await row.innerText()).toContain(`Will be held back: ${reason}`);
    }

    await main(page).getByLabel('Only listings with something to fix', { exact: true }).check();
    await expect.poll(() => rows.count(), POLL).toBe(heldBack.length);
    expect(await main(page).locator('.listing-row', { hasText: 'Ready' }).count()).toBe(0);
    await expectNoSeriousAxeViolations(page, 'list editor with held-back listings');
  });
});
