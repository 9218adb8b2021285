import type { WatchSource } from 'vue';
import { request } from '@/app/graphql/client';
import {
  type OpportunityFilter,
  type OpportunityOrder,
  OpportunitySearchCursorDocument,
  OpportunitySearchDocument,
  type OpportunitySearchQuery,
} from '@/app/graphql/generated/graphql';
import { type AsyncDataState, useAsyncData } from '@/composables/useAsyncData';

export const PAGE_SIZE = 20;
/** The API's largest page; used to skip ahead to a page reached by a shared link. */
const MAX_PAGE_SIZE = 100;

export interface SearchInput {
  slug: string;
  filter: OpportunityFilter;
  orderBy: OpportunityOrder;
  page: number;
  /** The district's newest published version, which lets caches keep the answers (see `PublicRead`). */
  publicKey: string | null;
}

export type SearchResult = NonNullable<OpportunitySearchQuery['district']>['opportunities'] & {
  page: number;
};

/**
 * Loads one numbered page of a district's opportunities. Cursors are opaque, so the cursor that
 * starts page N is remembered from page N-1 or, for a page opened from a link, found by asking
 * only for the cursors of the items before it (at most 100 per request).
 */
export function useOpportunitySearch(
  input: WatchSource<SearchInput | null>,
): AsyncDataState<SearchResult | null> {
  // Start cursor of each page, per search; page 1 starts at the beginning.
  const cursors = new Map<string, Map<number, string | null>>();

  function cursorsOf(key: string): Map<number, string | null> {
    let known = cursors.get(key);
    if (!known) cursors.set(key, (known = new Map([[1, null]])));
    return known;
  }

  async function startCursor(
    key: string,
    { publicKey, ...base }: Omit<SearchInput, 'page'>,
    page: number,
    signal: AbortSignal,
  ) {
    const known = cursorsOf(key);
    if (known.has(page)) return { cursor: known.get(page) ?? null, reachable: true };

    let from = 1;
    for (const p of known.keys()) if (p < page && p > from) from = p;
    let after = known.get(from) ?? null;
    let toSkip = (page - from) * PAGE_SIZE;
    while (toSkip > 0) {
      const first = Math.min(MAX_PAGE_SIZE, toSkip);
      const data = await request(
        OpportunitySearchCursorDocument,
        { ...base, first, after },
        { signal, publicRead: { key: publicKey } },
      );
      const pageInfo = data.district?.opportunities.pageInfo;
      // No next page after the skipped items means the requested page would be empty.
      if (!pageInfo?.endCursor || !pageInfo.hasNextPage) return { cursor: null, reachable: false };
      after = pageInfo.endCursor;
      toSkip -= first;
    }
    known.set(page, after);
    return { cursor: after, reachable: true };
  }

  return useAsyncData(input, async ({ page, ...base }, signal) => {
    const key = JSON.stringify(base);
    const start = page > 1 ? await startCursor(key, base, page, signal) : { cursor: null, reachable: true };
    const { publicKey, ...variables } = base;
    const data = await request(
      OpportunitySearchDocument,
      { ...variables, first: start.reachable ? PAGE_SIZE : 0, after: start.cursor },
      { signal, publicRead: { key: publicKey } },
    );
    const connection = data.district?.opportunities;
    if (!connection) return null;
    if (connection.pageInfo.hasNextPage && connection.pageInfo.endCursor) {
      cursorsOf(key).set(page + 1, connection.pageInfo.endCursor);
    }
    return { ...connection, page };
  });
}
