import { describe, expect, it } from 'vitest';
import {
  EXPIRING_SOON_DAYS,
  VettingStatus,
  addDays,
  expiresWithin,
  isExpired,
  vettingStatusOf,
  vettingSummary,
} from './vetting-status.js';

const TODAY = '2026-02-27';

describe('vetting status', () => {
  it('counts days across month and leap-year ends', () => {
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('treats the expiry date as the last valid day', () => {
    expect(isExpired(TODAY, TODAY)).toBe(false);
    expect(isExpired('2026-02-26', TODAY)).toBe(true);
    expect(isExpired(null, TODAY)).toBe(false);
    expect(vettingStatusOf(TODAY, TODAY)).toBe(VettingStatus.EXPIRING_SOON);
    expect(vettingStatusOf('2026-02-26', TODAY)).toBe(VettingStatus.EXPIRED);
  });

  it(`is EXPIRING_SOON up to ${EXPIRING_SOON_DAYS} days ahead and VALID after`, () => {
    expect(vettingStatusOf(addDays(TODAY, EXPIRING_SOON_DAYS), TODAY)).toBe(VettingStatus.EXPIRING_SOON);
    expect(vettingStatusOf(addDays(TODAY, EXPIRING_SOON_DAYS + 1), TODAY)).toBe(VettingStatus.VALID);
    expect(vettingStatusOf(null, TODAY)).toBe(VettingStatus.MISSING_EXPIRY);
  });

  it('says whether a still-valid record expires within a number of days', () => {
    expect(expiresWithin(addDays(TODAY, 10), TODAY, 10)).toBe(true);
    expect(expiresWithin(addDays(TODAY, 11), TODAY, 10)).toBe(false);
    expect(expiresWithin('2026-02-26', TODAY, 10)).toBe(false);
    expect(expiresWithin(null, TODAY, 10)).toBe(false);
  });

  it('summarises the worst kind, with MISSING for a kind never recorded and EXPIRED worst of all', () => {
    const valid = addDays(TODAY, 365);
    const all = (expiresOn: (string | null)[]) =>
      (['AGREEMENT', 'INSURANCE', 'BACKGROUND_CHECK'] as const).map((kind, i) => ({
        kind,
        expiresOn: expiresOn[i],
      }));
    expect(vettingSummary(all([valid, valid, valid]), TODAY)).toBe(VettingStatus.VALID);
    expect(vettingSummary(all([valid, addDays(TODAY, 3), valid]), TODAY)).toBe(VettingStatus.EXPIRING_SOON);
    expect(vettingSummary(all([valid, null, addDays(TODAY, 3)]), TODAY)).toBe(VettingStatus.MISSING_EXPIRY);
    expect(vettingSummary(all([valid, valid, valid]).slice(1), TODAY)).toBe(VettingStatus.MISSING);
    expect(vettingSummary([{ kind: 'INSURANCE', expiresOn: '2020-01-01' }], TODAY)).toBe(
      VettingStatus.EXPIRED,
    );
    expect(vettingSummary([], TODAY)).toBe(VettingStatus.MISSING);
  });
});
