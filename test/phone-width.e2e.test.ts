import { describe, expect } from 'vitest';
import { test } from './support/e2e.js';

const SLUG = 'maple-ridge';

describe('public pages on a phone (375 px)', () => {
  test.for([
    ['district', `/d/${SLUG}`],
    ['opportunity search', `/d/${SLUG}/opportunities`],
    ['partner directory', `/d/${SLUG}/partners`],
    ['vision', `/d/${SLUG}/vision`],
    ['flexibility', `/d/${SLUG}/flexibility`],
  ])('%s: nothing is wider than the screen', async ([, path], { page, baseUrl }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
    // The district's tabs scroll within their bar instead.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
});
