import {
  INDICATOR_CATEGORY_LABEL,
  type IndicatorCategory,
  type IndicatorUnit,
  SUBGROUP_LABEL,
  type Subgroup,
} from '@partnerhub/shared';

/** The parts of an indicator, its cells and targets these helpers read. */
export interface CellLike {
  schoolYear: number;
  schoolNcesId?: string | null;
  subgroup: Subgroup;
  value?: number | null;
  n?: number | null;
  suppression: 'NONE' | 'SUPPRESSED';
  /** Set for the district's editors on cells everyone else sees withheld. */
  withheldFromReaders?: boolean;
}
export interface TargetLike {
  schoolYear: number;
  subgroup: Subgroup;
  value: number;
}
export interface IndicatorLike {
  category: IndicatorCategory;
  planYears: readonly number[];
  subgroups: readonly Subgroup[];
  unit: IndicatorUnit;
}

export const CATEGORY_ORDER: readonly IndicatorCategory[] = ['CULTURE', 'PERFORMANCE', 'SUSTAINABILITY'];
export { INDICATOR_CATEGORY_LABEL, SUBGROUP_LABEL };

/** 2026 → "2026-27". */
export function schoolYearLabel(year: number): string {
  return `${year}-${String((year + 1) % 100).padStart(2, '0')}`;
}

/** "2026-27 (Year 1)" when the flexibility period is known. */
export function yearHeading(year: number, firstSchoolYear: number | null | undefined): string {
  const planYear = firstSchoolYear == null ? null : year - firstSchoolYear + 1;
  return planYear !== null && planYear >= 1 && planYear <= 5
    ? `${schoolYearLabel(year)} (Year ${planYear})`
    : schoolYearLabel(year);
}

/** A value in its unit: rates and percents with "%", survey means with two decimals. */
export function formatValue(unit: IndicatorUnit, value: number): string {
  switch (unit) {
    case 'RATE':
    case 'PERCENT':
      return `${value.toLocaleString('en-US', { maximumFractionDigits: 1 })}%`;
    case 'MEAN_SURVEY_SCORE':
      return value.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 2 });
    default:
      return value.toLocaleString('en-US', { maximumFractionDigits: 1 });
  }
}

/**
 * The school years an indicator is shown for: its plan years when the period is known, and every
 * year holding a district-level value or a target, in order.
 */
export function yearsOf(
  indicator: IndicatorLike,
  cells: readonly CellLike[],
  targets: readonly TargetLike[],
  firstSchoolYear: number | null | undefined,
): number[] {
  const years = new Set<number>();
  if (firstSchoolYear != null) for (const y of indicator.planYears) years.add(firstSchoolYear + y - 1);
  for (const c of cells) if (!c.schoolNcesId) years.add(c.schoolYear);
  for (const t of targets) years.add(t.schoolYear);
  return [...years].sort((a, b) => a - b);
}

export interface SubgroupRow<C extends CellLike> {
  subgroup: Subgroup;
  label: string;
  /** The district-level cell of each year, or null when none was entered. */
  cells: (C | null)[];
  targets: (number | null)[];
}

/** District-level cells by subgroup (rows) and year (columns); subgroups with nothing are left out. */
export function subgroupRows<C extends CellLike>(
  indicator: IndicatorLike,
  cells: readonly C[],
  targets: readonly TargetLike[],
  years: readonly number[],
): SubgroupRow<C>[] {
  const rows: SubgroupRow<C>[] = [];
  for (const subgroup of indicator.subgroups) {
    const row: SubgroupRow<C> = {
      subgroup,
      label: SUBGROUP_LABEL[subgroup],
      cells: years.map(
        (y) => cells.find((c) => !c.schoolNcesId && c.subgroup === subgroup && c.schoolYear === y) ?? null,
      ),
      targets: years.map(
        (y) => targets.find((t) => t.subgroup === subgroup && t.schoolYear === y)?.value ?? null,
      ),
    };
    if (subgroup === 'ALL_STUDENTS' || row.cells.some(Boolean) || row.targets.some((t) => t !== null))
      rows.push(row);
  }
  return rows;
}

/** The value a chart plots: null (a gap) for a suppressed or missing cell. */
export function plotted(cell: CellLike | null): number | null {
  return cell && cell.suppression === 'NONE' && cell.value != null ? cell.value : null;
}

/** The privacy note under every table and chart that has a withheld cell. */
export function suppressionNote(minimumN: number): string {
  return `Fewer than ${minimumN} students: not shown to protect privacy.`;
}

/** Groups items by indicator category in the framework's order; empty categories are left out. */
export function byCategory<T extends { indicator: { category: IndicatorCategory } }>(
  items: readonly T[],
): { category: IndicatorCategory; label: string; items: T[] }[] {
  return CATEGORY_ORDER.map((category) => ({
    category,
    label: INDICATOR_CATEGORY_LABEL[category],
    items: items.filter((i) => i.indicator.category === category),
  })).filter((g) => g.items.length);
}

export const CSV_TEMPLATE_HEADER = [
  'indicator_code',
  'school_year',
  'nces_school_id',
  'subgroup',
  'value',
  'n',
  'source',
] as const;

/** A CSV template for the import: the header and one all-students row per indicator code given. */
export function csvTemplate(codes: readonly string[], schoolYear: number): string {
  const lines = [CSV_TEMPLATE_HEADER.join(',')];
  for (const code of codes) lines.push(`${code},${schoolYear},,ALL_STUDENTS,,,`);
  return `${lines.join('\r\n')}\r\n`;
}
