import { readListings } from '@partnerhub/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addListing, duplicateListing, moveListing, removeListing, setOfferer } from './draftEdits';

const titles = (doc: Y.Doc) => readListings(doc).map((l) => l.title);

function draftOf(...names: string[]): { doc: Y.Doc; ids: string[] } {
  const doc = new Y.Doc();
  const ids = names.map((name, index) => {
    const id = addListing(doc, null);
    doc.getArray<Y.Map<unknown>>('listings').get(index).set('title', name);
    return id;
  });
  return { doc, ids };
}

describe('draft list edits', () => {
  it('moves a listing up and down, keeping its id, text and place in bounds', () => {
    const { doc, ids } = draftOf('A', 'B', 'C');
    const b = doc.getArray<Y.Map<unknown>>('listings').get(1);
    (b.get('summary') as Y.Text).insert(0, 'Summary of B');
    expect(moveListing(doc, ids[1]!, -1)).toBe(true);
    expect(titles(doc)).toEqual(['B', 'A', 'C']);
    expect(readListings(doc)[0]).toMatchObject({ id: ids[1], summary: 'Summary of B' });
    expect(moveListing(doc, ids[1]!, -1)).toBe(false);
    expect(moveListing(doc, ids[2]!, 1)).toBe(false);
    expect(moveListing(doc, ids[0]!, 1)).toBe(true);
    expect(titles(doc)).toEqual(['B', 'C', 'A']);
  });

  it('duplicates after the original with a new id, and removes', () => {
    const { doc, ids } = draftOf('A', 'B');
    const copy = duplicateListing(doc, ids[0]!)!;
    expect(titles(doc)).toEqual(['A', 'A (copy)', 'B']);
    expect(copy).not.toBe(ids[0]);
    removeListing(doc, ids[0]!);
    expect(readListings(doc).map((l) => l.id)).toEqual([copy, ids[1]]);
  });

  it('adds listings for a partner and changes who offers one', () => {
    const doc = new Y.Doc();
    const id = addListing(doc, 7);
    addListing(doc, null, 0);
    expect(readListings(doc).map((l) => l.partnerId)).toEqual([null, 7]);
    setOfferer(doc.getArray<Y.Map<unknown>>('listings').get(1), null);
    expect(readListings(doc)[1]).toMatchObject({ id, partnerId: null });
  });
});
