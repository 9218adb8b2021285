import { describe, expect, it } from 'vitest';
import {
  ALL_SUBGROUPS,
  SEED_INDICATORS,
  SUBGROUP_PARTITIONS,
  Subgroup,
  effectiveMinimumN,
  indicatorValueProblem,
  schoolIdProblem,
} from './evaluation.js';
import { suppressCells } from './evaluation-suppression.js';

describe('evaluation vocabulary', () => {
  it('partitions every subgroup but all students exactly once', () => {
    const members = Object.values(SUBGROUP_PARTITIONS).flat();
    expect(new Set(members).size).toBe(members.length);
    expect([Subgroup.ALL_STUDENTS, ...members].sort()).toEqual([...ALL_SUBGROUPS].sort());
  });

  it('seeds indicators with unique codes that all report all students', () => {
    const codes = SEED_INDICATORS.map((i) => i.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(SEED_INDICATORS.every((i) => i.subgroups.includes(Subgroup.ALL_STUDENTS))).toBe(true);
  });

  it('keeps values within their unit', () => {
    expect(indicatorValueProblem('PERCENT', 100)).toBeNull();
    expect(indicatorValueProblem('RATE', 100.1)).toMatch(/0 to 100/);
    expect(indicatorValueProblem('COUNT', 2.5)).toMatch(/whole/);
    expect(indicatorValueProblem('MEAN_SURVEY_SCORE', 0.9)).toMatch(/1 to 5/);
    expect(indicatorValueProblem('SCALE_SCORE', -1)).toMatch(/at least 0/);
  });

  it('takes the highest minimum n, never below 10', () => {
    expect(effectiveMinimumN(null, null)).toBe(10);
    expect(effectiveMinimumN(20, 15)).toBe(20);
    expect(effectiveMinimumN(5, 12)).toBe(12);
  });

  it('accepts only school IDs of the district', () => {
    expect(schoolIdProblem('390001200001', '3900012')).toBeNull();
    expect(schoolIdProblem('390001300001', '3900012')).toMatch(/begins with 3900012/);
    expect(schoolIdProblem('3900012', '3900012')).toMatch(/12-digit/);
  });

  it('withholds the complement of a small cell, never all students when another cell will do', () => {
    const cells = [
      { key: 'all', row: '', subgroup: Subgroup.ALL_STUDENTS, n: 100 },
      { key: 'el', row: '', subgroup: Subgroup.ENGLISH_LEARNERS, n: 3 },
      { key: 'not', row: '', subgroup: Subgroup.NOT_ENGLISH_LEARNERS, n: 97 },
    ];
    expect([...suppressCells(cells, 10)].map((i) => cells[i]!.key).sort()).toEqual(['el', 'not']);
  });
});
