import { describe, expect, it } from 'vitest';
import { MAX_CENTS, centsToInput, formatCents, parseCents, percentOf } from './money';

describe('parseCents', () => {
  it.each([
    ['12,345.67', 1234567],
    ['$12,345.67', 1234567],
    ['  500 ', 50000],
    ['0.5', 50],
    ['.05', 5],
    ['1.', 100],
    ['1000000', 100000000],
    ['0.10', 10],
    ['0.29', 29],
    ['1,000,000,000,000', MAX_CENTS],
  ])('reads %s as %i cents', (input, cents) => {
    expect(parseCents(input)).toBe(cents);
  });

  it.each(['', '.', 'abc', '12.345', '-5', '1,23.00', '12,34', '1e5', '$', '1,000,000,000,000.01'])(
    'refuses %s',
    (input) => {
      expect(parseCents(input)).toBeNull();
    },
  );

  it('never goes through floating point: 0.29 and 1.15 are exact', () => {
    expect(parseCents('1.15')).toBe(115);
    expect(parseCents('4.35')).toBe(435);
    expect(parseCents('9007199254.74')).toBe(900719925474);
  });
});

describe('formatCents', () => {
  it('prints dollars and cents with separators', () => {
    expect(formatCents(1234567)).toBe('$12,345.67');
    expect(formatCents(0)).toBe('$0.00');
    expect(formatCents(5)).toBe('$0.05');
    expect(formatCents(-250)).toBe('-$2.50');
    expect(formatCents(MAX_CENTS)).toBe('$1,000,000,000,000.00');
  });

  it('stays exact past $1 trillion', () => {
    expect(formatCents(Number.MAX_SAFE_INTEGER)).toBe('$90,071,992,547,409.91');
  });

  it('round-trips through the form field value', () => {
    for (const cents of [0, 1, 99, 100, 1234567, 900719925474]) {
      expect(parseCents(centsToInput(cents))).toBe(cents);
    }
  });
});

describe('percentOf', () => {
  it('gives one decimal only when needed', () => {
    expect(percentOf(1, 4)).toBe('25%');
    expect(percentOf(1, 8)).toBe('12.5%');
    expect(percentOf(5, 0)).toBe('0%');
  });
});
