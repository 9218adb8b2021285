import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SEARCH,
  type OpportunitySearchState,
  activeFilterCount,
  hasActiveFilters,
  parseSearchQuery,
  toOpportunityFilter,
  toOrder,
  toSearchQuery,
} from './searchParams';

const everything: OpportunitySearchState = {
  q: 'nurse aide',
  type: 'PAID_INTERNSHIP',
  grade: 11,
  location: 'ON_SITE',
  pay: 'paid',
  credit: true,
  openOnly: false,
  partner: 'UGFydG5lck9yZ2FuaXphdGlvbjo2',
  sort: 'newest',
  page: 3,
};

describe('parseSearchQuery', () => {
  it('gives the defaults for an empty query: open listings only, by deadline, page 1', () => {
    expect(parseSearchQuery({})).toEqual(DEFAULT_SEARCH);
    expect(DEFAULT_SEARCH.openOnly).toBe(true);
  });

  it('reads every parameter', () => {
    expect(
      parseSearchQuery({
        q: ' nurse aide ',
        type: 'paid_internship',
        grade: '11',
        location: 'on_site',
        pay: 'paid',
        credit: '1',
        open: '0',
        partner: 'UGFydG5lck9yZ2FuaXphdGlvbjo2',
        sort: 'newest',
        page: '3',
      }),
    ).toEqual(everything);
  });

  it('accepts hyphens and any case in enum values', () => {
    expect(parseSearchQuery({ type: 'Paid-Internship', location: 'ON-SITE' })).toMatchObject({
      type: 'PAID_INTERNSHIP',
      location: 'ON_SITE',
    });
  });

  it('ignores values it does not know instead of failing', () => {
    const state = parseSearchQuery({
      type: 'astronaut',
      grade: '3',
      location: 'moon',
      pay: 'maybe',
      credit: 'yes',
      open: 'no',
      sort: 'random',
      page: '-2',
    });
    expect(state).toEqual({ ...DEFAULT_SEARCH, openOnly: true });
  });

  it('rejects grades outside 6-12 and non-numeric pages', () => {
    expect(parseSearchQuery({ grade: '13' }).grade).toBeNull();
    expect(parseSearchQuery({ grade: '9.5' }).grade).toBeNull();
    expect(parseSearchQuery({ grade: '6' }).grade).toBe(6);
    expect(parseSearchQuery({ page: '2abc' }).page).toBe(1);
    expect(parseSearchQuery({ page: '0' }).page).toBe(1);
  });

  it('takes the first value of a repeated parameter', () => {
    expect(parseSearchQuery({ q: ['first', 'second'], grade: [null, '9'] }).q).toBe('first');
  });
});

describe('toSearchQuery', () => {
  it('leaves out every default so a plain search has a clean URL', () => {
    expect(toSearchQuery(DEFAULT_SEARCH)).toEqual({});
  });

  it('writes open=0 only when closed listings are included', () => {
    expect(toSearchQuery({ ...DEFAULT_SEARCH, openOnly: false })).toEqual({ open: '0' });
  });

  it('round-trips through parseSearchQuery', () => {
    const query = toSearchQuery(everything);
    expect(query).toEqual({
      q: 'nurse aide',
      type: 'paid_internship',
      grade: '11',
      location: 'on_site',
      pay: 'paid',
      credit: '1',
      open: '0',
      partner: 'UGFydG5lck9yZ2FuaXphdGlvbjo2',
      sort: 'newest',
      page: '3',
    });
    expect(parseSearchQuery(query)).toEqual(everything);
  });

  it('drops a search made only of spaces', () => {
    expect(toSearchQuery({ ...DEFAULT_SEARCH, q: '   ' })).toEqual({});
  });
});

describe('toOpportunityFilter', () => {
  it('asks only for open listings by default', () => {
    expect(toOpportunityFilter(DEFAULT_SEARCH)).toEqual({ openOnly: true });
  });

  it('maps every filter to the API input', () => {
    expect(toOpportunityFilter(everything)).toEqual({
      query: 'nurse aide',
      types: ['PAID_INTERNSHIP'],
      grade: 11,
      locationModes: ['ON_SITE'],
      paid: true,
      earnsCredit: true,
      partnerId: 'UGFydG5lck9yZ2FuaXphdGlvbjo2',
    });
  });

  it('maps "Unpaid" to paid: false rather than leaving pay out', () => {
    expect(toOpportunityFilter({ ...DEFAULT_SEARCH, pay: 'unpaid' }).paid).toBe(false);
  });
});

describe('sorting and active filters', () => {
  it('maps sort keys to the API order', () => {
    expect(toOrder('deadline')).toBe('DEADLINE');
    expect(toOrder('newest')).toBe('NEWEST');
    expect(toOrder('title')).toBe('TITLE');
  });

  it('does not count the sort order or page as a filter', () => {
    expect(hasActiveFilters({ ...DEFAULT_SEARCH, sort: 'title', page: 2 })).toBe(false);
    expect(hasActiveFilters({ ...DEFAULT_SEARCH, openOnly: false })).toBe(true);
    expect(activeFilterCount({ ...DEFAULT_SEARCH, sort: 'title', page: 3 })).toBe(0);
    expect(activeFilterCount({ ...DEFAULT_SEARCH, q: ' nurse ', grade: 10, openOnly: false })).toBe(3);
    expect(hasActiveFilters({ ...DEFAULT_SEARCH, grade: 9 })).toBe(true);
  });
});
