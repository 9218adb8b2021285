import { describe, expect, it } from 'vitest';
import { databaseFrom, loadConfig } from './config.js';

describe('configuration', () => {
  it('defaults to an SQLite file under the data directory', () => {
    expect(databaseFrom({}, '/srv/data')).toEqual({ dialect: 'sqlite', url: '/srv/data/partnerhub.sqlite' });
  });
  it('selects PostgreSQL from a postgres URL', () => {
    expect(databaseFrom({ DATABASE_URL: 'postgres://u@h/db' }, '/d').dialect).toBe('postgresql');
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
});
