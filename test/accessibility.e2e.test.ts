import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import type { Api } from './support/api.js';
import { POLL } from './support/constants.js';
import { test } from './support/e2e.js';
import { announcedCount, expectHeading, main } from './support/pages.js';

const SLUG = 'maple-ridge';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface PublicPage {
  name: string;
  /** Finds the path to visit and the h1 it must show (null: any single h1). */
  locate(api: Api): Promise<{ path: string; h1: string | null }>;
  /** Waits until the page's data has loaded (and brings it into the state to check). */
  ready?(page: Page): Promise<void>;
  /** A phone-sized viewport instead of the desktop one. */
  narrow?: boolean;
}

async function listReady(page: Page): Promise<void> {
  await expect.poll(() => announcedCount(page), POLL).toBeGreaterThan(0);
  await main(page).getByRole('article').first().waitFor();
}

async function listing(api: Api, closed: boolean) {
  const found = (await api.allOpportunities(SLUG, { openOnly: false })).find((o) => o.isClosed === closed);
  if (!found) throw new Error(`The demo data of ${SLUG} has no ${closed ? 'closed' : 'open'} listing.`);
  return found;
}

const PAGES: PublicPage[] = [
  {
    name: 'home',
    locate: async () => ({ path: '/', h1: null }),
    ready: async (page) =>
      main(page).getByRole('link', { name: 'Maple Ridge City School District', exact: true }).waitFor(),
  },
  {
    name: 'district',
    locate: async (api) => ({
      path: `/d/${SLUG}`,
      h1: (await api.districts()).find((d) => d.slug === SLUG)!.name,
    }),
    ready: async (page) =>
      main(page).getByRole('link', { name: 'Browse all opportunities', exact: true }).waitFor(),
  },
  {
    name: 'opportunities list',
    locate: async () => ({ path: `/d/${SLUG}/opportunities`, h1: 'Opportunities' }),
    ready: listReady,
  },
  {
    name: 'opportunities list on a phone',
    locate: async () => ({ path: `/d/${SLUG}/opportunities`, h1: 'Opportunities' }),
    ready: listReady,
    narrow: true,
  },
  {
    name: 'opportunities list with no results',
    locate: async () => ({ path: `/d/${SLUG}/opportunities`, h1: 'Opportunities' }),
    ready: async (page) => {
      await listReady(page);
      // Each choice lands in the URL query before the next one is made. Types show their counts
      // ("Mentorship (5)"), so the type is chosen by its value.
      for (const [label, option] of [
        ['Type', { value: 'MENTORSHIP' }],
        ['Grade', 'Grade 6'],
        ['Pay', 'Paid or stipend'],
      ] as const) {
        const before = new URL(page.url()).search;
        await page
          .getByLabel(label, { exact: true })
          .selectOption(typeof option === 'string' ? { label: option } : option);
        await page.waitForURL((url) => url.search !== before);
      }
      await main(page).getByText('No opportunities match your search.', { exact: true }).waitFor();
    },
  },
  {
    name: 'opportunity detail',
    locate: async (api) => {
      const o = await listing(api, false);
      return { path: `/d/${SLUG}/opportunities/${o.listingId}`, h1: o.title };
    },
  },
  {
    name: 'closed opportunity detail',
    locate: async (api) => {
      const o = await listing(api, true);
      return { path: `/d/${SLUG}/opportunities/${o.listingId}`, h1: o.title };
    },
    ready: async (page) => main(page).getByText('Closed', { exact: true }).first().waitFor(),
  },
  {
    name: 'partners list',
    locate: async () => ({ path: `/d/${SLUG}/partners`, h1: 'Partners' }),
    ready: async (page) => main(page).getByRole('article').first().waitFor(),
  },
  {
    name: 'partner',
    locate: async (api) => {
      const partner =
        (await api.partners(SLUG)).find((p) => p.slug === 'mercy-regional-health') ??
        (await api.partners(SLUG))[0]!;
      return { path: `/d/${SLUG}/partners/${partner.slug}`, h1: partner.name };
    },
    ready: async (page) => main(page).getByRole('link').first().waitFor(),
  },
  {
    name: 'readiness',
    locate: async () => ({ path: `/d/${SLUG}/readiness`, h1: 'Readiness for scale' }),
    ready: async (page) => main(page).getByTestId('readiness-summary').waitFor(),
  },
  {
    name: 'not found',
    locate: async () => ({ path: '/no/such/page', h1: 'Page not found' }),
  },
];

function describeViolations(violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']): string {
  return violations
    .map(
      (v) =>
        `- ${v.id} [${v.impact}] ${v.help} (${v.helpUrl})\n${v.nodes.map((n) => `    at ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`).join('\n')}`,
    )
    .join('\n');
}

describe('accessibility and page structure', () => {
  test.for(PAGES)(
    '$name page: landmarks, skip link, one h1, title, and no serious axe violations',
    async ({ name, locate, ready, narrow }, { page, baseUrl, api }) => {
      const { path, h1 } = await locate(api);
      if (narrow) await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`${baseUrl}${path}`);
      if (h1) {
        await expectHeading(page, h1);
      } else {
        await expect.poll(() => page.getByRole('heading', { level: 1 }).count(), POLL).toBe(1);
      }

      // The skip link is the first thing a keyboard reaches, and it targets <main>.
      const skip = page.getByRole('link', { name: 'Skip to main content', exact: true });
      expect(await skip.count(), 'skip link').toBe(1);
      expect(await skip.getAttribute('href')).toBe('#main');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(
        'Skip to main content',
      );

      await ready?.(page);

      // Structure every page shares.
      expect(await page.getByRole('heading', { level: 1 }).count(), 'h1 elements').toBe(1);
      expect(await page.locator('main#main').count(), '<main id="main">').toBe(1);
      const home = page.getByRole('banner').getByRole('link', { name: 'PartnerHub', exact: true });
      expect(await home.count(), 'header link "PartnerHub"').toBe(1);
      expect(new URL((await home.getAttribute('href'))!, baseUrl).pathname).toBe('/');
      const title = await page.title();
      expect(title.trim(), 'document.title').not.toBe('');
      if (h1) expect(title, 'document.title names the page').toContain(h1);

      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      const summary =
        results.violations.map((v) => `${v.id}[${v.impact}]×${v.nodes.length}`).join(', ') || 'none';
      console.log(`axe ${name} (${path}): ${summary}`);
      const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(
        blocking.map((v) => `${v.id} [${v.impact}]`),
        `serious or critical axe violations on the ${name} page (${path}):\n${describeViolations(blocking)}\n`,
      ).toEqual([]);
    },
  );
});
