import { SUBGROUP_PARTITIONS, Subgroup } from './evaluation.js';

/**
 * Small-cell suppression for one indicator in one school year. Pure and dependency-free, so the client
 * can explain it; only the server applies it.
 *
 * The cells form linear equations that hold for student counts and for n-weighted values alike: in
 * every row (the district, or one school) and for every partition, ALL_STUDENTS = the sum of the
 * partition's cells; and for every subgroup, the district's cell = the sum of its schools' cells. A
 * cell not entered counts as known (conservative).
 */
export interface SuppressionCell {
  key: string;
  /** '' for the district level, else the school's NCES ID. */
  row: string;
  subgroup: Subgroup;
  n: number;
}

/** One equation as the cell indexes it involves, with their coefficients (+1 or -1). */
export type CellEquation = readonly { index: number; coefficient: number }[];

const DISTRICT_ROW = '';

/** Every equation the cells satisfy, over the entered cells only (missing cells are known constants). */
export function cellEquations(cells: readonly SuppressionCell[]): CellEquation[] {
  const at = new Map<string, number>();
  cells.forEach((c, i) => at.set(`${c.row}\u0000${c.subgroup}`, i));
  const find = (row: string, subgroup: Subgroup) => at.get(`${row}\u0000${subgroup}`);
  const equations: CellEquation[] = [];
  const add = (terms: { index: number | undefined; coefficient: number }[]) => {
    const entered = terms.filter((t): t is { index: number; coefficient: number } => t.index !== undefined);
    // An equation with one entered cell relates it only to cells nobody entered or published.
    if (entered.length >= 2) equations.push(entered);
  };
  const rows = [...new Set(cells.map((c) => c.row))].sort();
  for (const row of rows)
    for (const partition of Object.values(SUBGROUP_PARTITIONS))
      add([
        { index: find(row, Subgroup.ALL_STUDENTS), coefficient: 1 },
        ...partition.map((s) => ({ index: find(row, s), coefficient: -1 })),
      ]);
  const schools = rows.filter((r) => r !== DISTRICT_ROW);
  if (rows.includes(DISTRICT_ROW) && schools.length)
    for (const subgroup of Object.values(Subgroup))
      add([
        { index: find(DISTRICT_ROW, subgroup), coefficient: 1 },
        ...schools.map((s) => ({ index: find(s, subgroup), coefficient: -1 })),
      ]);
  return equations;
}

const abs = (a: bigint) => (a < 0n ? -a : a);
const gcd = (a: bigint, b: bigint): bigint => {
  a = abs(a);
  b = abs(b);
  while (b) [a, b] = [b, a % b];
  return a;
};

/**
 * The unknowns (column indexes) whose value follows from the equations: those whose unit vector lies
 * in the row space of `rows`. Integer (fraction-free) Gauss-Jordan elimination: a column is determined
 * exactly when it is a pivot column whose reduced row has no other nonzero entry.
 */
export function determinedUnknowns(rows: readonly (readonly number[])[], width: number): number[] {
  const m = rows.map((r) => r.map((v) => BigInt(v)));
  let pivotRow = 0;
  const pivots: [number, number][] = [];
  for (let col = 0; col < width && pivotRow < m.length; col++) {
    const found = m.findIndex((r, i) => i >= pivotRow && r[col] !== 0n);
    if (found < 0) continue;
    [m[pivotRow], m[found]] = [m[found]!, m[pivotRow]!];
    const p = m[pivotRow]!;
    for (let i = 0; i < m.length; i++) {
      const r = m[i]!;
      if (i === pivotRow || r[col] === 0n) continue;
      const a = p[col]!;
      const b = r[col]!;
      let g = 0n;
      for (let j = 0; j < width; j++) {
        r[j] = r[j]! * a - p[j]! * b;
        g = gcd(g, r[j]!);
      }
      if (g > 1n) for (let j = 0; j < width; j++) r[j] = r[j]! / g;
    }
    pivots.push([pivotRow, col]);
    pivotRow++;
  }
  return pivots.filter(([i, col]) => m[i]!.every((v, j) => j === col || v === 0n)).map(([, col]) => col);
}

/**
 * The suppressed cells (indexes into `cells`) that a reader could still work out from the cells shown
 * and the equations between them.
 */
export function determinedCells(
  cells: readonly SuppressionCell[],
  suppressed: ReadonlySet<number>,
  equations: readonly CellEquation[] = cellEquations(cells),
): number[] {
  const unknowns = [...suppressed].sort((a, b) => a - b);
  const column = new Map(unknowns.map((cell, i) => [cell, i]));
  const rows = equations
    .map((eq) => {
      const row = new Array<number>(unknowns.length).fill(0);
      for (const t of eq) {
        const c = column.get(t.index);
        if (c !== undefined) row[c] = t.coefficient;
      }
      return row;
    })
    .filter((r) => r.some((v) => v !== 0));
  return determinedUnknowns(rows, unknowns.length).map((c) => unknowns[c]!);
}

/**
 * An equation whose withheld cells a reader can add up: they all sit on one side of it, so their
 * total n (and n-weighted value) follows from the cells shown. Returns it when that total is below
 * `minimumN`, which would reveal the aggregate of a group too small to show.
 */
function smallWithheldGroup(
  cells: readonly SuppressionCell[],
  suppressed: ReadonlySet<number>,
  equations: readonly CellEquation[],
  minimumN: number,
): CellEquation | undefined {
  return equations.find((eq) => {
    const hidden = eq.filter((t) => suppressed.has(t.index));
    if (hidden.length < 2 || hidden.length === eq.length) return false;
    if (!hidden.every((t) => t.coefficient === hidden[0]!.coefficient)) return false;
    return hidden.reduce((sum, t) => sum + cells[t.index]!.n, 0) < minimumN;
  });
}

/**
 * Which cells to withhold (indexes into `cells`): every cell with n below `minimumN` (primary), then
 * further cells (smallest n first, ALL_STUDENTS last) until no withheld cell can be worked out from
 * what is shown, and no equation lets a reader add up withheld cells holding fewer than `minimumN`
 * students between them.
 */
export function suppressCells(cells: readonly SuppressionCell[], minimumN: number): Set<number> {
  const suppressed = new Set<number>();
  cells.forEach((c, i) => {
    if (c.n < minimumN) suppressed.add(i);
  });
  if (!suppressed.size) return suppressed;
  const equations = cellEquations(cells);
  const rank = (i: number) => [cells[i]!.subgroup === Subgroup.ALL_STUDENTS ? 1 : 0, cells[i]!.n, i];
  const better = (a: number, b: number) => {
    const [x, y] = [rank(a), rank(b)];
    for (let k = 0; k < x.length; k++) if (x[k] !== y[k]) return x[k]! < y[k]!;
    return false;
  };
  const shownIn = (eqs: readonly CellEquation[]) =>
    eqs.flatMap((eq) => eq.map((t) => t.index)).filter((i) => !suppressed.has(i));
  for (;;) {
    const determined = determinedCells(cells, suppressed, equations);
    let candidates: number[];
    if (determined.length) {
      candidates = shownIn(equations.filter((eq) => eq.some((t) => determined.includes(t.index))));
      if (!candidates.length)
        candidates = shownIn(equations.filter((eq) => eq.some((t) => suppressed.has(t.index))));
    } else {
      const group = smallWithheldGroup(cells, suppressed, equations, minimumN);
      candidates = group ? shownIn([group]) : [];
    }
    if (!candidates.length) return suppressed;
    suppressed.add(candidates.reduce((best, i) => (better(i, best) ? i : best)));
  }
}
