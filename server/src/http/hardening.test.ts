import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from '../test-support/app.js';

describe('HTTP hardening', () => {
  let dev: TestApp;
  let prod: TestApp;
  beforeAll(async () => {
    dev = await startTestApp('sqlite', { CORS_ORIGINS: 'https://partner-crm.example.com' });
    prod = await startTestApp('sqlite', { NODE_ENV: 'production' });
  });
  afterAll(async () => {
    await dev?.close();
    await prod?.close();
  });

  it('lets allow-listed origins call with credentials and refuses other preflights', async () => {
    const preflight = (origin: string) =>
      fetch(`${dev.app.url}/graphql`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      });
    const allowed = await preflight('https://partner-crm.example.com');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://partner-crm.example.com');
    expect(allowed.headers.get('access-control-allow-credentials')).toBe('true');
    const refused = await preflight('https://evil.example.net');
    expect(refused.status).toBe(403);
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    const { res } = await dev.gql('{ viewer { kind } }', {}, { origin: 'https://evil.example.net' });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('sends security headers, and HSTS only behind HTTPS', async () => {
    const res = await fetch(`${dev.app.url}/healthz`);
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('strict-transport-security')).toBeNull();
  });

  it('has the development mailbox only outside production', async () => {
    await dev.gql(
      'mutation { requestPasswordReset(input: { email: "nobody@example.org" }) { userErrors { code } } }',
    );
    const page = await fetch(`${dev.app.url}/dev/mail`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Development mailbox');
    expect((await fetch(`${prod.app.url}/dev/mail`)).status).toBe(404);
  });

  it('never shows a stack trace, and rejects batched requests', async () => {
    const res = await fetch(`${prod.app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ viewer { kind } }' }, { query: '{ viewer { kind } }' }]),
    });
    expect(res.status).toBe(400);
    const { body } = await prod.gql('{ nope }');
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|at .*\.js:\d+/);
  });
});
