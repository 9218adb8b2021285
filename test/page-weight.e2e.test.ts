import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { test } from './support/e2e.js';

const SLUG = 'maple-ridge';
// What a visitor's phone downloads before a public page works (compressed).
const PUBLIC_JS_BUDGET_BYTES = 100 * 1024;

/** Loads `url` in a fresh page and adds up the compressed bytes of every script it fetched. */
async function scriptsOf(page: Page, url: string): Promise<{ bytes: number; uncompressed: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const scripts = new Map<string, string>();
  let bytes = 0;
  // Scripts of over 1 KB sent as they are (the build compresses those).
  let uncompressed = 0;
  cdp.on('Network.responseReceived', ({ requestId, type, response }) => {
    if (type !== 'Script') return;
    // Header names as the server wrote them.
    const encoding = Object.entries(response.headers).find(
      ([name]) => name.toLowerCase() === 'content-encoding',
    );
    scripts.set(requestId, String(encoding?.[1] ?? 'none'));
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const encoding = scripts.get(requestId);
    if (encoding === undefined) return;
    bytes += encodedDataLength;
    if (encoding === 'none' && encodedDataLength > 1024) uncompressed++;
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  return { bytes, uncompressed };
}

describe('public pages', () => {
  test.for([
    ['home', '/'],
    ['district', `/d/${SLUG}`],
    ['opportunity search', `/d/${SLUG}/opportunities`],
    ['partner directory', `/d/${SLUG}/partners`],
    ['flexibility', `/d/${SLUG}/flexibility`],
  ])('%s: its scripts arrive compressed and under 100 KB', async ([, path], { page, baseUrl }) => {
    const { bytes, uncompressed } = await scriptsOf(page, `${baseUrl}${path}`);
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThan(PUBLIC_JS_BUDGET_BYTES);
    // Chromium asks for Brotli over HTTPS only; over plain HTTP it gets the gzip copies.
    expect(uncompressed).toBe(0);
  });
});
