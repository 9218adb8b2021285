import { OptimisticLockError } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import {
  ErrorCode,
  type Subgroup,
  indicatorValueProblem,
  schoolIdProblem,
  textProblem,
} from '@partnerhub/shared';
import { staleErrors, type UserError, userError } from '../../graphql/user-errors.js';
import { type AuditFacts, recordAudit } from '../audit/index.js';
import type { District } from '../organizations/index.js';
import { type CellView, minimumNOf, presentCells } from './evaluation.cells.js';
import { Indicator, IndicatorValue } from './evaluation.entities.js';

/** Values saved in one call at most (a CSV import included). */
export const MAX_VALUES = 5_000;
const MAX_N = 10_000_000;

/** One value to save, before checking; `indicator` is already resolved (null: unknown). */
export interface ValueDraft {
  indicator: Indicator | null;
  schoolYear: number;
  schoolNcesId?: string | null;
  subgroup: string;
  value: number;
  n: number;
  source?: string | null;
  version?: number | null;
}

/** A problem with one draft: its index and the field it concerns. */
export interface DraftProblem {
  index: number;
  field: string | null;
  message: string;
  code?: ErrorCode;
}

export interface CheckedValue {
  indicator: Indicator;
  schoolYear: number;
  schoolNcesId: string;
  subgroup: Subgroup;
  value: number;
  n: number;
  source: string | null;
  version: number | null;
}

/** Checks every draft of a district: known indicator and subgroup, bounds, school, no duplicates. */
export function checkValueDrafts(district: District, drafts: readonly ValueDraft[]) {
  const problems: DraftProblem[] = [];
  const fail = (index: number, field: string | null, message: string) =>
    problems.push({ index, field, message });
  const seen = new Map<string, number>();
  const checked: CheckedValue[] = [];
  drafts.forEach((d, i) => {
    const before = problems.length;
    const indicator = d.indicator;
    if (!indicator) fail(i, 'indicatorId', 'Unknown indicator.');
    else if (indicator.archivedAt) fail(i, 'indicatorId', 'This indicator is archived.');
    if (!Number.isInteger(d.schoolYear) || d.schoolYear < 2000 || d.schoolYear > 2100)
      fail(i, 'schoolYear', 'Enter the first calendar year of the school year, e.g. 2026 for 2026-27.');
    const school = d.schoolNcesId?.trim() ?? '';
    if (school) {
      const problem = schoolIdProblem(school, district.ncesLeaId);
      if (problem) fail(i, 'schoolNcesId', problem);
    }
    if (indicator && !indicator.subgroups.includes(d.subgroup as Subgroup))
      fail(i, 'subgroup', `${indicator.code} is not reported for the subgroup ${d.subgroup}.`);
    if (!Number.isInteger(d.n) || d.n < 0 || d.n > MAX_N)
      fail(i, 'n', `Enter the number of students as a whole number from 0 to ${MAX_N}.`);
    if (indicator) {
      const problem = indicatorValueProblem(indicator.unit, d.value);
      if (problem) fail(i, 'value', problem);
    } else if (!Number.isFinite(d.value)) fail(i, 'value', 'Enter a number.');
    const source = d.source?.trim() || null;
    if (source) {
      const problem = textProblem(source, { multiline: false });
      if (problem) fail(i, 'source', problem);
      else if (source.length > 200) fail(i, 'source', 'Use at most 200 characters.');
    }
    const key = `${indicator?.id}:${d.schoolYear}:${school}:${d.subgroup}`;
    if (seen.has(key)) fail(i, null, `The same cell is given twice (also at ${seen.get(key)! + 1}).`);
    else seen.set(key, i);
    if (problems.length === before && indicator)
      checked.push({
        indicator,
        schoolYear: d.schoolYear,
        schoolNcesId: school,
        subgroup: d.subgroup as Subgroup,
        value: d.value,
        n: d.n,
        source,
        version: d.version ?? null,
      });
  });
  return { checked, problems };
}

/** Resolves indicator ids or codes to the district's indicators. */
export function indicatorFinder(indicators: readonly Indicator[]) {
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const byCode = new Map<string, Indicator>();
  // The most specific scope wins a shared code: the district's, then the state's, then the seed's.
  for (const i of indicators) byCode.set(i.code, i);
  return { byId: (id: number | null) => (id === null ? null : (byId.get(id) ?? null)), byCode };
}

/**
 * The saved cells as their editors see them, each marked when readers will see it withheld: that
 * depends on the whole table (indicator and year) it belongs to.
 */
async function asEditorsSee(
  em: EntityManager,
  district: District,
  saved: readonly IndicatorValue[],
): Promise<CellView[]> {
  const tables = await em.find(IndicatorValue, {
    district,
    indicator: { $in: [...new Set(saved.map((r) => r.indicator.id))] },
    schoolYear: { $in: [...new Set(saved.map((r) => r.schoolYear))] },
  });
  const shown = presentCells(tables.map(cellRowOf), await minimumNOf(em, district.id), true);
  const byId = new Map(tables.map((r, i) => [r.id, shown[i]!]));
  return saved.map((r) => byId.get(r.id)!);
}

