import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildAppSchema } from './schema.js';

/** Where the checked-in SDL lives; clients generate their types from it. */
export const SCHEMA_FILE = path.resolve(import.meta.dirname, '../schema.graphql');

/** The schema as SDL, sorted so that moving code around does not change the file. */
export async function printAppSchema(): Promise<string> {
  const schema = await buildAppSchema();
  return `# Generated from the server code by \`pnpm --filter ./server schema:print\`. Do not edit.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}
