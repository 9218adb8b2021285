import { SUBGROUP_PARTITIONS, Subgroup } from '@partnerhub/shared';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CellRow, presentCells } from './evaluation.cells.js';
import { CellSuppression } from './evaluation.enums.js';

/**
 * What a reader who is not the district's evaluation editor can work out from what the server shows:
 * built here independently of the server's own equations, and checked by rank (a withheld cell is
 * determined when adding its unit vector to the equations over the withheld cells keeps the rank).
 */
type Row = readonly bigint[];

function rank(rows: readonly Row[]): number {
  const m = rows.map((r) => [...r]);
  let r = 0;
  const width = m[0]?.length ?? 0;
  for (let c = 0; c < width && r < m.length; c++) {
    const p = m.findIndex((row, i) => i >= r && row[c] !== 0n);
    if (p < 0) continue;
    [m[r], m[p]] = [m[p]!, m[r]!];
    for (let i = r + 1; i < m.length; i++) {
      const f = m[i]![c]!;
      if (f === 0n) continue;
      const pivot = m[r]![c]!;
      m[i] = m[i]!.map((v, j) => v * pivot - m[r]![j]! * f);
    }
    r++;
  }
  return r;
}

interface Table {
  minimumN: number;
  partitions: string[];
  rows: CellRow[];
}

/** Splits `total` into `parts` non-negative integers, small parts likely. */
const split = (total: number, parts: number) =>
  fc.array(fc.nat({ max: 1000 }), { minLength: parts - 1, maxLength: parts - 1 }).map((cuts) => {
    const points = [0, ...cuts.map((c) => Math.floor((c / 1000) * total)).sort((a, b) => a - b), total];
    return points.slice(1).map((p, i) => p - points[i]!);
  });

/** The n of every subgroup of one row: partitions sum to the total. */
const rowCounts = (partitions: string[]) =>
  fc.integer({ min: 0, max: 120 }).chain((total) =>
    fc.tuple(...partitions.map((p) => split(total, SUBGROUP_PARTITIONS[p]!.length))).map((splits) => {
      const counts = new Map<Subgroup, number>([[Subgroup.ALL_STUDENTS, total]]);
      partitions.forEach((p, i) => SUBGROUP_PARTITIONS[p]!.forEach((s, j) => counts.set(s, splits[i]![j]!)));
      return counts;
    }),
  );

const tables: fc.Arbitrary<Table> = fc
  .record({
    minimumN: fc.integer({ min: 10, max: 30 }),
    partitions: fc.subarray(Object.keys(SUBGROUP_PARTITIONS), { minLength: 1 }),
    schools: fc.integer({ min: 0, max: 3 }),
    districtOnly: fc.integer({ min: 0, max: 120 }),
  })
  .chain(({ minimumN, partitions, schools }) =>
    fc
      .array(rowCounts(partitions), { minLength: Math.max(1, schools), maxLength: Math.max(1, schools) })
      .map((schoolCounts) => {
        const rows: CellRow[] = [];
        let id = 1;
        const add = (row: string, counts: Map<Subgroup, number>) => {
          for (const [subgroup, n] of counts)
            rows.push({
              id: id++,
              indicatorId: 1,
              schoolYear: 2026,
              schoolNcesId: row,
              subgroup,
              value: 50,
              n,
              source: null,
              version: 1,
            });
        };
        if (schools === 0) add('', schoolCounts[0]!);
        else {
          const district = new Map<Subgroup, number>();
          schoolCounts.forEach((counts, k) => {
            add(`39000010000${k + 1}`, counts);
            for (const [s, n] of counts) district.set(s, (district.get(s) ?? 0) + n);
          });
          add('', district);
        }
        return { minimumN, partitions, rows };
      }),
  );

/** The equations every table satisfies, for n (and n-weighted values alike), over the cells given. */
function equations(table: Table): Map<number, number>[] {
  const at = (row: string, s: Subgroup) =>
    table.rows.findIndex((r) => r.schoolNcesId === row && r.subgroup === s);
  const rows = [...new Set(table.rows.map((r) => r.schoolNcesId))];
  const out: Map<number, number>[] = [];
  for (const row of rows)
    for (const p of table.partitions)
      out.push(
        new Map([
          [at(row, Subgroup.ALL_STUDENTS), 1],
          ...SUBGROUP_PARTITIONS[p]!.map((s) => [at(row, s), -1] as [number, number]),
        ]),
      );
  const schools = rows.filter((r) => r !== '');
  if (schools.length)
    for (const s of new Set(table.rows.map((r) => r.subgroup)))
      out.push(new Map([[at('', s), 1], ...schools.map((k) => [at(k, s), -1] as [number, number])]));
  return out;
}

