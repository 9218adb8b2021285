import * as Y from 'yjs';
import type { Compensation, LocationMode, OpportunityType } from './opportunity.js';

/**
 * Shape of an `opportunities:<districtId>` document: the root Y.Array `listings` holds one Y.Map per
 * listing, in list order. A listing map holds a stable `id` (uuid), `partnerId` (a partner
 * organization's id, or null when the district itself offers it), long texts as Y.Text (so people can
 * type in them together) and every other field as a plain value.
 */
export const LISTINGS_ARRAY = 'listings';

/** The fields of a listing that people edit; absent or wrongly typed values read as null. */
export interface ListingFields {
  title: string | null;
  summary: string;
  description: string;
  type: OpportunityType | null;
  locationMode: LocationMode | null;
  street: string | null;
  city: string | null;
  state: string | null;
  postalCode: string | null;
  startDate: string | null;
  endDate: string | null;
  hoursPerWeek: number | null;
  gradeMin: number | null;
  gradeMax: number | null;
  minimumAge: number | null;
  otherRequirements: string;
  capacity: number | null;
  compensation: Compensation | null;
  compensationDetails: string | null;
  earnsCredit: boolean;
  creditAmount: number | null;
  creditSubject: string | null;
  careerCluster: string | null;
  skills: string[];
  applyUrl: string | null;
  applyEmail: string | null;
  applyInstructions: string;
  deadline: string | null;
  accessibilityNotes: string;
  transportNotes: string;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  contactPublishable: boolean;
}
export type ListingField = keyof ListingFields;

/** A listing of the draft as plain data. */
export interface ListingDraft extends ListingFields {
  id: string;
  partnerId: number | null;
}

type Kind = 'string' | 'text' | 'number' | 'boolean' | 'strings';

/** How each field is stored: `text` fields are Y.Text, the others plain values. */
export const LISTING_FIELD_KINDS: Readonly<Record<ListingField, Kind>> = {
  title: 'string',
  summary: 'text',
  description: 'text',
  type: 'string',
  locationMode: 'string',
  street: 'string',
  city: 'string',
  state: 'string',
  postalCode: 'string',
  startDate: 'string',
  endDate: 'string',
  hoursPerWeek: 'number',
  gradeMin: 'number',
  gradeMax: 'number',
  minimumAge: 'number',
  otherRequirements: 'text',
  capacity: 'number',
  compensation: 'string',
  compensationDetails: 'string',
  earnsCredit: 'boolean',
  creditAmount: 'number',
  creditSubject: 'string',
  careerCluster: 'string',
  skills: 'strings',
  applyUrl: 'string',
  applyEmail: 'string',
  applyInstructions: 'text',
  deadline: 'string',
  accessibilityNotes: 'text',
  transportNotes: 'text',
  contactName: 'string',
  contactEmail: 'string',
  contactPhone: 'string',
  contactPublishable: 'boolean',
};

export const LISTING_FIELDS = Object.keys(LISTING_FIELD_KINDS) as ListingField[];

/** Values of a new listing for the fields not given. */
export const EMPTY_LISTING: Readonly<ListingFields> = {
  title: null,
  summary: '',
  description: '',
  type: null,
  locationMode: 'ON_SITE',
  street: null,
  city: null,
  state: null,
  postalCode: null,
  startDate: null,
  endDate: null,
  hoursPerWeek: null,
  gradeMin: null,
  gradeMax: null,
  minimumAge: null,
  otherRequirements: '',
  capacity: null,
  compensation: 'UNPAID',
  compensationDetails: null,
  earnsCredit: false,
  creditAmount: null,
  creditSubject: null,
  careerCluster: null,
  skills: [],
  applyUrl: null,
  applyEmail: null,
  applyInstructions: '',
  deadline: null,
  accessibilityNotes: '',
  transportNotes: '',
  contactName: null,
  contactEmail: null,
  contactPhone: null,
  contactPublishable: false,
};

