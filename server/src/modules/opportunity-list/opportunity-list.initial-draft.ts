import {
  CollabDocKind,
  LISTING_FIELDS,
  type ListingFields,
  createListingMap,
  listingsOf,
  parseDocName,
} from '@partnerhub/shared';
import type { InitializeDocument } from '../../collab/index.js';
import type { Orm } from '../../db/orm.js';
import { Opportunity, OpportunityListVersion } from '../opportunities/index.js';

/** A published listing's fields as the draft holds them (stored nulls of long texts read as ''). */
function draftFieldsOf(row: Opportunity): Partial<ListingFields> {
  const values = row as unknown as Record<string, unknown>;
  return Object.fromEntries(LISTING_FIELDS.map((field) => [field, values[field] ?? undefined]));
}

/**
 * The first content of a district's draft list: its newest published version, listing by listing
 * with the same ids, so the district edits what the public sees instead of starting from nothing.
 * Only a draft that was never stored gets it; a draft people emptied stays empty.
 */
export function initialDraftFromNewestVersion(orm: Orm): InitializeDocument {
  return async (docName) => {
    const ref = parseDocName(docName);
    if (ref?.kind !== CollabDocKind.OPPORTUNITIES) return null;
    const em = orm.em.fork();
    const newest = await em.findOne(
      OpportunityListVersion,
      { district: ref.districtId },
      { orderBy: { number: 'desc' }, fields: ['id'] },
    );
    if (!newest) return null;
    const rows = await em.find(Opportunity, { version: newest.id }, { orderBy: { position: 'asc' } });
    return (doc) =>
      listingsOf(doc).push(
        rows.map((row) =>
          createListingMap({ ...draftFieldsOf(row), id: row.listingId, partnerId: row.partner?.id ?? null }),
        ),
      );
  };
}
