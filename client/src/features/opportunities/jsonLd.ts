import type { OpportunityDetailQuery } from '@/app/graphql/generated/graphql';

export type OpportunityDetail = NonNullable<NonNullable<OpportunityDetailQuery['district']>['opportunity']>;

export interface JsonLdDistrict {
  name: string;
  state: string;
  website?: string | null;
}

type JsonObject = { [key: string]: JsonValue };
type JsonValue = string | number | boolean | JsonObject | JsonValue[];

const SALARY_UNITS: Record<string, string> = {
  hour: 'HOUR',
  day: 'DAY',
  week: 'WEEK',
  month: 'MONTH',
  year: 'YEAR',
};
const SALARY =
  /^\$(\d{1,3}(?:,\d{3})*(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?)\s*(?:\/|per|an?)\s*(hour|day|week|month|year)$/i;

/** Drops null, undefined, empty-string and empty-array members so the output never carries blanks. */
function compact(input: Record<string, JsonValue | null | undefined>): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === null || value === undefined || value === '') continue;
    if (Array.isArray(value) && value.length === 0) continue;
    out[key] = value;
  }
  return out;
}

/**
 * A schema.org MonetaryAmount for a pay text that is exactly one rate ("$16.50/hour", "$15 per hour"),
 * otherwise null: the partner's wording is never guessed at.
 */
export function parseBaseSalary(details: string | null | undefined): JsonObject | null {
  const match = details ? SALARY.exec(details.trim()) : null;
  if (!match) return null;
  const value = Number(match[1]!.replace(/,/g, ''));
  const unit = SALARY_UNITS[match[2]!.toLowerCase()];
  if (!Number.isFinite(value) || !unit) return null;
  return {
    '@type': 'MonetaryAmount',
    currency: 'USD',
    value: { '@type': 'QuantitativeValue', value, unitText: unit },
  };
}

function postalAddress(address: OpportunityDetail['address']): JsonObject | null {
  if (!address) return null;
  const out = compact({
    streetAddress: address.street,
    addressLocality: address.city,
    addressRegion: address.state,
    postalCode: address.postalCode,
  });
  return Object.keys(out).length ? { '@type': 'PostalAddress', ...out, addressCountry: 'US' } : null;
}

function organization(opportunity: OpportunityDetail, district: JsonLdDistrict): JsonObject {
  const org = opportunity.partner ?? { name: district.name, website: district.website };
  return compact({ '@type': 'Organization', name: org.name, sameAs: org.website });
}

function place(opportunity: OpportunityDetail): JsonObject | null {
  const address = postalAddress(opportunity.address);
  return address ? { '@type': 'Place', address } : null;
}

/** The stable listing id, named after the district that publishes it. */
function listingIdentifier(opportunity: OpportunityDetail, district: JsonLdDistrict): JsonObject {
  return { '@type': 'PropertyValue', name: district.name, value: opportunity.listingId };
}

function jobPosting(opportunity: OpportunityDetail, district: JsonLdDistrict, url: string): JsonObject {
  const remote = opportunity.locationMode === 'REMOTE';
  const location = remote ? null : place(opportunity);
  return compact({
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: opportunity.title,
    description: opportunity.description,
    url,
    identifier: listingIdentifier(opportunity, district),
    datePosted: opportunity.firstPublishedAt,
    validThrough: opportunity.deadline,
    employmentType: 'INTERN',
    hiringOrganization: organization(opportunity, district),
    jobLocation: location,
    jobLocationType: remote ? 'TELECOMMUTE' : null,
    applicantLocationRequirements: remote ? { '@type': 'State', name: district.state } : null,
    baseSalary: parseBaseSalary(opportunity.compensationDetails),
    directApply: false,
  });
}

const ATTENDANCE_MODE = {
  ON_SITE: 'https://schema.org/OfflineEventAttendanceMode',
  REMOTE: 'https://schema.org/OnlineEventAttendanceMode',
  HYBRID: 'https://schema.org/MixedEventAttendanceMode',
} as const;

function educationEvent(opportunity: OpportunityDetail, district: JsonLdDistrict, url: string): JsonObject {
  const physical = opportunity.locationMode === 'REMOTE' ? null : place(opportunity);
  const virtual: JsonObject | null =
    opportunity.locationMode === 'ON_SITE' ? null : { '@type': 'VirtualLocation', url };
  const locations = [physical, virtual].filter((l): l is JsonObject => l !== null);
  const offers =
    opportunity.applyUrl || opportunity.deadline
      ? compact({
          '@type': 'Offer',
          url: opportunity.applyUrl,
          validThrough: opportunity.deadline,
          price: 0,
          priceCurrency: 'USD',
        })
      : null;
  return compact({
    '@context': 'https://schema.org',
    '@type': 'EducationEvent',
    name: opportunity.title,
    description: opportunity.description,
    url,
    identifier: listingIdentifier(opportunity, district),
    startDate: opportunity.startDate,
    endDate: opportunity.endDate,
    eventAttendanceMode: ATTENDANCE_MODE[opportunity.locationMode],
    location: locations.length === 1 ? locations[0] : locations,
    organizer: organization(opportunity, district),
    audience: compact({ '@type': 'PeopleAudience', requiredMinAge: opportunity.minimumAge }),
    maximumAttendeeCapacity: opportunity.capacity,
    remainingAttendeeCapacity: opportunity.capacity,
    offers,
    isAccessibleForFree: true,
  });
}

/**
 * The schema.org description of one published opportunity: a JobPosting for paid and stipend
 * roles, an EducationEvent for unpaid ones. Only values the API returned appear.
 */
export function buildOpportunityJsonLd(
  opportunity: OpportunityDetail,
  district: JsonLdDistrict,
  url: string,
): JsonObject {
  return opportunity.compensation === 'UNPAID'
    ? educationEvent(opportunity, district, url)
    : jobPosting(opportunity, district, url);
}
