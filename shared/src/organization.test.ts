import { describe, expect, it } from 'vitest';
import { checkNcesLeaId } from './organization.js';
import { CEDS_WORK_BASED_LEARNING_CODE, OpportunityType } from './opportunity.js';
import { isPastDeadline } from './dates.js';

describe('checkNcesLeaId', () => {
  it('accepts a 7-digit id that starts with the state FIPS code', () => {
    expect(checkNcesLeaId('3904490', 'OH')).toBeNull();
  });
  it('rejects wrong length, wrong state prefix and unknown states', () => {
    expect(checkNcesLeaId('390449', 'OH')).toMatch(/7 digits/);
    expect(checkNcesLeaId('0604490', 'OH')).toMatch(/starts with 39/);
    expect(checkNcesLeaId('3904490', 'XX')).toMatch(/Unknown state/);
  });
});

describe('CEDS crosswalk', () => {
  it('maps every opportunity type to a CEDS 001499 option', () => {
    const cedsOptions = new Set([
      'Apprenticeship',
      'ClinicalWork',
      'CooperativeEducation',
      'Entrepreneurship',
      'JobShadowing',
      'Mentorship',
      'PaidInternship',
      'UnpaidInternship',
      'OnTheJob',
      'SchoolBasedEnterprise',
      'ServiceLearning',
      'SimulatedWorksite',
      'SupervisedAgricultural',
      'Other',
    ]);
    for (const type of Object.values(OpportunityType)) {
      expect(cedsOptions.has(CEDS_WORK_BASED_LEARNING_CODE[type])).toBe(true);
    }
  });
});

describe('isPastDeadline', () => {
  it('keeps a listing open through its deadline day', () => {
    expect(isPastDeadline('2026-05-01', '2026-05-01')).toBe(false);
    expect(isPastDeadline('2026-04-30', '2026-05-01')).toBe(true);
    expect(isPastDeadline(null, '2026-05-01')).toBe(false);
  });
});
