import { describe, expect, it } from 'vitest';
import { formatBasisPoints, parseBasisPoints } from './labels';
import { formatCents } from './money';
import { csvFileName, describeChart, toChartPoints } from './report';

describe('toChartPoints', () => {
  const rows = [
    { name: 'A', cents: 100 },
    { name: 'B', cents: 0 },
    { name: 'C', cents: 500 },
    { name: 'D', cents: 200 },
    { name: 'E', cents: 50 },
  ];

  it('drops empty rows and sorts largest first', () => {
    expect(
      toChartPoints(
        rows,
        (r) => r.name,
        (r) => r.cents,
      ),
    ).toEqual([
      { label: 'C', cents: 500 },
      { label: 'D', cents: 200 },
      { label: 'A', cents: 100 },
      { label: 'E', cents: 50 },
    ]);
  });

  it('folds the smallest into Other so no amount is lost', () => {
    const points = toChartPoints(
      rows,
      (r) => r.name,
      (r) => r.cents,
      3,
    );
    expect(points).toEqual([
      { label: 'C', cents: 500 },
      { label: 'D', cents: 200 },
      { label: 'Other', cents: 150 },
    ]);
  });
});

describe('describeChart', () => {
  it('names every point with its amount', () => {
    expect(
      describeChart('By source', [{ label: 'Title I, Part A FY2026', cents: 1234567 }], formatCents),
    ).toBe('By source: Title I, Part A FY2026 $12,345.67.');
    expect(describeChart('By goal', [], formatCents)).toBe('By goal: nothing allocated.');
  });
});

describe('csvFileName', () => {
  it('names the district, report and year', () => {
    expect(csvFileName('maple-ridge', 'source', 2026)).toBe('maple-ridge-funding-by-source-fy2026.csv');
    expect(csvFileName('maple-ridge', 'goal', null)).toBe('maple-ridge-funding-by-goal-all-years.csv');
  });
});

describe('basis points', () => {
  it('reads and prints percentages exactly', () => {
    expect(parseBasisPoints('1')).toBe(100);
    expect(parseBasisPoints('1.5%')).toBe(150);
    expect(parseBasisPoints('0.25')).toBe(25);
    expect(parseBasisPoints('101')).toBeNull();
    expect(parseBasisPoints('abc')).toBeNull();
    expect(formatBasisPoints(100)).toBe('1%');
    expect(formatBasisPoints(150)).toBe('1.5%');
    expect(formatBasisPoints(25)).toBe('0.25%');
  });
});