/** The root array of listings of an opportunities document. */
export function listingsOf(doc: Y.Doc): Y.Array<Y.Map<unknown>> {
  return doc.getArray<Y.Map<unknown>>(LISTINGS_ARRAY);
}

function readValue(kind: Kind, value: unknown): unknown {
  switch (kind) {
    case 'text':
      return value instanceof Y.Text ? value.toString() : typeof value === 'string' ? value : '';
    case 'string':
      return typeof value === 'string' ? value : null;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? value : null;
    case 'boolean':
      return value === true;
    case 'strings':
      return Array.isArray(value) ? value.filter((s): s is string => typeof s === 'string') : [];
  }
}

/** The listing a map holds, as plain data; values of the wrong type read as empty. */
export function readListing(map: Y.Map<unknown>): ListingDraft {
  const id = map.get('id');
  const partnerId = map.get('partnerId');
  const listing = {
    id: typeof id === 'string' ? id : '',
    partnerId: typeof partnerId === 'number' && Number.isSafeInteger(partnerId) ? partnerId : null,
  } as ListingDraft;
  for (const field of LISTING_FIELDS)
    (listing as unknown as Record<string, unknown>)[field] = readValue(
      LISTING_FIELD_KINDS[field],
      map.get(field),
    );
  return listing;
}

/** Every listing of the document, in list order. */
export function readListings(doc: Y.Doc): ListingDraft[] {
  return listingsOf(doc)
    .toArray()
    .filter((m): m is Y.Map<unknown> => m instanceof Y.Map)
    .map(readListing);
}

/** The map of the listing with this id, and its index; null when there is none. */
export function findListing(doc: Y.Doc, id: string): { map: Y.Map<unknown>; index: number } | null {
  const all = listingsOf(doc).toArray();
  const index = all.findIndex((m) => m instanceof Y.Map && m.get('id') === id);
  return index < 0 ? null : { map: all[index]!, index };
}

// Browsers (also outside secure contexts) and Node both have getRandomValues.
declare const crypto: { getRandomValues<T extends Uint8Array>(array: T): T };

/** A random (version 4) uuid. */
export function newListingId(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * A new listing map with every field (the given ones, the rest from EMPTY_LISTING) and a new id unless
 * one is given. Insert it into `listingsOf(doc)` inside a transaction.
 */
export function createListingMap(
  fields: Partial<ListingFields> & { id?: string; partnerId?: number | null } = {},
): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  map.set('id', fields.id ?? newListingId());
  map.set('partnerId', fields.partnerId ?? null);
  for (const field of LISTING_FIELDS) {
    const value = fields[field] === undefined ? EMPTY_LISTING[field] : fields[field];
    if (LISTING_FIELD_KINDS[field] === 'text') map.set(field, new Y.Text(String(value ?? '')));
    else map.set(field, Array.isArray(value) ? [...value] : value);
  }
  return map;
}

/** Edits a Y.Text to read `next`, touching only the part between the common prefix and suffix. */
export function replaceText(text: Y.Text, next: string): void {
  const current = text.toString();
  if (current === next) return;
  let start = 0;
  while (start < current.length && start < next.length && current[start] === next[start]) start++;
  let end = 0;
  while (
    end < current.length - start &&
    end < next.length - start &&
    current[current.length - 1 - end] === next[next.length - 1 - end]
  )
    end++;
  text.delete(start, current.length - start - end);
  text.insert(start, next.slice(start, next.length - end));
}

/** Sets one field of a listing map; an unchanged value writes nothing. */
export function setField<K extends ListingField>(map: Y.Map<unknown>, key: K, value: ListingFields[K]): void {
  if (LISTING_FIELD_KINDS[key] === 'text') {
    const current = map.get(key);
    if (current instanceof Y.Text) replaceText(current, String(value ?? ''));
    else map.set(key, new Y.Text(String(value ?? '')));
    return;
  }
  if (JSON.stringify(map.get(key) ?? null) === JSON.stringify(value ?? null)) return;
  map.set(key, Array.isArray(value) ? [...value] : value);
}
