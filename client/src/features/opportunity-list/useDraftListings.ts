import { type ListingDraft, listingsOf, readListing } from '@partnerhub/shared';
import { type Ref, onScopeDispose, shallowRef } from 'vue';
import * as Y from 'yjs';

export interface DraftListing {
  /** The listing as plain data; a new object only when the listing changed. */
  data: ListingDraft;
  /** The listing's map in the document, to edit it. */
  map: Y.Map<unknown>;
}

/** The listing map an event target belongs to (the target itself or one of its ancestors). */
function listingMapOf(target: Y.AbstractType<unknown>, root: Y.AbstractType<unknown>): Y.Map<unknown> | null {
  let node: Y.AbstractType<unknown> | null = target;
  while (node && node.parent !== root) node = node.parent as Y.AbstractType<unknown> | null;
  return node instanceof Y.Map ? node : null;
}

/**
 * The draft's listings in list order, kept in step with the document. Only listings a change touched
 * are read again, so typing in one of 2,000 listings re-renders one row.
 */
export function useDraftListings(doc: Y.Doc): Ref<readonly DraftListing[]> {
  const root = listingsOf(doc);
  const cache = new WeakMap<Y.Map<unknown>, DraftListing>();
  const listings = shallowRef<readonly DraftListing[]>([]);

  const read = () => {
    listings.value = root
      .toArray()
      .filter((m): m is Y.Map<unknown> => m instanceof Y.Map)
      .map((map) => {
        let entry = cache.get(map);
        if (!entry) cache.set(map, (entry = { data: readListing(map), map }));
        return entry;
      });
  };
  const changed = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
    for (const event of events) {
      const map = listingMapOf(event.target, root as Y.AbstractType<unknown>);
      if (map) cache.delete(map);
    }
    read();
  };
  root.observeDeep(changed);
  read();
  onScopeDispose(() => root.unobserveDeep(changed));
  return listings;
}
