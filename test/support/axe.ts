import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Runs axe (WCAG 2.0/2.1 A and AA) on the page as it is now and fails on serious or critical violations. */
export async function expectNoSeriousAxeViolations(page: Page, name: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary =
    results.violations.map((v) => `${v.id}[${v.impact}]×${v.nodes.length}`).join(', ') || 'none';
  console.log(`axe ${name} (${new URL(page.url()).pathname}): ${summary}`);
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const details = blocking
    .map(
      (v) =>
        `- ${v.id} [${v.impact}] ${v.help}\n${v.nodes.map((n) => `    at ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`).join('\n')}`,
    )
    .join('\n');
  expect(
    blocking.map((v) => `${v.id} [${v.impact}]`),
    `serious or critical axe violations on the ${name} page:\n${details}\n`,
  ).toEqual([]);
}
