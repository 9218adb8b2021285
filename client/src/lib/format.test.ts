import { describe, expect, it } from 'vitest';
import { countLabel, displayUrl, formatDate, formatDateRange, paragraphs } from './format';

describe('formatDate', () => {
  it('formats a calendar date without shifting it by time zone', () => {
    expect(formatDate('2026-12-14')).toBe('Dec 14, 2026');
    expect(formatDate('2027-01-01')).toBe('Jan 1, 2027');
  });
  it('uses the date part of a timestamp', () => {
    expect(formatDate('2026-11-23T23:59:00.000Z')).toBe('Nov 23, 2026');
  });
  it('returns text it cannot read unchanged', () => {
    expect(formatDate('soon')).toBe('soon');
  });
});

describe('formatDateRange', () => {
  it('writes the year once within one year', () => {
    expect(formatDateRange('2027-06-01', '2027-08-10')).toBe('Jun 1 – Aug 10, 2027');
  });
  it('writes both years across a new year', () => {
    expect(formatDateRange('2026-12-28', '2027-02-22')).toBe('Dec 28, 2026 – Feb 22, 2027');
  });
  it('handles a one-day range and missing ends', () => {
    expect(formatDateRange('2027-03-05', '2027-03-05')).toBe('Mar 5, 2027');
    expect(formatDateRange('2027-03-05', null)).toBe('Starts Mar 5, 2027');
    expect(formatDateRange(null, '2027-03-05')).toBe('Ends Mar 5, 2027');
    expect(formatDateRange(null, null)).toBeNull();
  });
});

describe('countLabel', () => {
  it('picks singular or plural', () => {
    expect(countLabel(1, 'opportunity', 'opportunities')).toBe('1 opportunity');
    expect(countLabel(12, 'opportunity', 'opportunities')).toBe('12 opportunities');
    expect(countLabel(0, 'partner')).toBe('0 partners');
    expect(countLabel(1200, 'partner')).toBe('1,200 partners');
  });
});

describe('paragraphs', () => {
  it('splits at blank lines and keeps single line breaks inside a paragraph', () => {
    expect(paragraphs('One\nstill one\n\n  Two  \n\n\n\nThree')).toEqual(['One\nstill one', 'Two', 'Three']);
    expect(paragraphs(null)).toEqual([]);
  });
});

describe('displayUrl', () => {
  it('shows host and path without the scheme or a trailing slash', () => {
    expect(displayUrl('https://www.example.org/')).toBe('www.example.org');
    expect(displayUrl('https://example.org/jobs/')).toBe('example.org/jobs');
    expect(displayUrl('not a url')).toBe('not a url');
  });
});
