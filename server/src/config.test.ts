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
});
