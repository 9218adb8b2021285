import { DISTRICT_COLUMNS } from '../organizations/index.js';

/**
 * Which `opportunity` columns each GraphQL field of Opportunity needs. Read paths select the union
 * of the requested fields' columns, so a list of titles never reads descriptions.
 */
const COLUMNS_BY_FIELD: Record<string, readonly string[]> = {
  id: [],
  listingId: ['listing_id'],
  title: ['title'],
  summary: ['summary'],
  description: ['description'],
  type: ['type'],
  cedsCode: ['type'],
  locationMode: ['location_mode'],
  address: ['street', 'city', 'state', 'postal_code'],
  startDate: ['start_date'],
  endDate: ['end_date'],
  hoursPerWeek: ['hours_per_week'],
  gradeMin: ['grade_min'],
  gradeMax: ['grade_max'],
  minimumAge: ['minimum_age'],
  otherRequirements: ['other_requirements'],
  capacity: ['capacity'],
  compensation: ['compensation'],
  compensationDetails: ['compensation_details'],
  earnsCredit: ['earns_credit'],
  creditAmount: ['credit_amount'],
  creditSubject: ['credit_subject'],
  careerCluster: ['career_cluster'],
  skills: ['skills'],
  applyUrl: ['apply_url'],
  applyEmail: ['apply_email'],
  applyInstructions: ['apply_instructions'],
  deadline: ['deadline'],
  isClosed: ['deadline'],
  accessibilityNotes: ['accessibility_notes'],
  transportNotes: ['transport_notes'],
  contact: ['contact_name', 'contact_email', 'contact_phone', 'contact_publishable'],
  firstPublishedAt: ['first_published_at'],
  version: ['version_id'],
  district: ['district_id'],
  partner: ['partner_id'],
};

/** Columns always read: the key and the foreign keys that field resolvers fall back on. */
const ALWAYS = ['id', 'version_id', 'district_id', 'partner_id'];

export const ALL_OPPORTUNITY_FIELDS = Object.keys(COLUMNS_BY_FIELD);

/** The opportunity columns needed to answer the given GraphQL fields (unknown names are ignored). */
export function opportunityColumns(fields: Iterable<string>): string[] {
  const columns = new Set(ALWAYS);
  for (const field of fields) for (const column of COLUMNS_BY_FIELD[field] ?? []) columns.add(column);
  return [...columns];
}

/**
 * Scalar fields of PartnerOrganization and District and their columns, read through a join when a
 * query embeds those objects. A test checks that these cover every scalar field of the two types.
 */
export const PARTNER_JOIN_COLUMNS: Record<string, string> = {
  name: 'name',
  slug: 'slug',
  kind: 'kind',
  website: 'website',
  description: 'description',
  address: 'address',
  city: 'city',
  state: 'state',
  postalCode: 'postal_code',
  version: 'version',
};

export const DISTRICT_JOIN_COLUMNS = DISTRICT_COLUMNS;

function snakeToCamel(column: string): string {
  return column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** The property name each opportunity column is read into (its camel-case form). */
export const COLUMN_ALIAS: Record<string, string> = Object.fromEntries(
  [...new Set([...Object.values(COLUMNS_BY_FIELD).flat(), ...ALWAYS])].map((c) => [c, snakeToCamel(c)]),
);
// The key is read as `dbId`: `id` holds the global id, and writing a string over a number would make
// V8 re-shape every row object.
COLUMN_ALIAS.id = 'dbId';
