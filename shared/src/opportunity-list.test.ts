import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  EMPTY_LISTING,
  LISTINGS_ARRAY,
  createListingMap,
  findListing,
  listingsOf,
  readListing,
  readListings,
  setField,
} from './opportunity-list.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function docWith(...fields: Parameters<typeof createListingMap>[0][]) {
  const doc = new Y.Doc();
  doc.transact(() => listingsOf(doc).push(fields.map((f) => createListingMap(f))));
  return doc;
}

/** Applies every update of `from` that `to` lacks, as the y-websocket sync would. */
const sync = (from: Y.Doc, to: Y.Doc) =>
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));

describe('opportunity list document shape', () => {
  it('keeps listings as maps in the root array "listings", long texts as Y.Text', () => {
    const doc = docWith({ title: 'Nurse shadowing', summary: 'Follow a nurse.', partnerId: 7 });
    expect(listingsOf(doc)).toBe(doc.getArray(LISTINGS_ARRAY));
    const map = listingsOf(doc).get(0);
    expect(map.get('summary')).toBeInstanceOf(Y.Text);
    expect(map.get('applyInstructions')).toBeInstanceOf(Y.Text);
    expect(map.get('title')).toBe('Nurse shadowing');
    const listing = readListing(map);
    expect(listing.id).toMatch(UUID);
    expect(listing).toMatchObject({
      ...EMPTY_LISTING,
      title: 'Nurse shadowing',
      summary: 'Follow a nurse.',
      partnerId: 7,
    });
  });

  it('gives every new listing a different id and finds listings by id', () => {
    const doc = docWith(
      { title: 'A' },
      { title: 'B' },
      { id: '00000000-0000-4000-8000-000000000001', title: 'C' },
    );
    const ids = readListings(doc).map((l) => l.id);
    expect(new Set(ids).size).toBe(3);
    expect(findListing(doc, '00000000-0000-4000-8000-000000000001')?.index).toBe(2);
    expect(findListing(doc, 'nope')).toBeNull();
  });

  it('reads values of the wrong type as empty, so a bad client cannot break readers', () => {
    const doc = docWith({ title: 'A' });
    const map = listingsOf(doc).get(0);
    doc.transact(() => {
      map.set('title', 42);
      map.set('gradeMin', '9');
      map.set('skills', ['Teamwork', 3]);
      map.set('summary', 'plain string');
      map.set('earnsCredit', 'yes');
      map.set('partnerId', 'x');
    });
    expect(readListing(map)).toMatchObject({
      title: null,
      gradeMin: null,
      skills: ['Teamwork'],
      summary: 'plain string',
      earnsCredit: false,
      partnerId: null,
    });
  });

  it('merges concurrent edits of one long text from two people instead of replacing one of them', () => {
    const a = docWith({ title: 'A', description: 'Students help at the clinic.' });
    const b = new Y.Doc();
    sync(a, b);
    setField(listingsOf(a).get(0), 'description', 'Students help at the county clinic.');
    setField(listingsOf(b).get(0), 'description', 'Students help at the clinic on Saturdays.');
    sync(a, b);
    sync(b, a);
    const merged = readListing(listingsOf(a).get(0)).description;
    expect(merged).toBe('Students help at the county clinic on Saturdays.');
    expect(readListing(listingsOf(b).get(0)).description).toBe(merged);
  });

  it('writes nothing when a field is set to the value it has', () => {
    const doc = docWith({ title: 'A', skills: ['Teamwork'], summary: 'S' });
    const map = listingsOf(doc).get(0);
    let updates = 0;
    doc.on('update', () => updates++);
    setField(map, 'title', 'A');
    setField(map, 'skills', ['Teamwork']);
    setField(map, 'summary', 'S');
    expect(updates).toBe(0);
    setField(map, 'gradeMin', 9);
    expect(updates).toBe(1);
    expect(readListing(map).gradeMin).toBe(9);
  });
});
