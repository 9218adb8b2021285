/**
 * Builds row objects from the drivers' array rows (pg, libsql) with one object literal per column list.
 *
 * pg's default row mode copies an empty row and then stores each column by its name. Those stores
 * see a different key at every column, so V8 runs them through its generic (megamorphic) path:
 * in a profile of the public search, pg's `parseRow` was the largest single item of the server's
 * time. A literal with the columns in order is built in one step with a fixed hidden class.
 */
export type RowBuilder = (values: readonly unknown[]) => Record<string, unknown>;

const builders = new Map<string, RowBuilder>();
// Column lists come from the server's own statements, so there are few; past this many (a bug
// somewhere) rows are built by a loop instead of generating and keeping more functions.
const MAX_BUILDERS = 500;

/** The builder for rows with these column names, in this order. */
export function rowBuilder(names: readonly string[]): RowBuilder {
  const key = JSON.stringify(names);
  const known = builders.get(key);
  if (known) return known;
  // A quoted "__proto__" key in a literal would set the prototype instead of a property.
  if (builders.size >= MAX_BUILDERS || names.includes('__proto__')) return (values) => byLoop(names, values);
  // Each name is written as a JSON string literal, so no column name can be read as code. A name
  // given twice keeps its last value, as pg's own row objects do.
  const fields = names.map((name, i) => `${JSON.stringify(name)}: values[${i}]`).join(', ');
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the body holds only the names' literals
  const build = new Function('values', `'use strict'; return { ${fields} };`) as RowBuilder;
  builders.set(key, build);
  return build;
}

function byLoop(names: readonly string[], values: readonly unknown[]): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    if (name === '__proto__')
      Object.defineProperty(row, name, {
        value: values[i],
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else row[name] = values[i];
  }
  return row;
}
