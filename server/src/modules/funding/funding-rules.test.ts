import { describe, expect, it } from 'vitest';
import {
  type RuleFacts,
  describeRule,
  overAllocationMessage,
  purposeWarnings,
  rulesInForce,
  sourceWarnings,
} from './funding-rules.js';
import { formatBasisPoints, formatUsd, shareOf } from './money.js';

const familyEngagement: RuleFacts = {
  districtId: null,
  kind: 'SET_ASIDE_MINIMUM',
  purpose: 'FAMILY_ENGAGEMENT',
  basisPoints: 100,
  thresholdCents: 50_000_000,
  firstFiscalYear: 2017,
  active: true,
};
const carryover: RuleFacts = {
  districtId: null,
  kind: 'CARRYOVER_MAXIMUM',
  basisPoints: 1500,
  thresholdCents: 4_999_999,
  active: true,
};
const TITLE_I = 'Title I, Part A FY2026';

describe('money', () => {
  it('formats cents as dollars without floating point, also past 2^53 / 100', () => {
    expect(formatUsd(0)).toBe('$0.00');
    expect(formatUsd(5)).toBe('$0.05');
    expect(formatUsd(123_456_789)).toBe('$1,234,567.89');
    expect(formatUsd(-1_050)).toBe('-$10.50');
    expect(formatUsd(9_007_199_254_740_991)).toBe('$90,071,992,547,409.91');
  });

  it('takes shares exactly, rounding as asked', () => {
    expect(shareOf(50_000_001, 100, 'up')).toBe(500_001);
    expect(shareOf(50_000_001, 100, 'down')).toBe(500_000);
    expect(shareOf(50_000_000, 100, 'up')).toBe(500_000);
    expect(shareOf(9_007_199_254_740_991, 1500, 'down')).toBe(1_351_079_888_211_148);
    expect(formatBasisPoints(100)).toBe('1%');
    expect(formatBasisPoints(1550)).toBe('15.5%');
    expect(formatBasisPoints(5)).toBe('0.05%');
  });
});

describe('over-allocation', () => {
  it('allows an allocation up to the last cent and says by how much one would exceed it', () => {
    const base = { sourceName: TITLE_I, amountCents: 100_000_00, otherAllocatedCents: 75_000_00 };
    expect(overAllocationMessage({ ...base, requestedCents: 25_000_00 })).toBeNull();
    expect(overAllocationMessage({ ...base, requestedCents: 25_000_01 })).toBe(
      'Title I, Part A FY2026 has $25,000.00 unallocated; this allocation of $25,000.01 would exceed it by $0.01.',
    );
    expect(overAllocationMessage({ ...base, otherAllocatedCents: 100_000_00, requestedCents: 1 })).toBe(
      'Title I, Part A FY2026 has $0.00 unallocated; this allocation of $0.01 would exceed it by $0.01.',
    );
  });
});

describe('allowable uses', () => {
  it('warns for a purpose outside the list, never for programs that restrict none', () => {
    const allowed = ['PROFESSIONAL_DEVELOPMENT', 'LEADERSHIP_DEVELOPMENT'] as const;
    expect(
      purposeWarnings({
        programName: 'Title II, Part A',
        allowedUses: allowed,
        purpose: 'PROFESSIONAL_DEVELOPMENT',
      }),
    ).toEqual([]);
    const [warning] = purposeWarnings({
      programName: 'Title II, Part A',
      allowedUses: allowed,
      purpose: 'TECHNOLOGY',
    });
    expect(warning).toEqual({
      code: 'PURPOSE_NOT_ALLOWABLE',
      message: expect.stringContaining('Title II, Part A does not list technology among its allowable uses'),
    });
    expect(purposeWarnings({ programName: 'Local funds', allowedUses: null, purpose: 'OTHER' })).toEqual([]);
  });
});

