import { describe, expect, it } from 'vitest';
import { ormOptions } from './orm.js';

describe('ORM options', () => {
  it("sizes the PostgreSQL pool from the database settings, with the configuration's default", () => {
    const url = 'postgres://u@h/db';
    expect(ormOptions({ dialect: 'postgresql', url, poolMax: 7 }).pool).toMatchObject({ min: 0, max: 7 });
    expect(ormOptions({ dialect: 'postgresql', url }).pool).toMatchObject({ min: 0, max: 4 });
  });
});
