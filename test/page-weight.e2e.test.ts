import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { test } from './support/e2e.js';

const SLUG = 'maple-ridge';
// What a visitor's phone downloads before a public page works (compressed).
const PUBLIC_JS_BUDGET_BYTES = 100 * 1024;

/**
 * Loads `url` in a fresh page and adds up the compressed bytes of every script it fetched; counts
 * the scripts of over 1 KB that came uncompressed (the build compresses those).
 */
async function scriptsOf(page: Page, url: string): Promise<{ bytes: number; uncompressed: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const scripts = new Set<string>();
  let bytes = 0;
  let uncompressed = 0;
  cdp.on('Network.responseReceived', ({ requestId, type, response }) => {
    if (type !== 'Script') return;
    scripts.add(requestId);
    // Header names as the server wrote them.
    const header = (name: string) =>
      Object.entries(response.headers).find(([key]) => key.toLowerCase() === name)?.[1];
    if (!header('content-encoding') && Number(header('content-length')) > 1024) uncompressed++;
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    if (scripts.has(requestId)) bytes += encodedDataLength;
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
