import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE, printAppSchema } from './print-schema.js';

describe('server/schema.graphql', () => {
  it('matches the schema built from the code (run `pnpm --filter ./server schema:print` after changing it)', async () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(await printAppSchema());
  });
});
