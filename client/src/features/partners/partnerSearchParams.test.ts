import { describe, expect, it } from 'vitest';
import { parsePartnerQuery, toPartnerQuery } from './partnerSearchParams';

describe('partner directory query', () => {
  it('reads kind as a readable slug and trims the search', () => {
    expect(parsePartnerQuery({ q: ' river ', kind: 'higher-education' })).toEqual({
      q: 'river',
      kind: 'HIGHER_EDUCATION',
    });
  });

  it('ignores an unknown kind', () => {
    expect(parsePartnerQuery({ kind: 'pirates' })).toEqual({ q: '', kind: null });
  });

  it('round-trips and leaves out what is not set', () => {
    expect(toPartnerQuery({ q: '', kind: null })).toEqual({});
    const query = toPartnerQuery({ q: 'health', kind: 'FAITH_BASED' });
    expect(query).toEqual({ q: 'health', kind: 'faith_based' });
    expect(parsePartnerQuery(query)).toEqual({ q: 'health', kind: 'FAITH_BASED' });
  });
});