/**
 * Saves checked values all together or none: each replaces the cell with the same key (refused as
 * stale when the caller passed an older version), every change audited.
 */
export async function saveValues({
  em,
  audit,
  district,
  values,
}: {
  em: EntityManager;
  audit: AuditFacts;
  district: District;
  values: readonly CheckedValue[];
}): Promise<{ saved: CellView[]; userErrors: UserError[] }> {
  try {
    const saved = await em.transactional(async (tx) => {
      const existing = await tx.find(IndicatorValue, {
        district,
        indicator: { $in: [...new Set(values.map((v) => v.indicator.id))] },
        schoolYear: { $in: [...new Set(values.map((v) => v.schoolYear))] },
      });
      const byKey = new Map(
        existing.map((e) => [`${e.indicator.id}:${e.schoolYear}:${e.schoolNcesId}:${e.subgroup}`, e]),
      );
      const stale = values.findIndex((v) => {
        const row = byKey.get(`${v.indicator.id}:${v.schoolYear}:${v.schoolNcesId}:${v.subgroup}`);
        return v.version !== null && row?.version !== v.version;
      });
      if (stale >= 0) throw new StaleRow(stale);
      const rows = values.map((v) => {
        const key = `${v.indicator.id}:${v.schoolYear}:${v.schoolNcesId}:${v.subgroup}`;
        const row = byKey.get(key);
        if (!row) {
          const created = tx.create(IndicatorValue, {
            district,
            indicator: v.indicator,
            schoolYear: v.schoolYear,
            schoolNcesId: v.schoolNcesId,
            subgroup: v.subgroup,
            value: v.value,
            n: v.n,
            source: v.source,
          });
          return { row: created, changes: null };
        }
        const changes: Record<string, { from: unknown; to: unknown }> = {};
        for (const k of ['value', 'n', 'source'] as const)
          if ((row[k] ?? null) !== (v[k] ?? null)) changes[k] = { from: row[k] ?? null, to: v[k] ?? null };
        Object.assign(row, { value: v.value, n: v.n, source: v.source });
        return { row, changes };
      });
      await tx.flush();
      for (const { row, changes } of rows) {
        if (changes && !Object.keys(changes).length) continue;
        recordAudit(tx, audit, {
          action: changes ? 'indicatorValue.update' : 'indicatorValue.create',
          target: { type: 'IndicatorValue', id: row.id },
          districtId: district.id,
          changes: changes ?? {
            indicator: { from: null, to: row.indicator.code },
            schoolYear: { from: null, to: row.schoolYear },
            schoolNcesId: { from: null, to: row.schoolNcesId || null },
            subgroup: { from: null, to: row.subgroup },
            value: { from: null, to: row.value },
            n: { from: null, to: row.n },
            source: { from: null, to: row.source ?? null },
          },
        });
      }
      await tx.flush();
      return rows.map((r) => r.row);
    });
    return { saved: await asEditorsSee(em, district, saved), userErrors: [] };
  } catch (error) {
    if (error instanceof StaleRow) {
      em.clear();
      return { saved: [], userErrors: staleErrors(`values.${error.index}.version`) };
    }
    if (error instanceof OptimisticLockError) {
      em.clear();
      return { saved: [], userErrors: staleErrors(null) };
    }
    throw error;
  }
}

class StaleRow extends Error {
  constructor(readonly index: number) {
    super('stale');
  }
}

export const cellRowOf = (r: IndicatorValue) => ({
  id: r.id,
  indicatorId: r.indicator.id,
  schoolYear: r.schoolYear,
  schoolNcesId: r.schoolNcesId,
  subgroup: r.subgroup,
  value: r.value,
  n: r.n,
  source: r.source ?? null,
  version: r.version,
});

/** Deletes one value, refusing a stale copy; audited. */
export async function deleteValue({
  em,
  audit,
  row,
  version,
}: {
  em: EntityManager;
  audit: AuditFacts;
  row: IndicatorValue;
  version: number;
}): Promise<UserError[]> {
  if (row.version !== version) return staleErrors();
  recordAudit(em, audit, {
    action: 'indicatorValue.delete',
    target: { type: 'IndicatorValue', id: row.id },
    districtId: row.district.id,
    changes: {
      subgroup: { from: row.subgroup, to: null },
      value: { from: row.value, to: null },
      n: { from: row.n, to: null },
    },
  });
  await em.remove(row).flush();
  return [];
}

export const problemErrors = (problems: readonly DraftProblem[], prefix: string): UserError[] =>
  problems.map((p) =>
    userError(p.field ? `${prefix}.${p.index}.${p.field}` : `${prefix}.${p.index}`, p.message, p.code),
  );
