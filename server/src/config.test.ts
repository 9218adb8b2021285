import { describe, expect, it } from 'vitest';
import { databaseFrom, loadConfig } from './config.js';

describe('configuration', () => {
  it('defaults to an SQLite file under the data directory', () => {
    expect(databaseFrom({}, '/srv/data')).toEqual({ dialect: 'sqlite', url: '/srv/data/partnerhub.sqlite' });
  });
  it('selects PostgreSQL from a postgres URL', () => {
    expect(databaseFrom({ DATABASE_URL: 'postgres://u@h/db' }, '/d').dialect).toBe('postgresql');
  });
  it('names the variable that is wrong', () => {
    expect(() => databaseFrom({ DATABASE_URL: 'mysql://x' }, '/d')).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT must be a whole number/);
  });
  it('reads the HTTP timeouts and refuses a request timeout shorter than the headers one', () => {
    expect(loadConfig({}).httpTimeouts).toEqual({ headersMs: 10_000, requestMs: 30_000 });
    expect(
      loadConfig({ HTTP_HEADERS_TIMEOUT_MS: '200', HTTP_REQUEST_TIMEOUT_MS: '400' }).httpTimeouts,
    ).toEqual({
      headersMs: 200,
      requestMs: 400,
    });
    expect(() => loadConfig({ HTTP_HEADERS_TIMEOUT_MS: '5000', HTTP_REQUEST_TIMEOUT_MS: '1000' })).toThrow(
      /HTTP_REQUEST_TIMEOUT_MS/,
    );
  });
});
