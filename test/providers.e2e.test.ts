import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { expectNoSeriousAxeViolations } from './support/axe.js';
import { POLL } from './support/constants.js';
import { ARTIFACTS_DIR, test } from './support/e2e.js';
import { expectHeading, main } from './support/pages.js';
import { type Account, DEMO, graphqlFrom, signIn } from './support/session.js';

/** The demo technical-assistance provider's admin (server/src/modules/identity/demo-accounts.ts). */
const PROVIDER_ADMIN: Account = {
  email: 'admin@buckeye-learning.demo',
  password: 'demo-provider-admin',
  name: 'Nora Whitaker',
};
const PROVIDER = 'buckeye-learning-collaborative';
const CRITERION = 'Builds district capacity';
const EVIDENCE = 'Every coaching cycle ends with a district coach leading the next one on their own.';
const NOTE = 'Our two coaches now lead the grade 7 cycles alone.';

/** Axe and screenshots of the page at desktop and phone widths. */
async function checkWidths(page: Page, name: string): Promise<void> {
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: width > 400 ? 900 : 800 });
    await expectNoSeriousAxeViolations(page, `${name} at ${width}px`);
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

const criterionCard = (page: Page, section: RegExp | string) =>
  main(page)
    .getByRole('region', { name: section })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: CRITERION, exact: true }) });

describe('technical-assistance providers and the state’s criteria', () => {
  test(
    'a provider claims a criterion, its district assesses it, the state sees both; the public sees no assessment',
    { timeout: 180_000 },
    async ({ page, newPage, baseUrl }) => {
      await signIn(page, baseUrl, PROVIDER_ADMIN);
      await page.goto(`${baseUrl}/workspace/p/${PROVIDER}`);
      const claimCard = criterionCard(page, 'State criteria');
      await claimCard.getByRole('button', { name: `Claim ${CRITERION}` }).click();
      await claimCard.getByLabel('Evidence', { exact: true }).fill(EVIDENCE);
      await claimCard.getByLabel(/Link to more evidence/).fill('https://example.org/capacity');
      await claimCard.getByRole('button', { name: 'Claim this criterion' }).click();
      await expect
        .poll(() => main(page).getByRole('status').allInnerTexts(), POLL)
        .toContainEqual(expect.stringContaining(`You claim “${CRITERION}”`));
      await expect.poll(() => claimCard.innerText(), POLL).toContain(EVIDENCE);
      await checkWidths(page, 'provider-state-criteria');

      const district = await newPage();
      await signIn(district, baseUrl, DEMO.districtAdmin);
      await district.goto(`${baseUrl}/workspace/d/maple-ridge/partners/${PROVIDER}`);
      const assessCard = criterionCard(district, 'State provider criteria');
      await expect.poll(() => assessCard.innerText(), POLL).toContain(EVIDENCE);
      await assessCard.getByRole('radio', { name: 'Meets', exact: true }).check();
      await assessCard.getByLabel('Note', { exact: true }).fill(NOTE);
      await assessCard.getByRole('button', { name: `Save the assessment of ${CRITERION}` }).click();
      await expect
        .poll(() => main(district).getByRole('status').allInnerTexts(), POLL)
        .toContainEqual(expect.stringContaining(`Assessment of “${CRITERION}” saved.`));
      await expect
        .poll(() => assessCard.innerText(), POLL)
        .toContain(`Maple Ridge City School District: Meets`);
      await checkWidths(district, 'district-provider-assessment');

      const state = await newPage();
      await signIn(state, baseUrl, DEMO.stateAdmin);
      await state.goto(`${baseUrl}/workspace/s/oh/providers`);
      await expectHeading(state, 'Providers');
      const provider = main(state).getByRole('region', { name: /Buckeye Learning Collaborative/ });
      const stateCard = provider
        .getByRole('listitem')
        .filter({ has: state.getByRole('heading', { name: CRITERION, exact: true }) });
      await expect.poll(() => stateCard.innerText(), POLL).toContain(EVIDENCE);
      await expect
        .poll(() => stateCard.innerText(), POLL)
        .toContain(`Maple Ridge City School District: Meets`);
      await expect.poll(() => stateCard.innerText(), POLL).toContain(NOTE);
      await checkWidths(state, 'state-providers');

      // Signed out: the claim is public, no assessment is, on any page or through the API.
      const visitor = await newPage();
      await visitor.goto(`${baseUrl}/d/maple-ridge/partners/${PROVIDER}`);
      const met = main(visitor).getByRole('region', { name: 'State provider criteria it meets' });
      await expect.poll(() => met.innerText(), POLL).toContain(EVIDENCE);
      await checkWidths(visitor, 'public-provider');
      for (const pathname of [`/d/maple-ridge/partners/${PROVIDER}`, '/states/oh', '/d/maple-ridge']) {
        await visitor.goto(`${baseUrl}${pathname}`);
        await expect.poll(() => main(visitor).innerText(), POLL).not.toBe('');
        const text = await visitor.locator('body').innerText();
        expect(text).not.toContain(NOTE);
        expect(text).not.toContain('Partially meets');
      }
      const body = await graphqlFrom<{
        partnerOrganization: {
          providerCriteria: {
            criterion: { title: string };
            claim: { evidence: string } | null;
            assessments: unknown[];
          }[];
        };
      }>(
        visitor,
        baseUrl,
        `query ($slug: String!) { partnerOrganization(slug: $slug) {
          providerCriteria { criterion { title } claim { evidence } assessments { id note } } } }`,
        { slug: PROVIDER },
      );
      expect(body.errors).toBeUndefined();
      const standings = body.data!.partnerOrganization.providerCriteria;
      expect(standings.find((s) => s.criterion.title === CRITERION)?.claim?.evidence).toBe(EVIDENCE);
      expect(standings.flatMap((s) => s.assessments)).toEqual([]);
    },
  );
});
