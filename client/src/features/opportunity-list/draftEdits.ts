import { createListingMap, findListing, listingsOf, readListing } from '@partnerhub/shared';
import type * as Y from 'yjs';

/** Adds an empty listing offered by `partnerId` (null: the district) at `index` (default: the end); its id. */
export function addListing(doc: Y.Doc, partnerId: number | null, index?: number): string {
  const map = createListingMap({ partnerId });
  doc.transact(() => {
    const listings = listingsOf(doc);
    listings.insert(Math.min(index ?? listings.length, listings.length), [map]);
  });
  return map.get('id') as string;
}

/** Puts a copy of the listing (new id, "(copy)" in its title) right after it; the copy's id. */
export function duplicateListing(doc: Y.Doc, id: string): string | null {
  const found = findListing(doc, id);
  if (!found) return null;
  const { id: _id, title, ...fields } = readListing(found.map);
  const copy = createListingMap({ ...fields, title: title ? `${title} (copy)` : null });
  doc.transact(() => listingsOf(doc).insert(found.index + 1, [copy]));
  return copy.get('id') as string;
}

/**
 * Moves the listing `delta` places (negative: up), keeping its id and values; false at either end.
 * Yjs cannot move an element, so the listing is re-inserted as a copy in the same transaction.
 */
export function moveListing(doc: Y.Doc, id: string, delta: number): boolean {
  const found = findListing(doc, id);
  const listings = listingsOf(doc);
  const target = (found?.index ?? -1) + delta;
  if (!found || delta === 0 || target < 0 || target >= listings.length) return false;
  // Read before deleting: a deleted map reads as empty.
  const copy = createListingMap(readListing(found.map));
  doc.transact(() => {
    listings.delete(found.index, 1);
    listings.insert(target, [copy]);
  });
  return true;
}

export function removeListing(doc: Y.Doc, id: string): void {
  const found = findListing(doc, id);
  if (found) doc.transact(() => listingsOf(doc).delete(found.index, 1));
}

/** Names who offers the listing: a partner's number, or null for the district itself. */
export function setOfferer(map: Y.Map<unknown>, partnerId: number | null): void {
  if (map.get('partnerId') !== partnerId) map.doc!.transact(() => map.set('partnerId', partnerId));
}
