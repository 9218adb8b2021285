import type { Page } from 'playwright-core';
import { SUBGROUP_LABEL, SUBGROUP_PARTITIONS, type Subgroup } from '@partnerhub/shared';
import { describe, expect } from 'vitest';
import { expectNoSeriousAxeViolations } from './support/axe.js';
import { POLL } from './support/constants.js';
import { test } from './support/e2e.js';
import { expectHeading, main } from './support/pages.js';
import { DEMO, graphqlFrom, signIn } from './support/session.js';

const DISTRICT = 'maple-ridge';

interface Cell {
  schoolYear: number;
  schoolNcesId: string | null;
  subgroup: Subgroup;
  value: number | null;
  n: number | null;
  suppression: 'NONE' | 'SUPPRESSED';
}
interface EvaluationData {
  district: {
    flexibilityApplication: { period: { firstSchoolYear: number } } | null;
    evaluation: {
      published: boolean;
      minimumN: number;
      indicators: {
        indicator: {
          id: string;
          code: string;
          name: string;
          unit: string;
          category: string;
          subgroups: Subgroup[];
        };
        values: Cell[];
      }[];
    } | null;
  } | null;
}

const QUERY = `query ($slug: String!) {
  district(slug: $slug) {
    flexibilityApplication { period { firstSchoolYear } }
    evaluation {
      published
      minimumN
      indicators {
        indicator { id code name unit category subgroups }
        values { schoolYear schoolNcesId subgroup value n suppression }
      }
    }
  }
}`;

/** Posts the query from inside the page (its own fetch, its own cookies) and returns the raw body too. */
async function fetchFromPage(page: Page): Promise<{ text: string; data: EvaluationData }> {
  const text = await page.evaluate(
    async ({ query, slug }) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables: { slug } }),
      });
      return response.text();
    },
    { query: QUERY, slug: DISTRICT },
  );
  const body = JSON.parse(text) as { data: EvaluationData; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return { text, data: body.data };
}

async function navTo(page: Page, label: string): Promise<void> {
  await main(page).getByRole('navigation').getByRole('link', { name: label, exact: true }).click();
}