describe('set-asides', () => {
  const warn = (
    amountCents: number,
    allocations: { amountCents: number; purpose: 'FAMILY_ENGAGEMENT' | 'MENTORING' }[],
  ) => sourceWarnings({ sourceName: TITLE_I, amountCents, allocations, rules: [familyEngagement] });

  it('apply only above the threshold: $500,000 exactly needs nothing, a cent more needs 1% rounded up', () => {
    expect(warn(50_000_000, [])).toEqual([]);
    expect(warn(50_000_001, [])).toEqual([
      {
        code: 'SET_ASIDE_UNMET',
        message:
          'Title I, Part A FY2026 must set aside at least 1% ($5,000.01) for family engagement; $0.00 is allocated to it, $5,000.01 short.',
      },
    ]);
  });

  it('count only allocations for the purpose, and are met at the exact amount', () => {
    expect(
      warn(80_000_000, [
        { amountCents: 799_999, purpose: 'FAMILY_ENGAGEMENT' },
        { amountCents: 5_000_000, purpose: 'MENTORING' },
      ]),
    ).toHaveLength(1);
    expect(warn(80_000_000, [{ amountCents: 800_000, purpose: 'FAMILY_ENGAGEMENT' }])).toEqual([]);
  });
});

describe('carryover', () => {
  const warn = (amountCents: number, allocated: number) =>
    sourceWarnings({
      sourceName: TITLE_I,
      amountCents,
      allocations: [{ amountCents: allocated, purpose: 'MENTORING' }],
      rules: [carryover],
    });

  it('warns when more than 15% would stay unallocated, and not under $50,000', () => {
    expect(warn(100_000_00, 85_000_00)).toEqual([]);
    expect(warn(100_000_00, 84_999_99)).toEqual([
      {
        code: 'CARRYOVER_OVER_LIMIT',
        message:
          'Title I, Part A FY2026 has $15,000.01 unallocated; at most 15% ($15,000.00) may carry over to the next year, so $0.01 more should be allocated.',
      },
    ]);
    expect(warn(4_999_999, 0)).toEqual([]);
    expect(warn(5_000_000, 0)).toHaveLength(1);
  });
});

describe('rules in force', () => {
  const history: RuleFacts = {
    districtId: null,
    kind: 'STATE_RESERVATION',
    basisPoints: 400,
    lastFiscalYear: 2016,
    active: false,
  };
  const reservation: RuleFacts = {
    districtId: null,
    kind: 'STATE_RESERVATION',
    basisPoints: 700,
    firstFiscalYear: 2017,
    active: true,
  };

  it('keep history out, and respect the fiscal years a rule covers', () => {
    const rules = [familyEngagement, carryover, history, reservation];
    expect(rulesInForce(rules, 7, 2026)).toEqual([familyEngagement, carryover, reservation]);
    expect(rulesInForce(rules, 7, 2016)).toEqual([carryover]);
  });

  it("let a district rule replace the default of the same kind and purpose, for that district's years only", () => {
    const lower = {
      ...familyEngagement,
      districtId: 7,
      basisPoints: 200,
      firstFiscalYear: 2026,
      lastFiscalYear: 2026,
    };
    const off = { ...carryover, districtId: 7, active: false };
    const rules = [familyEngagement, carryover, lower, off];
    expect(rulesInForce(rules, 7, 2026)).toEqual([lower]);
    expect(rulesInForce(rules, 7, 2027)).toEqual([familyEngagement]);
    expect(rulesInForce(rules, 8, 2026)).toEqual([familyEngagement, carryover]);
  });

  it('describe themselves in one sentence', () => {
    expect(describeRule(familyEngagement, 'Title I, Part A')).toBe(
      'At least 1% of Title I, Part A for family engagement when the amount exceeds $500,000.00.',
    );
    expect(describeRule(reservation, 'Title I, Part A')).toBe(
      'The state reserves 7% of Title I, Part A (information).',
    );
  });
});
