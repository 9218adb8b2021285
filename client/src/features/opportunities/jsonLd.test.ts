import { describe, expect, it } from 'vitest';
import { type OpportunityDetail, buildOpportunityJsonLd, parseBaseSalary } from './jsonLd';

const district = {
  name: 'Maple Ridge City School District',
  state: 'OH',
  website: 'https://www.mapleridge.k12.oh.us',
};
const url = 'https://partnerhub.example/d/maple-ridge/opportunities/abc-123';

function listing(overrides: Partial<OpportunityDetail> = {}): OpportunityDetail {
  return {
    id: 'T3Bw',
    listingId: 'abc-123',
    title: 'Machining Pre-Apprenticeship',
    summary: 'Learn CNC setup.',
    description: 'Learn CNC setup.\n\nWork on the shop floor.',
    type: 'PRE_APPRENTICESHIP',
    cedsCode: 'Other',
    firstPublishedAt: '2026-11-23T15:05:14.208Z',
    startDate: '2026-12-28',
    endDate: '2027-02-22',
    hoursPerWeek: 15,
    locationMode: 'ON_SITE',
    address: { street: '1200 Industrial Pkwy', city: 'Maple Ridge', state: 'OH', postalCode: '43210' },
    gradeMin: 11,
    gradeMax: 12,
    minimumAge: 16,
    otherRequirements: null,
    capacity: 6,
    compensation: 'PAID',
    compensationDetails: '$16.50/hour',
    earnsCredit: true,
    creditAmount: 1,
    creditSubject: 'CTE Manufacturing Technology',
    careerCluster: 'Manufacturing',
    skills: ['CNC operation'],
    applyUrl: 'https://apply.example.org/maple-ridge/abc-123',
    applyEmail: null,
    applyInstructions: null,
    deadline: '2026-12-14',
    isClosed: false,
    accessibilityNotes: null,
    transportNotes: null,
    contact: { name: 'Dana Whitfield', title: null, email: 'dana@example.org', phone: null },
    partner: {
      id: 'UGFy',
      slug: 'riverbend',
      name: 'Riverbend Precision Manufacturing',
      website: 'https://riverbend.example',
    },
    ...overrides,
  };
}

describe('JobPosting for paid roles', () => {
  it('describes a paid on-site role as an internship posting', () => {
    const ld = buildOpportunityJsonLd(listing(), district, url);
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Machining Pre-Apprenticeship',
      description: 'Learn CNC setup.\n\nWork on the shop floor.',
      datePosted: '2026-11-23T15:05:14.208Z',
      validThrough: '2026-12-14',
      employmentType: 'INTERN',
      directApply: false,
      identifier: { '@type': 'PropertyValue', value: 'abc-123' },
      hiringOrganization: {
        '@type': 'Organization',
        name: 'Riverbend Precision Manufacturing',
        sameAs: 'https://riverbend.example',
      },
      jobLocation: {
        '@type': 'Place',
        address: {
          '@type': 'PostalAddress',
          streetAddress: '1200 Industrial Pkwy',
          addressLocality: 'Maple Ridge',
          addressRegion: 'OH',
          postalCode: '43210',
          addressCountry: 'US',
        },
      },
      baseSalary: { '@type': 'MonetaryAmount', currency: 'USD', value: { value: 16.5, unitText: 'HOUR' } },
    });
    expect(ld).not.toHaveProperty('jobLocationType');
  });

  it('treats a stipend as a job posting too', () => {
    expect(buildOpportunityJsonLd(listing({ compensation: 'STIPEND' }), district, url)['@type']).toBe(
      'JobPosting',
    );
  });

  it('marks remote roles TELECOMMUTE with the district’s state, and no jobLocation', () => {
    const ld = buildOpportunityJsonLd(listing({ locationMode: 'REMOTE', address: null }), district, url);
    expect(ld.jobLocationType).toBe('TELECOMMUTE');
    expect(ld.applicantLocationRequirements).toEqual({ '@type': 'State', name: 'OH' });
    expect(ld).not.toHaveProperty('jobLocation');
  });

  it('names the district as the hiring organization when it offers the role itself', () => {
    const ld = buildOpportunityJsonLd(listing({ partner: null }), district, url);
    expect(ld.hiringOrganization).toEqual({
      '@type': 'Organization',
      name: 'Maple Ridge City School District',
      sameAs: 'https://www.mapleridge.k12.oh.us',
    });
  });

  it('leaves out baseSalary and validThrough when the listing does not state them', () => {
    const ld = buildOpportunityJsonLd(
      listing({ compensationDetails: '$17.25/hour, rising with each competency', deadline: null }),
      district,
      url,
    );
    expect(ld).not.toHaveProperty('baseSalary');
    expect(ld).not.toHaveProperty('validThrough');
  });

  it('never publishes the contact person', () => {
    expect(JSON.stringify(buildOpportunityJsonLd(listing(), district, url))).not.toContain(
      'dana@example.org',
    );
  });
});

