import { afterEach, describe, expect, it, vi } from 'vitest';
import { effectScope, nextTick, ref } from 'vue';
import { type SearchInput, useOpportunitySearch } from './useOpportunitySearch';

/** A fake API over `total` listings whose cursors are opaque strings. */
function fakeApi(total: number) {
  const calls: { operation: string; first: number; after: string | null }[] = [];
  const cursor = (i: number) => `c${i * 7 + 3}`;
  const indexOf = (c: string) => (Number(c.slice(1)) - 3) / 7;
  // Public reads go as GET: the operation and its variables are in the URL.
  vi.stubGlobal('fetch', async (url: string) => {
    const params = new URL(url, 'http://localhost').searchParams;
    const variables = JSON.parse(params.get('variables')!) as { first: number; after: string | null };
    const operation = params.get('operationName')!;
    if (params.get('v') !== 'version-key') throw new Error('the search went without its public key');
    calls.push({ operation, first: variables.first, after: variables.after });
    const start = variables.after ? indexOf(variables.after) + 1 : 0;
    const ids = Array.from(
      { length: Math.max(0, Math.min(variables.first, total - start)) },
      (_, i) => start + i,
    );
    const opportunities = {
      totalCount: total,
      pageInfo: {
        hasNextPage: start + ids.length < total,
        endCursor: ids.length ? cursor(ids.at(-1)!) : null,
      },
      nodes: ids.map((i) => ({ id: `o${i}`, title: `Listing ${i}` })),
    };
    return new Response(JSON.stringify({ data: { district: { id: 'd', opportunities } } }), {
      headers: { 'content-type': 'application/json' },
    });
  });
  return calls;
}

async function settle() {
  for (let i = 0; i < 10; i++) {
    await new Promise((r) => setTimeout(r, 0));
    await nextTick();
  }
}

function start(page: number) {
  const input = ref<SearchInput>({
    slug: 'maple-ridge',
    filter: { openOnly: true },
    orderBy: 'DEADLINE',
    page,
    publicKey: 'version-key',
  });
  const scope = effectScope();
  const state = scope.run(() => useOpportunitySearch(() => input.value))!;
  return { input, state, scope };
}

const ids = (nodes: readonly { id: string }[] | undefined) => nodes?.map((n) => n.id);

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('useOpportunitySearch', () => {
  it('loads page 1 without skipping', async () => {
    const calls = fakeApi(45);
    const { state, scope } = start(1);
    await settle();
    expect(ids(state.data.value?.nodes)).toEqual(Array.from({ length: 20 }, (_, i) => `o${i}`));
    expect(calls.map((c) => c.operation)).toEqual(['OpportunitySearch']);
    scope.stop();
  });

  it('uses the cursor it already has when moving to the next page', async () => {
    const calls = fakeApi(45);
    const { input, state, scope } = start(1);
    await settle();
    input.value = { ...input.value, page: 2 };
    await settle();
    expect(state.data.value?.nodes[0]?.id).toBe('o20');
    expect(calls.map((c) => c.operation)).toEqual(['OpportunitySearch', 'OpportunitySearch']);
    expect(calls[1]!.after).toBe('c136');
    scope.stop();
  });

  it('skips ahead with cursor-only requests when a link opens a later page', async () => {
    const calls = fakeApi(250);
    const { state, scope } = start(8);
    await settle();
    expect(ids(state.data.value?.nodes)?.slice(0, 2)).toEqual(['o140', 'o141']);
    expect(calls.map((c) => [c.operation, c.first])).toEqual([
      ['OpportunitySearchCursor', 100],
      ['OpportunitySearchCursor', 40],
      ['OpportunitySearch', 20],
    ]);
    scope.stop();
  });

  it('asks only for the count when the page is past the end', async () => {
    const calls = fakeApi(30);
    const { state, scope } = start(5);
    await settle();
    expect(state.data.value?.nodes).toEqual([]);
    expect(state.data.value?.totalCount).toBe(30);
    expect(calls.at(-1)).toMatchObject({ operation: 'OpportunitySearch', first: 0, after: null });
    scope.stop();
  });
});
