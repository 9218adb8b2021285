import { createListingMap, findListing, listingsOf, readListings, setField } from '@partnerhub/shared';
import * as encoding from 'lib0/encoding';
import { beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ListingUpdateRefusal as Refusal, listingUpdateRefusal } from './opportunity-list.update-owners.js';

const OWN = 11;
const SECOND_OWN = 12;
const OTHER = 21;

/** A server document with a listing of each offerer, and a client in sync with it. */
function world() {
  const server = new Y.Doc();
  const ids = { own: 'own', other: 'other', district: 'district' };
  server.transact(() =>
    listingsOf(server).push([
      createListingMap({ id: ids.own, partnerId: OWN, title: 'Own', summary: 'hello world' }),
      createListingMap({ id: ids.other, partnerId: OTHER, title: 'Other', summary: 'their text' }),
      createListingMap({ id: ids.district, partnerId: null, title: 'District', summary: 'ours' }),
    ]),
  );
  const client = syncedCopy(server);
  const listing = (id: string, doc = client) => findListing(doc, id)!.map;
  return { server, client, ids, listing };
}

function syncedCopy(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

/** The updates `change` makes on `doc`, one per transaction. */
function updatesOf(doc: Y.Doc, change: () => void): Uint8Array[] {
  const updates: Uint8Array[] = [];
  const collect = (update: Uint8Array) => updates.push(update);
  doc.on('update', collect);
  change();
  doc.off('update', collect);
  return updates;
}

const own = new Set([OWN]);

/** A V1 update written block by block, as a client could craft it; its delete set is empty. */
function craft(blocks: Y.Item[][]): Uint8Array {
  const encoder = new Y.UpdateEncoderV1();
  encoding.writeVarUint(encoder.restEncoder, blocks.length);
  for (const structs of blocks) {
    encoding.writeVarUint(encoder.restEncoder, structs.length);
    encoder.writeClient(structs[0]!.id.client);
    encoding.writeVarUint(encoder.restEncoder, structs[0]!.id.clock);
    for (const struct of structs) struct.write(encoder, 0);
  }
  encoding.writeVarUint(encoder.restEncoder, 0);
  return encoder.toUint8Array();
}

describe('listingUpdateRefusal', () => {
  let w: ReturnType<typeof world>;
  beforeEach(() => {
    w = world();
  });

  /** Checks every update `change` makes against the server, applying each one that passes. */
  function check(change: (client: Y.Doc) => void, partners: ReadonlySet<number> = own): string | null {
    for (const update of updatesOf(w.client, () => change(w.client))) {
      const refusal = listingUpdateRefusal(w.server, update, partners);
      if (refusal) return refusal;
      Y.applyUpdate(w.server, update);
    }
    return null;
  }
  /** `check` on a new world: a refused update leaves the client ahead of the server. */
  function refused(change: (client: Y.Doc) => void, partners: ReadonlySet<number> = own): string | null {
    w = world();
    return check(change, partners);
  }

  it('lets a partner type in, and set fields of, a listing it offers', () => {
    expect(check(() => (w.listing(w.ids.own).get('summary') as Y.Text).insert(5, ','))).toBeNull();
    expect(check(() => (w.listing(w.ids.own).get('summary') as Y.Text).delete(0, 1))).toBeNull();
    expect(check(() => setField(w.listing(w.ids.own), 'capacity', 4))).toBeNull();
    expect(check(() => setField(w.listing(w.ids.own), 'skills', ['Welding']))).toBeNull();
    expect(readListings(w.server)[0]).toMatchObject({
      summary: 'ello, world',
      capacity: 4,
      skills: ['Welding'],
    });
  });

  it.each([
    ['another partner', 'other'],
    ['the district', 'district'],
  ] as const)('refuses typing in, setting or deleting a field of a listing %s offers', (_who, key) => {
    const id = w.ids[key];
    const text = () => w.listing(id).get('summary') as Y.Text;
    expect(refused(() => text().insert(2, 'x'))).toBe(Refusal.FOREIGN_LISTING);
    expect(refused(() => text().delete(0, 2))).toBe(Refusal.FOREIGN_LISTING);
    expect(refused(() => setField(w.listing(id), 'capacity', 9))).toBe(Refusal.FOREIGN_LISTING);
    expect(refused(() => w.listing(id).delete('title'))).toBe(Refusal.FOREIGN_LISTING);
    expect(refused(() => w.listing(id).set('summary', new Y.Text('replaced')))).toBe(Refusal.FOREIGN_LISTING);
  });

  it('lets a partner delete and move its own listings, and no one else’s', () => {
    expect(refused((c) => listingsOf(c).delete(1, 1))).toBe(Refusal.FOREIGN_LISTING);
    expect(refused((c) => listingsOf(c).delete(2, 1))).toBe(Refusal.FOREIGN_LISTING);
    expect(refused((c) => listingsOf(c).delete(0, 3))).toBe(Refusal.FOREIGN_LISTING);
    w = world();
    expect(
      check((c) =>
        c.transact(() => {
          const moved = createListingMap({ ...readListings(c)[0]!, summary: 'hello world' });
          listingsOf(c).delete(0, 1);
          listingsOf(c).push([moved]);
        }),
      ),
    ).toBeNull();
    expect(readListings(w.server).map((l) => l.id)).toEqual(['other', 'district', 'own']);
    expect(check((c) => listingsOf(c).delete(2, 1))).toBeNull();
    expect(readListings(w.server)).toHaveLength(2);
  });

  it('lets a partner add listings it offers, anywhere in the list', () => {
    const add = (index: number, title: string) =>
      check((c) => listingsOf(c).insert(index, [createListingMap({ partnerId: OWN, title })]));
    expect(add(3, 'last')).toBeNull();
    expect(add(0, 'first')).toBeNull();
    expect(add(2, 'middle')).toBeNull();
    expect(readListings(w.server).map((l) => l.title)).toEqual([
      'first',
      'Own',
      'middle',
      'Other',
      'District',
      'last',
    ]);
  });

  it('lets a partner add a listing to an empty list', () => {
    const server = new Y.Doc();
    const client = new Y.Doc();
    const [update] = updatesOf(client, () => listingsOf(client).push([createListingMap({ partnerId: OWN })]));
    expect(listingUpdateRefusal(server, update!, own)).toBeNull();
  });

  it('refuses a new listing offered by another partner, the district, or no one', () => {
    const add = (map: Y.Map<unknown>) => refused((c) => listingsOf(c).push([map]));
    expect(add(createListingMap({ partnerId: OTHER }))).toBe(Refusal.FOREIGN_OFFERER);
    expect(add(createListingMap({ partnerId: null }))).toBe(Refusal.FOREIGN_OFFERER);
    const bare = new Y.Map<unknown>();
    bare.set('id', 'no offerer');
    expect(add(bare)).toBe(Refusal.NO_OFFERER);
    expect(
      refused((c) =>
        c.transact(() => {
          const map = createListingMap({ partnerId: OWN });
          listingsOf(c).push([map]);
          map.set('partnerId', OTHER);
        }),
      ),
    ).toBe(Refusal.FOREIGN_OFFERER);
  });

  it('accepts a new listing whose offerer was set twice in its first transaction', () => {
    expect(
      check((c) =>
        c.transact(() => {
          const map = createListingMap({ partnerId: null });
          listingsOf(c).push([map]);
          map.set('partnerId', OWN);
        }),
      ),
    ).toBeNull();
    expect(readListings(w.server)[3]!.partnerId).toBe(OWN);
  });

  it('refuses handing a listing to another offerer or removing its offerer', () => {
    const ownListing = () => w.listing(w.ids.own);
    expect(refused(() => ownListing().set('partnerId', OTHER))).toBe(Refusal.FOREIGN_OFFERER);
    expect(refused(() => ownListing().set('partnerId', null))).toBe(Refusal.FOREIGN_OFFERER);
    expect(refused(() => ownListing().set('partnerId', String(OWN)))).toBe(Refusal.FOREIGN_OFFERER);
    expect(refused(() => ownListing().delete('partnerId'))).toBe(Refusal.OFFERER_REMOVED);
    expect(refused(() => w.listing(w.ids.other).set('partnerId', OWN))).toBe(Refusal.FOREIGN_LISTING);
    expect(
      refused(() =>
        w.client.transact(() => {
          ownListing().set('partnerId', OWN);
          ownListing().delete('partnerId');
        }),
      ),
    ).toBe(Refusal.OFFERER_REMOVED);
    expect(readListings(w.server).map((l) => l.partnerId)).toEqual([OWN, OTHER, null]);
  });

  it('lets a partner of two organizations move a listing between them', () => {
    const both = new Set([OWN, SECOND_OWN]);
    expect(check(() => w.listing(w.ids.own).set('partnerId', SECOND_OWN), both)).toBeNull();
    expect(
      check(
        () =>
          w.client.transact(() => {
            w.listing(w.ids.own).set('partnerId', OWN);
            w.listing(w.ids.own).set('partnerId', SECOND_OWN);
          }),
        both,
      ),
    ).toBeNull();
    expect(readListings(w.server)[0]!.partnerId).toBe(SECOND_OWN);
  });

  it('refuses anything outside the list of listings, and anything but a listing in it', () => {
    expect(refused((c) => c.getText('notes').insert(0, 'hi'))).toBe(Refusal.OUTSIDE_LISTINGS);
    expect(refused((c) => c.getMap('meta').set('locked', false))).toBe(Refusal.OUTSIDE_LISTINGS);
    expect(refused((c) => listingsOf(c).push(['not a map' as never]))).toBe(Refusal.NOT_A_LISTING);
    expect(refused((c) => listingsOf(c).insert(0, [new Y.Text('x') as never]))).toBe(Refusal.NOT_A_LISTING);
    expect(refused((c) => listingsOf(c).insert(1, [new Y.XmlHook('x') as never]))).toBe(
      Refusal.NOT_A_LISTING,
    );
  });

  it('refuses deleting outside the list of listings', () => {
    const district = syncedCopy(w.server);
    const [update] = updatesOf(district, () => district.getText('notes').insert(0, 'district notes'));
    Y.applyUpdate(w.server, update!);
    Y.applyUpdate(w.client, update!);
    expect(check((c) => c.getText('notes').delete(0, 3))).toBe(Refusal.OUTSIDE_LISTINGS);
  });

  it('accepts offline work on own listings sent as one sync step, including text typed and deleted', () => {
    const map = w.listing(w.ids.own);
    const summary = map.get('summary') as Y.Text;
    summary.insert(0, 'Typed ');
    summary.insert(6, 'then removed ');
    summary.delete(6, 13);
    setField(map, 'city', 'Dayton');
    listingsOf(w.client).push([createListingMap({ partnerId: OWN, title: 'Offline' })]);
    const created = createListingMap({ partnerId: OWN, title: 'Gone again' });
    listingsOf(w.client).push([created]);
    listingsOf(w.client).delete(4, 1);
    const step2 = Y.encodeStateAsUpdate(w.client, Y.encodeStateVector(w.server));
    expect(listingUpdateRefusal(w.server, step2, own)).toBeNull();
    Y.applyUpdate(w.server, step2);
    expect(readListings(w.server).map((l) => [l.title, l.summary, l.city])).toEqual(
      readListings(w.client).map((l) => [l.title, l.summary, l.city]),
    );
  });

  it('refuses offline work that also touched another partner’s listing', () => {
    (w.listing(w.ids.own).get('summary') as Y.Text).insert(0, 'mine ');
    (w.listing(w.ids.other).get('summary') as Y.Text).insert(0, 'theirs ');
    const step2 = Y.encodeStateAsUpdate(w.client, Y.encodeStateVector(w.server));
    expect(listingUpdateRefusal(w.server, step2, own)).toBe(Refusal.FOREIGN_LISTING);
  });

  it('accepts edits to a listing the district deleted meanwhile; they change nothing', () => {
    const offline = updatesOf(w.client, () =>
      (w.listing(w.ids.own).get('summary') as Y.Text).insert(0, 'late '),
    );
    const district = syncedCopy(w.server);
    const [deletion] = updatesOf(district, () => listingsOf(district).delete(0, 1));
    Y.applyUpdate(w.server, deletion!);
    expect(listingUpdateRefusal(w.server, offline[0]!, own)).toBeNull();
    Y.applyUpdate(w.server, offline[0]!);
    expect(readListings(w.server).map((l) => l.id)).toEqual(['other', 'district']);
  });

  it('refuses edits to an own listing the district handed to another partner meanwhile', () => {
    const offline = updatesOf(w.client, () => setField(w.listing(w.ids.own), 'capacity', 3));
    const district = syncedCopy(w.server);
    const [handover] = updatesOf(district, () => w.listing(w.ids.own, district).set('partnerId', OTHER));
    Y.applyUpdate(w.server, handover!);
    expect(listingUpdateRefusal(w.server, offline[0]!, own)).toBe(Refusal.FOREIGN_LISTING);
  });

  it('passes an update the server already has, whatever it touched', () => {
    const district = syncedCopy(w.server);
    const [edit] = updatesOf(district, () =>
      (findListing(district, 'other')!.map.get('summary') as Y.Text).insert(0, 'x'),
    );
    Y.applyUpdate(w.server, edit!);
    expect(listingUpdateRefusal(w.server, edit!, own)).toBeNull();
  });

  it('refuses updates that build on content the server does not have', () => {
    const [first, second] = updatesOf(w.client, () => {
      (w.listing(w.ids.own).get('summary') as Y.Text).insert(0, 'one ');
      (w.listing(w.ids.own).get('summary') as Y.Text).insert(4, 'two ');
    });
    expect(listingUpdateRefusal(w.server, second!, own)).toBe(Refusal.UNKNOWN_CONTENT);
    // A delete of content the server has not seen yet: Yjs would keep it to apply later.
    const [, deletion] = updatesOf(w.client, () => {
      (w.listing(w.ids.own).get('summary') as Y.Text).insert(0, 'three ');
      (w.listing(w.ids.own).get('summary') as Y.Text).delete(0, 6);
    });
    Y.applyUpdate(w.server, first!);
    expect(listingUpdateRefusal(w.server, deletion!, own)).toBe(Refusal.UNKNOWN_CONTENT);
  });

  it('finds the listing of an edit in the middle of a stored run of text', () => {
    // The server holds "hello world" as one item; an edit at 3 refers to a clock inside it.
    expect(check(() => (w.listing(w.ids.own).get('summary') as Y.Text).insert(3, '-'))).toBeNull();
    expect(refused(() => (w.listing(w.ids.other).get('summary') as Y.Text).insert(3, '-'))).toBe(
      Refusal.FOREIGN_LISTING,
    );
    expect(refused(() => (w.listing(w.ids.other).get('summary') as Y.Text).delete(4, 1))).toBe(
      Refusal.FOREIGN_LISTING,
    );
  });

  it('refuses an update with more blocks of structs than clients, which Yjs would apply in part', () => {
    const [edit] = updatesOf(w.client, () => (w.listing(w.ids.own).get('summary') as Y.Text).insert(0, 'x'));
    const structs = Y.decodeUpdate(edit!).structs as Y.Item[];
    expect(listingUpdateRefusal(w.server, craft([structs]), own)).toBeNull();
    expect(listingUpdateRefusal(w.server, craft([structs, structs]), own)).toBe(Refusal.MALFORMED);
    const other = new Y.Item(
      Y.createID(7, 0),
      null,
      null,
      null,
      null,
      // A root type's name, as decoded updates hold it (the typings only name the other kinds).
      'listings' as unknown as Y.ID,
      null,
      new Y.ContentAny([1]),
    );
    expect(listingUpdateRefusal(w.server, craft([structs, [other], structs]), own)).toBe(Refusal.MALFORMED);
  });

  it('refuses a reference to a later struct of the same client, on which Yjs fails halfway', () => {
    const summary = (w.listing(w.ids.own, w.server).get('summary') as Y.Text)._item!.id;
    const string = (clock: number, origin: Y.ID | null, parent: Y.ID | null, text: string) =>
      new Y.Item(Y.createID(99, clock), null, origin, null, null, parent, null, new Y.ContentString(text));
    const backwards = craft([[string(0, null, summary, 'a'), string(1, Y.createID(99, 0), null, 'b')]]);
    expect(listingUpdateRefusal(w.server, backwards, own)).toBeNull();
    const forwards = craft([[string(0, Y.createID(99, 1), null, 'a'), string(1, null, summary, 'b')]]);
    expect(listingUpdateRefusal(w.server, forwards, own)).toBe(Refusal.UNKNOWN_CONTENT);
  });

  it('throws on an update that is not Yjs', () => {
    expect(() => listingUpdateRefusal(w.server, Uint8Array.from([4, 0xff, 0xff, 0xff, 0x7f]), own)).toThrow();
  });
});