describe('EducationEvent for unpaid opportunities', () => {
  const unpaid = listing({ compensation: 'UNPAID', compensationDetails: null });

  it('describes an unpaid on-site opportunity as a free event with an audience and capacity', () => {
    const ld = buildOpportunityJsonLd(unpaid, district, url);
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'EducationEvent',
      name: 'Machining Pre-Apprenticeship',
      startDate: '2026-12-28',
      endDate: '2027-02-22',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Maple Ridge' } },
      organizer: { '@type': 'Organization', name: 'Riverbend Precision Manufacturing' },
      audience: { '@type': 'PeopleAudience', requiredMinAge: 16 },
      maximumAttendeeCapacity: 6,
      remainingAttendeeCapacity: 6,
      offers: {
        '@type': 'Offer',
        url: 'https://apply.example.org/maple-ridge/abc-123',
        validThrough: '2026-12-14',
      },
      isAccessibleForFree: true,
    });
    expect(ld).not.toHaveProperty('employmentType');
    expect(ld).not.toHaveProperty('baseSalary');
  });

  it('uses a virtual location online and both kinds when hybrid', () => {
    const remote = buildOpportunityJsonLd({ ...unpaid, locationMode: 'REMOTE' }, district, url);
    expect(remote.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
    expect(remote.location).toEqual({ '@type': 'VirtualLocation', url });

    const hybrid = buildOpportunityJsonLd({ ...unpaid, locationMode: 'HYBRID' }, district, url);
    expect(hybrid.eventAttendanceMode).toBe('https://schema.org/MixedEventAttendanceMode');
    expect(hybrid.location).toEqual([
      expect.objectContaining({ '@type': 'Place' }),
      { '@type': 'VirtualLocation', url },
    ]);
  });

  it('leaves out the age requirement, capacity and offer when the listing has none', () => {
    const ld = buildOpportunityJsonLd(
      { ...unpaid, minimumAge: null, capacity: null, applyUrl: null, deadline: null },
      district,
      url,
    );
    expect(ld.audience).toEqual({ '@type': 'PeopleAudience' });
    expect(ld).not.toHaveProperty('maximumAttendeeCapacity');
    expect(ld).not.toHaveProperty('remainingAttendeeCapacity');
    expect(ld).not.toHaveProperty('offers');
  });
});

describe('parseBaseSalary', () => {
  it('reads a single stated rate', () => {
    expect(parseBaseSalary('$15/hour')).toMatchObject({ value: { value: 15, unitText: 'HOUR' } });
    expect(parseBaseSalary('$15.75 per hour')).toMatchObject({ value: { value: 15.75, unitText: 'HOUR' } });
    expect(parseBaseSalary('$1,200 per month')).toMatchObject({ value: { value: 1200, unitText: 'MONTH' } });
  });

  it('refuses anything it would have to guess at', () => {
    for (const text of [
      '$500 per semester',
      '$1,200 summer stipend',
      '$14/hour, paid by the workforce board',
      'Employer wage, at least $14/hour',
      '20% of booth profits',
      '',
      null,
    ]) {
      expect(parseBaseSalary(text)).toBeNull();
    }
  });
});