async function lookAt(page: Page, name: string): Promise<void> {
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await expectNoSeriousAxeViolations(page, `${name} at ${width} px`);
    await page.screenshot({ path: `/tmp/evaluation-${name}-${width}.png`, fullPage: true });
    await page.screenshot({ path: `/tmp/evaluation-${name}-${width}-top.png` });
    const article = main(page).getByRole('article').first();
    if (await article.isVisible())
      await article.screenshot({ path: `/tmp/evaluation-${name}-${width}-indicator.png` });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('evaluation', () => {
  test('a district admin enters Year 1 values with a small subgroup and publishes; the public never sees the small cell nor the one that would reveal it', async ({
    page,
    newPage,
    baseUrl,
  }) => {
    await signIn(page, baseUrl, DEMO.districtAdmin);
    const before = await graphqlFrom<EvaluationData>(page, baseUrl, QUERY, { slug: DISTRICT });
    const district = before.data!.district!;
    const evaluation = district.evaluation!;
    // A culture indicator in percent without values yet, reported by every race group.
    const race = SUBGROUP_PARTITIONS.RACE_ETHNICITY!;
    const chosen = evaluation.indicators.find(
      (i) =>
        i.indicator.category === 'CULTURE' &&
        ['RATE', 'PERCENT'].includes(i.indicator.unit) &&
        i.values.length === 0 &&
        race.every((s) => i.indicator.subgroups.includes(s)),
    );
    if (!chosen) throw new Error('no culture indicator in percent without values');
    const indicator = chosen.indicator;
    const seededYears = evaluation.indicators.flatMap((i) => i.values.map((v) => v.schoolYear));
    const year = district.flexibilityApplication?.period.firstSchoolYear ?? Math.max(...seededYears);
    const small = Math.min(evaluation.minimumN - 1, 6);
    // Race groups: one below the minimum n, the others well above; they add up to all students.
    const entered: Partial<Record<Subgroup, { value: string; n: number }>> = {
      ALL_STUDENTS: { value: '84.6', n: 640 },
      ASIAN: { value: '71.3', n: small },
      HISPANIC_OR_LATINO: { value: '79.9', n: 217 },
      WHITE: { value: '88.2', n: 423 - small },
    };

    await navTo(page, 'Evaluation');
    await expectHeading(page, 'Evaluation');
    await main(page).getByRole('button', { name: 'Enter values by form', exact: true }).click();
    await page.getByLabel('Indicator', { exact: true }).selectOption({ label: indicator.name });
    await page.getByLabel('School year (first calendar year)').fill(String(year));
    await page.getByLabel('Source of every row').fill('Student information system');
    for (const [subgroup, cell] of Object.entries(entered)) {
      const name = SUBGROUP_LABEL[subgroup as Subgroup];
      await page.getByLabel(`Value, ${name}`, { exact: true }).fill(cell.value);
      await page.getByLabel(`n, ${name}`, { exact: true }).fill(String(cell.n));
    }
    await page.getByRole('button', { name: 'Save values', exact: true }).click();
    await main(page).getByText('4 values saved.').waitFor();

    // A target linked to the first objective of the plan.
    await main(page).getByRole('button', { name: 'Set a target', exact: true }).click();
    const targetForm = main(page).locator('form.target-form');
    await targetForm.getByLabel('Indicator', { exact: true }).selectOption({ label: indicator.name });
    await targetForm.getByLabel('School year of the target (first calendar year)').fill(String(year));
    await targetForm.getByLabel('Target value', { exact: true }).fill('90');
    const objective = targetForm.getByRole('checkbox').first();
    const objectiveTitle = (await targetForm.locator('label.checkbox').first().innerText()).trim();
    await objective.check();
    await targetForm.getByRole('button', { name: 'Save target', exact: true }).click();
    await main(page).getByText('Target saved.').waitFor();
    await main(page)
      .getByRole('article', { name: indicator.name })
      .getByRole('link', { name: objectiveTitle, exact: true })
      .waitFor();

    // Publish (the demo summary may be published already: withdraw it first, then publish again).
    const unpublish = main(page).getByRole('button', { name: 'Unpublish the summary' });
    if (await unpublish.isVisible()) {
      await unpublish.click();
      await main(page).getByText('The evaluation summary is no longer public.').waitFor();
    }
    await main(page).getByRole('button', { name: 'Publish the summary', exact: true }).click();
    await main(page).getByText('The evaluation summary is published.').waitFor();
    // The editor sees the small cell as entered.
    const article = main(page).getByRole('article', { name: indicator.name });
    await expect
      .poll(() => article.locator('tr[data-subgroup="ASIAN"]').innerText(), POLL)
      .toContain('71.3%');
    await lookAt(page, 'workspace');

    // The objective shows the target as its evidence, with the latest value.
    await main(page)
      .getByRole('article', { name: indicator.name })
      .getByRole('link', { name: objectiveTitle, exact: true })
      .click();
    const evidence = main(page).getByRole('region', { name: 'Evidence', exact: true });
    await expect
      .poll(() => evidence.innerText(), POLL)
      .toContain(`${indicator.name}, All students: target 90%`);
    expect(await evidence.innerText()).toContain('Latest: 84.6%');

    // Signed out: what the public gets.
    const visitor = await newPage();
    await visitor.goto(`${baseUrl}/d/${DISTRICT}/evaluation`);
    await expectHeading(visitor, 'Evaluation summary');
    const publicData = await fetchFromPage(visitor);
    const publicCells = publicData.data
      .district!.evaluation!.indicators.find((i) => i.indicator.id === indicator.id)!
      .values.filter((c) => c.schoolYear === year && !c.schoolNcesId);
    const withheld = publicCells.filter((c) => c.suppression === 'SUPPRESSED').map((c) => c.subgroup);
    // The small cell, and at least one more race group so it cannot be worked out from all students.
    expect(withheld).toContain('ASIAN');
    expect(withheld.filter((s) => race.includes(s)).length).toBeGreaterThanOrEqual(2);
    const hidden = withheld.map((s) => entered[s]!);
    for (const c of publicCells.filter((x) => x.suppression === 'SUPPRESSED')) {
      expect(c.value).toBeNull();
      expect(c.n).toBeNull();
    }
    for (const h of hidden) expect(publicData.text).not.toContain(h.value);

    // The page: gaps with the note, never the withheld values.
    const publicArticle = main(visitor).getByRole('article', { name: indicator.name });
    for (const s of withheld) {
      const cell = publicArticle.locator(`tr[data-subgroup="${s}"] td[data-year="${year}"]`);
      await expect.poll(() => cell.innerText(), POLL).toContain('Not shown');
    }
    await expect
      .poll(() => publicArticle.innerText(), POLL)
      .toContain(
        `Fewer than ${publicData.data.district!.evaluation!.minimumN} students: not shown to protect privacy`,
      );
    const pageText = await main(visitor).innerText();
    const articleText = await publicArticle.innerText();
    for (const h of hidden) {
      expect(pageText).not.toContain(`${h.value}%`);
      expect(articleText).not.toMatch(new RegExp(`n = ${h.n}(?![\\d,])`));
    }
    // The values the public may see are there.
    expect(pageText).toContain('84.6%');

    // The CSV export, through the page's own link.
    const href = await main(visitor).getByRole('link', { name: 'Download CSV' }).getAttribute('href');
    expect(href).toBe(`/exports/districts/${DISTRICT}/evaluation.csv`);
    const csv = await visitor.evaluate(async (url) => (await fetch(url)).text(), href!);
    for (const h of hidden) expect(csv).not.toContain(h.value);
    const header = csv.split(/\r?\n/)[0]!.split(',');
    const rows = csv
      .split(/\r?\n/)
      .slice(1)
      .map((line) => line.split(','))
      .filter((r) => r[header.indexOf('indicator_code')] === indicator.code);
    for (const s of withheld) {
      const row = rows.find(
        (r) => r[header.indexOf('subgroup')] === s && r[header.indexOf('school_year')] === String(year),
      );
      expect(row, `CSV row of ${s}`).toBeDefined();
      expect(row![header.indexOf('value')]).toBe('');
      expect(row![header.indexOf('n')]).toBe('');
      expect(row![header.indexOf('suppression')]).toBe('SUPPRESSED');
    }
    await lookAt(visitor, 'public');
  });

  test('state staff see every district against its targets, suppressed the same way', async ({
    page,
    baseUrl,
  }) => {
    await signIn(page, baseUrl, DEMO.stateReviewer);
    await navTo(page, 'Evaluation');
    await expectHeading(page, 'Evaluation across districts');
    const read = await graphqlFrom<EvaluationData>(page, baseUrl, QUERY, { slug: DISTRICT });
    const cells = read.data!.district!.evaluation!.indicators.flatMap((i) => i.values);
    const year = Math.max(...cells.map((c) => c.schoolYear));
    await main(page).getByLabel('School year', { exact: true }).selectOption(String(year));
    const table = main(page).getByRole('table');
    const row = table.getByRole('row').filter({ hasText: 'Maple Ridge' });
    await row.waitFor();
    // The all-students values the district entered are there; no cell shows more than the API gives.
    const shown = cells.filter(
      (c) => c.schoolYear === year && c.subgroup === 'ALL_STUDENTS' && !c.schoolNcesId,
    );
    const text = await row.innerText();
    for (const c of shown) if (c.value !== null) expect(text).toContain(String(c.value));
    await lookAt(page, 'state');
  });
});
