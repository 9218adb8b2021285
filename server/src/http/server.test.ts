import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from '../app.js';
import { DEFAULT_GRAPHQL_LIMITS, identityFrom } from '../config.js';
import { silentLog } from '../test-support/graphql.js';

describe('HTTP server', () => {
  let app: RunningApp;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'partnerhub-http-'));
    const clientDist = path.join(dir, 'client');
    mkdirSync(path.join(clientDist, 'assets'), { recursive: true });
    writeFileSync(
      path.join(clientDist, 'index.html'),
      '<!doctype html><title>PartnerHub</title><div id="app"></div>',
    );
    writeFileSync(path.join(clientDist, 'assets', 'app.js'), 'console.log(1)');
    // What the client build writes beside a hashed asset (client/vite-precompress.ts).
    writeFileSync(path.join(clientDist, 'assets', 'app.js.br'), brotliCompressSync('console.log(1)'));
    writeFileSync(path.join(clientDist, 'assets', 'app.js.gz'), gzipSync('console.log(1)'));
    app = await startApp(
      {
        port: 0,
        host: '127.0.0.1',
        production: true,
        database: { dialect: 'sqlite', url: path.join(dir, 'db.sqlite') },
        clientDist,
        seedDemoData: true,
        logLevel: 'silent',
        graphql: DEFAULT_GRAPHQL_LIMITS,
        identity: identityFrom({}, 0),
      },
      silentLog,
    );
  });
  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

  it('answers health and readiness', async () => {
    expect(await (await fetch(`${app.url}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${app.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', redis: 'not configured' });
  });

  it('serves the seeded districts over GraphQL with a request id', async () => {
    const res = await post({
      query: '{ districts(first: 5) { totalCount edges { node { id name slug } } } }',
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBeTruthy();
    const body = (await res.json()) as {
      data: { districts: { totalCount: number; edges: { node: { slug: string } }[] } };
    };
    expect(body.data.districts.totalCount).toBe(2);
    expect(body.data.districts.edges.map((e) => e.node.slug).sort()).toEqual(['cedar-valley', 'maple-ridge']);
  });

  it('blocks cross-site simple GET requests (CSRF prevention) but allows them with a preflight header', async () => {
    const query = encodeURIComponent('{ districts { totalCount } }');
    const blocked = await fetch(`${app.url}/graphql?query=${query}`);
    expect(blocked.status).toBe(400);
    const allowed = await fetch(`${app.url}/graphql?query=${query}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(allowed.status).toBe(200);
  });

  it('rejects oversized and malformed bodies with a clear error', async () => {
    const big = await post({ query: `{ districts { totalCount } } # ${'x'.repeat(300_000)}` });
    expect(big.status).toBe(413);
    const bad = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{nope',
    });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain('not valid JSON');
  });

  it('sends the compressed copies of assets, cached for a year, and pages revalidated each time', async () => {
    const asset = async (encoding: string) => {
      // node:http rather than fetch, which decodes the body and hides what was sent.
      return new Promise<{ encoding?: string; cache?: string; vary?: string }>((resolve, reject) => {
        request(`${app.url}/assets/app.js`, { headers: { 'accept-encoding': encoding } }, (res) => {
          res.resume();
          resolve({
            encoding: res.headers['content-encoding'],
            cache: res.headers['cache-control'],
            vary: res.headers.vary,
          });
        })
          .on('error', reject)
          .end();
      });
    };
    expect(await asset('gzip, deflate, br')).toMatchObject({
      encoding: 'br',
      cache: 'public, max-age=31536000, immutable',
      vary: 'Accept-Encoding',
    });
    expect(await asset('gzip')).toMatchObject({ encoding: 'gzip' });
    expect(await asset('identity')).toMatchObject({ encoding: undefined });
    const page = await fetch(`${app.url}/d/somewhere/opportunities`);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('etag')).toBeTruthy();
  });

  it('serves the client with an SPA fallback and security headers', async () => {
    const deep = await fetch(`${app.url}/d/maple-ridge/opportunities`);
    expect(deep.status).toBe(200);
    expect(await deep.text()).toContain('<div id="app">');
    expect(deep.headers.get('x-content-type-options')).toBe('nosniff');
    const asset = await fetch(`${app.url}/assets/app.js`);
    expect(await asset.text()).toBe('console.log(1)');
  });

  it('exposes Prometheus metrics, including SQL statements sent', async () => {
    const text = await (await fetch(`${app.url}/metrics`)).text();
    expect(text).toMatch(/partnerhub_sql_statements_total \d+/);
  });
});
