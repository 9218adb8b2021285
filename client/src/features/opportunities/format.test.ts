import { describe, expect, it } from 'vitest';
import {
  formatAddress,
  formatCredit,
  formatDeadline,
  formatGrade,
  formatGrades,
  formatHours,
  formatLocation,
  formatPay,
} from './format';

describe('grades', () => {
  it('writes a range with an en dash', () => {
    expect(formatGrades(9, 12)).toBe('Grades 9–12');
  });
  it('writes one grade in the singular', () => {
    expect(formatGrades(8, 8)).toBe('Grade 8');
    expect(formatGrade(9)).toBe('Grade 9');
  });
  it('calls grade 0 kindergarten', () => {
    expect(formatGrades(0, 5)).toBe('Grades K–5');
    expect(formatGrades(0, 0)).toBe('Kindergarten');
  });
});

describe('deadline', () => {
  it('says when to apply by', () => {
    expect(formatDeadline('2026-12-14')).toBe('Apply by Dec 14, 2026');
  });
  it('says when a closed listing closed', () => {
    expect(formatDeadline('2026-09-24', true)).toBe('Closed Sep 24, 2026');
  });
  it('says so when there is no deadline', () => {
    expect(formatDeadline(null)).toBe('No application deadline');
  });
});

describe('pay', () => {
  it('adds the partner’s own wording to paid roles and stipends', () => {
    expect(formatPay('PAID', '$16.50/hour')).toBe('Paid: $16.50/hour');
    expect(formatPay('STIPEND', ' $500 per semester ')).toBe('Stipend: $500 per semester');
  });
  it('shows the label alone when there are no details, or for unpaid roles', () => {
    expect(formatPay('PAID')).toBe('Paid');
    expect(formatPay('UNPAID', 'n/a')).toBe('Unpaid');
  });
});

describe('credit', () => {
  it('is null when the listing earns no credit', () => {
    expect(formatCredit(false, 1, 'Math')).toBeNull();
  });
  it('counts credits, singular up to one', () => {
    expect(formatCredit(true, 0.5)).toBe('Earns 0.5 credit');
    expect(formatCredit(true, 1)).toBe('Earns 1 credit');
    expect(formatCredit(true, 2, 'Cooperative Education')).toBe('Earns 2 credits in Cooperative Education');
  });
  it('still says it earns credit when the amount is unknown', () => {
    expect(formatCredit(true, null)).toBe('Earns credit');
  });
});

describe('location and time', () => {
  it('adds the city to on-site and hybrid listings only', () => {
    const address = { city: 'Maple Ridge', state: 'OH' };
    expect(formatLocation('ON_SITE', address)).toBe('On site · Maple Ridge, OH');
    expect(formatLocation('HYBRID', address)).toBe('Hybrid · Maple Ridge, OH');
    expect(formatLocation('REMOTE', address)).toBe('Remote');
    expect(formatLocation('ON_SITE', null)).toBe('On site');
  });
  it('writes a full address and skips missing parts', () => {
    expect(
      formatAddress({ street: '1 Main St', city: 'Maple Ridge', state: 'OH', postalCode: '43215' }),
    ).toBe('1 Main St, Maple Ridge, OH 43215');
    expect(formatAddress({ city: 'Maple Ridge' })).toBe('Maple Ridge');
    expect(formatAddress({})).toBeNull();
  });
  it('writes hours per week', () => {
    expect(formatHours(15)).toBe('15 hours a week');
    expect(formatHours(1)).toBe('1 hour a week');
    expect(formatHours(null)).toBeNull();
  });
});
