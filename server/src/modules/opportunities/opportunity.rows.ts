import { CEDS_WORK_BASED_LEARNING_CODE, isPastDeadline, type OpportunityType } from '@partnerhub/shared';
import { DISTRICT_JOIN_COLUMNS, PARTNER_JOIN_COLUMNS } from './opportunity.columns.js';
import type { OpportunityNode } from './opportunity.type.js';

/** What a read selected besides the listing's own columns; decides which derived fields to fill. */
export interface RowShape {
  partnerFields: readonly string[] | null;
  districtFields: readonly string[] | null;
  today: string;
}

type Raw = Record<string, unknown>;

/**
 * How the read path fills each field of the Address a listing shows. A test holds the keys to the
 * fields of the GraphQL type, so a field added to Address cannot be left unfilled here.
 */
export const ADDRESS_FROM_ROW = {
  street: (row: Raw) => row.street,
  city: (row: Raw) => row.city,
  state: (row: Raw) => row.state,
  postalCode: (row: Raw) => row.postalCode,
} satisfies Record<string, (row: Raw) => unknown>;

/**
 * How the read path fills each field of the Contact a listing shows; held to the GraphQL type by the
 * same test. A listing carries a copy of the contact taken when it was written, not a contact row.
 */
export const CONTACT_FROM_ROW = {
  name: (row: Raw) => row.contactName,
  title: () => null,
  email: (row: Raw) => row.contactEmail,
  phone: (row: Raw) => row.contactPhone,
  // Only a contact that agreed to be public is ever shown, so a shown one is always publishable.
  publishable: () => true,
  // A copy has no stored row to update; 0 is the version no stored contact ever has.
  version: () => 0,
} satisfies Record<string, (row: Raw) => unknown>;

function build(row: Raw, fields: Record<string, (row: Raw) => unknown>): Raw {
  const out: Raw = {};
  for (const [field, value] of Object.entries(fields)) out[field] = value(row);
  return out;
}

function toTimestamp(value: unknown): Date {
  if (value instanceof Date) return value;
  if (typeof value === 'number' || (typeof value === 'string' && /^\d+$/.test(value)))
    return new Date(Number(value));
  // PostgreSQL's text form, e.g. "2026-11-23 15:02:32.943+00".
  return new Date(
    String(value)
      .replace(' ', 'T')
      .replace(/([+-]\d\d)$/, '$1:00'),
  );
}

// The column key of each joined field, made once: `prefix + field` on every row made two strings a row.
const columnKeys = (prefix: string, columns: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.keys(columns).map((field) => [field, prefix + field]));
const PARTNER_KEYS = columnKeys('p__', PARTNER_JOIN_COLUMNS);
const DISTRICT_KEYS = columnKeys('d__', DISTRICT_JOIN_COLUMNS);

function joined(
  raw: Raw,
  keys: Record<string, string>,
  fields: readonly string[],
  typename: string,
  id: unknown,
): object {
  const out: Raw = { __typename: typename, id };
  for (const field of fields) out[field] = raw[keys[field]!];
  return out;
}

/**
 * Turns one SQL row (columns already aliased to field names) into the Opportunity the schema serves,
 * computing the derived fields here once so that GraphQL resolves every field as a plain property.
 */
export function toOpportunity(raw: Raw, shape: RowShape): OpportunityNode {
  const row = raw as Raw & { dbId: number };
  // No `id` here: every node's global id is resolved from its `dbId` (graphql/node.resolver.ts).
  row.__typename = 'Opportunity';
  if ('type' in row) row.cedsCode = CEDS_WORK_BASED_LEARNING_CODE[row.type as OpportunityType];
  if ('deadline' in row) row.isClosed = isPastDeadline(row.deadline as string | null, shape.today);
  if (typeof row.skills === 'string') row.skills = JSON.parse(row.skills);
  if ('earnsCredit' in row) row.earnsCredit = Boolean(row.earnsCredit);
  if ('firstPublishedAt' in row) row.firstPublishedAt = toTimestamp(row.firstPublishedAt);
  if ('street' in row) {
    row.address = row.street || row.city ? build(row, ADDRESS_FROM_ROW) : null;
  }
  if ('contactPublishable' in row) {
    const publishable = Boolean(row.contactPublishable) && Boolean(row.contactName);
    row.contact = publishable ? build(row, CONTACT_FROM_ROW) : null;
  }
  if (shape.partnerFields) {
    row.partner =
      row.partnerId == null
        ? null
        : joined(row, PARTNER_KEYS, shape.partnerFields, 'PartnerOrganization', row.partnerId);
  }
  if (shape.districtFields)
    row.district = joined(row, DISTRICT_KEYS, shape.districtFields, 'District', row.districtId);
  return row as unknown as OpportunityNode;
}
