import { describe, expect, it } from 'vitest';
import type { ListingDraft } from './opportunity-list.js';
import { EMPTY_LISTING } from './opportunity-list.js';
import { listingSchema, parseListing, validateListing } from './opportunity-listing.js';

const valid = (overrides: Partial<ListingDraft> = {}): ListingDraft => ({
  ...EMPTY_LISTING,
  id: '6f1c2a52-3d0e-4f7b-9a51-2b7c1d9e8f00',
  partnerId: 3,
  title: 'Hospital job shadowing',
  summary: 'Spend two days with a nurse.',
  type: 'JOB_SHADOWING',
  gradeMin: 10,
  gradeMax: 12,
  applyUrl: 'https://example.org/apply',
  ...overrides,
});

const fields = (overrides: Partial<Record<keyof ListingDraft, unknown>>) =>
  validateListing({ ...valid(), ...overrides }).map((p) => p.field);

describe('listing validation', () => {
  it('accepts a complete listing and normalises it', () => {
    expect(validateListing(valid())).toEqual([]);
    const parsed = parseListing(valid({ title: '  Shadowing  ', city: ' ', skills: [' Care '] }));
    expect(parsed).toMatchObject({ title: 'Shadowing', city: null, skills: ['Care'] });
    expect(listingSchema.safeParse(valid()).success).toBe(true);
  });

  it('requires a title of at most 200 characters and a summary of at most 500', () => {
    expect(fields({ title: null, summary: '  ' })).toEqual(['title', 'summary']);
    expect(fields({ title: 'x'.repeat(200), summary: 'y'.repeat(500) })).toEqual([]);
    expect(validateListing({ ...valid(), title: 'x'.repeat(201), summary: 'y'.repeat(501) })).toEqual([
      { field: 'title', message: 'Use at most 200 characters.' },
      { field: 'summary', message: 'Use at most 500 characters.' },
    ]);
  });

  it('takes only known types, location modes and compensations', () => {
    expect(fields({ type: 'INTERNSHIP', locationMode: 'MOON', compensation: 'EQUITY' })).toEqual([
      'type',
      'locationMode',
      'compensation',
    ]);
    expect(fields({ type: null })).toEqual(['type']);
  });

  it('takes grades from kindergarten (0) to 12, lowest first', () => {
    expect(fields({ gradeMin: 0, gradeMax: 12 })).toEqual([]);
    expect(fields({ gradeMin: -1, gradeMax: 13 })).toEqual(['gradeMin', 'gradeMax']);
    expect(fields({ gradeMin: 9.5 })).toEqual(['gradeMin']);
    expect(fields({ gradeMin: 12, gradeMax: 9 })).toEqual(['gradeMax']);
    expect(fields({ gradeMin: null })).toEqual(['gradeMin']);
  });

  it('takes a minimum age from 10 to 25, optionally', () => {
    expect(fields({ minimumAge: null })).toEqual([]);
    expect(fields({ minimumAge: 10 })).toEqual([]);
    expect(fields({ minimumAge: 25 })).toEqual([]);
    expect(fields({ minimumAge: 9 })).toEqual(['minimumAge']);
    expect(fields({ minimumAge: 26 })).toEqual(['minimumAge']);
  });

  it('needs one way to apply, each one well formed', () => {
    expect(fields({ applyUrl: null })).toEqual(['applyUrl']);
    expect(fields({ applyUrl: null, applyEmail: 'jobs@example.org' })).toEqual([]);
    expect(fields({ applyUrl: null, applyInstructions: 'Ask your counselor.' })).toEqual([]);
    expect(fields({ applyUrl: 'javascript:alert(1)' })).toEqual(['applyUrl']);
    expect(fields({ applyUrl: 'example.org' })).toEqual(['applyUrl']);
    expect(fields({ applyEmail: 'not-an-address' })).toEqual(['applyEmail']);
  });

  it('takes real YYYY-MM-DD dates in order: start, deadline no later than the end', () => {
    expect(fields({ startDate: '2027-06-01', endDate: '2027-08-01', deadline: '2027-05-01' })).toEqual([]);
    expect(fields({ deadline: '2027-02-30' })).toEqual(['deadline']);
    expect(fields({ deadline: '05/01/2027' })).toEqual(['deadline']);
    expect(fields({ startDate: '2027-08-01', endDate: '2027-06-01' })).toEqual(['endDate']);
    expect(fields({ endDate: '2027-06-01', deadline: '2027-07-01' })).toEqual(['deadline']);
  });

  it('takes a positive whole capacity and 0 to 60 hours a week', () => {
    expect(fields({ capacity: 12, hoursPerWeek: 0 })).toEqual([]);
    expect(fields({ hoursPerWeek: 60 })).toEqual([]);
    expect(fields({ capacity: 0, hoursPerWeek: 61 })).toEqual(['hoursPerWeek', 'capacity']);
    expect(fields({ capacity: 2.5, hoursPerWeek: -1 })).toEqual(['hoursPerWeek', 'capacity']);
  });

  it('keeps credit fields for listings that earn credit', () => {
    expect(fields({ earnsCredit: true, creditAmount: 0.5, creditSubject: 'Health science' })).toEqual([]);
    expect(fields({ earnsCredit: false, creditAmount: 0.5, creditSubject: 'Health science' })).toEqual([
      'creditAmount',
      'creditSubject',
    ]);
    expect(fields({ earnsCredit: true, creditAmount: -1 })).toEqual(['creditAmount']);
  });

  it('reports every problem at once, one per field, field and cross-field rules together', () => {
    const problems = validateListing({
      ...valid(),
      title: '',
      gradeMin: 12,
      gradeMax: 9,
      applyUrl: null,
      capacity: -3,
      creditAmount: 1,
    });
    expect(problems.map((p) => p.field)).toEqual([
      'title',
      'gradeMax',
      'capacity',
      'creditAmount',
      'applyUrl',
    ]);
    expect(problems.every((p) => p.message.length > 0)).toBe(true);
  });

  it('refuses what is not a listing at all', () => {
    expect(validateListing(null).length).toBeGreaterThan(0);
    expect(fields({ id: 'x' })).toEqual(['id']);
    expect(parseListing({})).toBeNull();
  });

  it('flags text that cannot be stored on the field that holds it, one-line fields refusing line breaks', () => {
    const problems = validateListing({
      ...valid(),
      title: 'Nurse\u0000shadowing',
      summary: 'Two days\nwith a nurse.',
      description: 'Half a pair \uD800 here',
      city: 'Spring\nfield',
      skills: ['Care', 'Tri\uFFFEage'],
      transportNotes: 'Bus 4\r\nor bus 7\tfrom the station',
    });
    expect(problems).toEqual([
      { field: 'title', message: expect.stringContaining('U+0000 (character 6)') as string },
      { field: 'description', message: expect.stringContaining('U+D800') as string },
      { field: 'city', message: 'Remove the line break (character 7): this field is one line.' },
      { field: 'skills', message: expect.stringContaining('U+FFFE') as string },
    ]);
    expect(parseListing({ ...valid(), contactName: 'A\u0007B' })).toBeNull();
  });
});