/** The withheld cells a reader could work out. */
function determined(table: Table, withheld: number[]): number[] {
  const eqs = equations(table).map((eq) => withheld.map((cell) => BigInt(eq.get(cell) ?? 0)));
  const base = rank(eqs);
  return withheld.filter((_, k) => {
    const unit = withheld.map((__, j) => (j === k ? 1n : 0n));
    return rank([...eqs, unit]) === base;
  });
}

/**
 * Withheld cells a reader can add up from one equation (all on one side of it, the rest shown) that
 * hold fewer than the minimum between them: their total would reveal a group too small to show.
 */
function smallGroups(table: Table, withheld: number[]): number[][] {
  return equations(table)
    .map((eq) => [...eq].filter(([cell]) => withheld.includes(cell)))
    .filter(
      (hidden, k) =>
        hidden.length >= 2 &&
        hidden.length < equations(table)[k]!.size &&
        hidden.every(([, c]) => c === hidden[0]![1]) &&
        hidden.reduce((sum, [cell]) => sum + table.rows[cell]!.n, 0) < table.minimumN,
    )
    .map((hidden) => hidden.map(([cell]) => cell));
}

describe('suppression, proved on random tables', () => {
  it('leaves no withheld cell (value or n), nor a small group of them, that a reader could work out', () => {
    fc.assert(
      fc.property(tables, (table) => {
        const shown = presentCells(table.rows, table.minimumN, false);
        const withheld = shown.flatMap((c, i) => (c.suppression === CellSuppression.SUPPRESSED ? [i] : []));
        for (const i of withheld) {
          expect(shown[i]!.n).toBeNull();
          expect(shown[i]!.value).toBeNull();
        }
        for (const [i, row] of table.rows.entries())
          if (row.n < table.minimumN) expect(withheld).toContain(i);
        expect(determined(table, withheld)).toEqual([]);
        expect(smallGroups(table, withheld)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('withholds nothing more than needed in a table of one partition', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 30 }), fc.nat(80), fc.nat(80), (minimumN, a, b) => {
        const rows: CellRow[] = [
          [Subgroup.ALL_STUDENTS, a + b],
          [Subgroup.ECONOMICALLY_DISADVANTAGED, a],
          [Subgroup.NOT_ECONOMICALLY_DISADVANTAGED, b],
        ].map(([subgroup, n], i) => ({
          id: i + 1,
          indicatorId: 1,
          schoolYear: 2026,
          schoolNcesId: '',
          subgroup: subgroup as Subgroup,
          value: 80,
          n: n as number,
          source: null,
          version: 1,
        }));
        const withheld = presentCells(rows, minimumN, false)
          .filter((c) => c.suppression === CellSuppression.SUPPRESSED)
          .map((c) => c.subgroup)
          .sort();
        const expected =
          a >= minimumN && b >= minimumN
            ? []
            : [
                ...(a + b < minimumN ? [Subgroup.ALL_STUDENTS] : []),
                Subgroup.ECONOMICALLY_DISADVANTAGED,
                Subgroup.NOT_ECONOMICALLY_DISADVANTAGED,
              ].sort();
        expect(withheld).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('shows the district’s evaluation editors every cell as entered', () => {
    const rows: CellRow[] = [
      {
        id: 1,
        indicatorId: 1,
        schoolYear: 2026,
        schoolNcesId: '',
        subgroup: Subgroup.ALL_STUDENTS,
        value: 90,
        n: 3,
        source: 'x',
        version: 2,
      },
    ];
    expect(presentCells(rows, 10, true)[0]).toMatchObject({
      n: 3,
      value: 90,
      suppression: 'NONE',
      version: 2,
    });
    expect(presentCells(rows, 10, false)[0]).toMatchObject({
      n: null,
      value: null,
      suppression: 'SUPPRESSED',
      version: null,
    });
  });
});
