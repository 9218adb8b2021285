import { describe, expect, it } from 'vitest';
import { databaseFrom, loadConfig } from './config.js';

describe('configuration', () => {
  it('defaults to an SQLite file under the data directory', () => {
    expect(databaseFrom({}, '/srv/data')).toEqual({
      dialect: 'sqlite',
      url: '/srv/data/partnerhub.sqlite',
      sqliteSynchronous: 'normal',
    });
  });
  it('lets SQLite wait for the disk on every commit when asked', () => {
    expect(databaseFrom({ SQLITE_SYNCHRONOUS: 'FULL' }, '/d').sqliteSynchronous).toBe('full');
    expect(() => databaseFrom({ SQLITE_SYNCHRONOUS: 'off' }, '/d')).toThrow(
      /SQLITE_SYNCHRONOUS must be normal or full/,
    );
  });
  it('selects PostgreSQL from a postgres URL', () => {
    expect(databaseFrom({ DATABASE_URL: 'postgres://u@h/db' }, '/d').dialect).toBe('postgresql');
  });
  it('opens four PostgreSQL connections unless DATABASE_POOL_MAX says otherwise, and never fewer than two', () => {
    const pg = (env: Record<string, string>) =>
      databaseFrom({ DATABASE_URL: 'postgres://u@h/db', ...env }, '/d');
    expect(pg({}).poolMax).toBe(4);
    expect(pg({ DATABASE_POOL_MAX: '12' }).poolMax).toBe(12);
    expect(() => pg({ DATABASE_POOL_MAX: '1' })).toThrow(/DATABASE_POOL_MAX must be at least 2, got 1/);
    expect(() => pg({ DATABASE_POOL_MAX: 'many' })).toThrow(/DATABASE_POOL_MAX must be a whole number/);
  });
  it('reads the collaboration caps per IP and per document, with defaults', () => {
    expect(loadConfig({}).collab).toMatchObject({ maxConnectionsPerIp: 500, maxConnectionsPerDoc: 500 });
    const env = { COLLAB_MAX_CONNECTIONS_PER_IP: '20', COLLAB_MAX_CONNECTIONS_PER_DOCUMENT: '7' };
    expect(loadConfig(env).collab).toMatchObject({ maxConnectionsPerIp: 20, maxConnectionsPerDoc: 7 });
  });
  it('names the variable that is wrong', () => {
    expect(() => databaseFrom({ DATABASE_URL: 'mysql://x' }, '/d')).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT must be a whole number/);
  });
  it('uses Redis only when REDIS_URL is set, with a key prefix', () => {
    expect(loadConfig({}).redis).toBeNull();
    expect(loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379' }).redis).toEqual({
      url: 'redis://127.0.0.1:6379',
      prefix: 'partnerhub:',
    });
    expect(loadConfig({ REDIS_URL: 'rediss://r', REDIS_PREFIX: 'a:' }).redis?.prefix).toBe('a:');
    expect(() => loadConfig({ REDIS_URL: 'http://r' })).toThrow(/REDIS_URL/);
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
