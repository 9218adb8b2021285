import { describe, expect, it } from 'vitest';
import { csvTemplate, plotted, schoolYearLabel, subgroupRows, yearHeading, yearsOf } from './evaluation';

const indicator = {
  category: 'CULTURE' as const,
  planYears: [1, 2],
  subgroups: ['ALL_STUDENTS', 'ASIAN', 'WHITE'] as const,
  unit: 'RATE' as const,
};

describe('evaluation helpers', () => {
  it('labels school years and plan years', () => {
    expect(schoolYearLabel(2026)).toBe('2026-27');
    expect(schoolYearLabel(2099)).toBe('2099-00');
    expect(yearHeading(2027, 2026)).toBe('2027-28 (Year 2)');
    expect(yearHeading(2020, 2026)).toBe('2020-21');
    expect(yearHeading(2026, null)).toBe('2026-27');
  });

  it('shows plan years and every year with a district-level value or target', () => {
    const cells = [
      { schoolYear: 2025, subgroup: 'ASIAN' as const, suppression: 'NONE' as const, value: 1 },
      { schoolYear: 2030, schoolNcesId: '123', subgroup: 'ASIAN' as const, suppression: 'NONE' as const },
    ];
    expect(
      yearsOf(indicator, cells, [{ schoolYear: 2028, subgroup: 'ALL_STUDENTS', value: 9 }], 2026),
    ).toEqual([2025, 2026, 2027, 2028]);
  });

  it('keeps suppressed cells as gaps and drops empty subgroups', () => {
    const cells = [
      { schoolYear: 2026, subgroup: 'ALL_STUDENTS' as const, suppression: 'NONE' as const, value: 90, n: 50 },
      { schoolYear: 2026, subgroup: 'ASIAN' as const, suppression: 'SUPPRESSED' as const, value: null },
    ];
    const rows = subgroupRows(indicator, cells, [], [2026]);
    expect(rows.map((r) => r.subgroup)).toEqual(['ALL_STUDENTS', 'ASIAN']);
    expect(rows.map((r) => plotted(r.cells[0]!))).toEqual([90, null]);
  });

  it('writes a template with the import header', () => {
    expect(csvTemplate(['A'], 2026)).toBe(
      'indicator_code,school_year,nces_school_id,subgroup,value,n,source\r\nA,2026,,ALL_STUDENTS,,,\r\n',
    );
  });
});
