import { describe, expect, it } from 'vitest';
import { filterPartnerships, parsePartnerFilters, toFilterQuery } from './partnershipFilters';

const ROWS = [
  {
    status: 'ACTIVE',
    vettingStatus: 'VALID',
    partner: { name: 'Riverbend Precision Manufacturing', city: 'Maple Ridge' },
  },
  { status: 'ACTIVE', vettingStatus: 'EXPIRED', partner: { name: 'Maple Ridge Food Bank', city: null } },
  { status: 'PROSPECT', vettingStatus: 'MISSING', partner: { name: 'Valley Health', city: 'Cedar' } },
] as const;

describe('parsePartnerFilters / toFilterQuery', () => {
  it('reads known values and drops unknown ones', () => {
    expect(parsePartnerFilters({ q: ' food ', status: 'active', vetting: 'EXPIRED' })).toEqual({
      q: 'food',
      status: 'ACTIVE',
      vetting: 'EXPIRED',
    });
    expect(parsePartnerFilters({ status: 'nonsense', vetting: ['VALID', 'EXPIRED'] })).toEqual({
      q: '',
      status: null,
      vetting: 'VALID',
    });
  });

  it('round-trips through the URL query', () => {
    const filters = { q: 'health', status: 'PROSPECT' as const, vetting: null };
    expect(toFilterQuery(filters)).toEqual({ q: 'health', status: 'PROSPECT' });
    expect(parsePartnerFilters(toFilterQuery(filters))).toEqual(filters);
  });
});

describe('filterPartnerships', () => {
  it('matches every word of the search in the partner name or city', () => {
    const names = (q: string) =>
      filterPartnerships(ROWS, { q, status: null, vetting: null }).map((r) => r.partner.name);
    expect(names('maple')).toEqual(['Riverbend Precision Manufacturing', 'Maple Ridge Food Bank']);
    expect(names('food maple')).toEqual(['Maple Ridge Food Bank']);
    expect(names('')).toHaveLength(3);
  });

  it('narrows by partnership status and vetting status', () => {
    expect(filterPartnerships(ROWS, { q: '', status: 'ACTIVE', vetting: 'EXPIRED' })).toHaveLength(1);
    expect(filterPartnerships(ROWS, { q: '', status: 'PAUSED', vetting: null })).toHaveLength(0);
  });
});
