import {
  CollabCloseCode,
  type ListingDraft,
  createListingMap,
  docName,
  findListing,
  listingsOf,
  readListings,
  setField,
} from '@partnerhub/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { storedDoc } from '../../test-support/collab.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import {
  type ListWorld,
  SUBMIT,
  type Who,
  startListWorld,
  validListing,
} from '../../test-support/opportunity-list.js';

interface Ids {
  own: string;
  other: string;
  district: string;
}
type Change = (doc: Y.Doc, ids: Ids, w: ListWorld) => void;

const text = (doc: Y.Doc, id: string, field = 'summary') => findListing(doc, id)!.map.get(field) as Y.Text;
const remove = (doc: Y.Doc, id: string) => listingsOf(doc).delete(findListing(doc, id)!.index, 1);

/** Changes a partner member may not make over the WebSocket, as over GraphQL. */
const FORBIDDEN: [string, Change][] = [
  ["types in another partner's listing", (doc, ids) => text(doc, ids.other).insert(0, 'HACKED ')],
  [
    "sets a field of the district's listing",
    (doc, ids) => setField(findListing(doc, ids.district)!.map, 'title', 'HACKED'),
  ],
  ["deletes another partner's listing", (doc, ids) => remove(doc, ids.other)],
  ["deletes the district's listing", (doc, ids) => remove(doc, ids.district)],
  [
    "adds a listing in another partner's name",
    (doc, _ids, w) =>
      listingsOf(doc).push([createListingMap({ partnerId: w.otherPartner.id, title: 'HACKED' })]),
  ],
  [
    "adds a listing in the district's name",
    (doc) => listingsOf(doc).push([createListingMap({ title: 'HACKED' })]),
  ],
  [
    'hands its own listing to another partner',
    (doc, ids, w) => findListing(doc, ids.own)!.map.set('partnerId', w.otherPartner.id),
  ],
];

describe.each(TEST_DIALECTS)('what partners may write to the live opportunity list, on %s', (dialect) => {
  let w: ListWorld;
  let name: string;
  let markers = 0;
  beforeAll(async () => {
    w = await startListWorld(dialect);
    name = docName('opportunities', w.district.id);
  }, 60_000);
  afterAll(() => w?.close());

  /** A listing of the partner, one of the other partner and one of the district, over GraphQL. */
  async function seed(): Promise<Ids> {
    const submit = async (who: Who, partnerId?: string) => {
      const result = await w.gql(who, SUBMIT, {
        input: { ...validListing({ summary: 'Their words.' }), districtId: w.ids.district, partnerId },
      });
      expect(result.data?.submitOpportunity.userErrors).toEqual([]);
      return result.data!.submitOpportunity.listingId as string;
    };
    return {
      own: await submit('partner'),
      other: await submit('staff', w.ids.otherPartner),
      district: await submit('admin'),
    };
  }

  /** A synced client of `who` that records the codes the server closes it with. */
  async function open(who: Who) {
    const client = await w.connect(who);
    const closeCodes: number[] = [];
    client.provider.on('connection-close', (event) => {
      if (event) closeCodes.push(event.code);
    });
    return { ...client, closeCodes };
  }

  /** The listings without the markers `afterEverything` adds. */
  const listings = (doc: Y.Doc): ListingDraft[] =>
    readListings(doc).filter((l) => !l.title?.startsWith('marker '));

  /**
   * Resolves once `reader` has a server edit made now: a relay of anything the server received
   * before would have reached it first.
   */
  async function afterEverything(reader: Y.Doc): Promise<void> {
    const title = `marker ${++markers}`;
    await w.t.app.collab.applyServerEdit(name, { userId: null, label: 'test' }, (doc) =>
      listingsOf(doc).push([createListingMap({ title })]),
    );
    await expect
      .poll(() => readListings(reader).some((l) => l.title === title), { timeout: 5000 })
      .toBe(true);
  }

  async function storedListings(): Promise<ListingDraft[]> {
    await w.t.app.collab.flush();
    return listings((await storedDoc(w.t.app.orm, name)).doc);
  }

  it("stores a partner member's typing and field changes in its own listing, and shows them to the district", async () => {
    const ids = await seed();
    const [partner, staff] = [await open('partner'), await open('staff')];
    partner.ydoc.transact(() => {
      text(partner.ydoc, ids.own).insert(0, 'Paid. ');
      setField(findListing(partner.ydoc, ids.own)!.map, 'capacity', 5);
    });
    text(partner.ydoc, ids.own).insert(6, 'Lunch provided. ');
    const own = (doc: Y.Doc) => listings(doc).find((l) => l.id === ids.own);
    await expect
      .poll(() => own(staff.ydoc), { timeout: 5000 })
      .toMatchObject({ summary: 'Paid. Lunch provided. Their words.', capacity: 5 });
    expect((await storedListings()).find((l) => l.id === ids.own)).toMatchObject({
      summary: 'Paid. Lunch provided. Their words.',
      capacity: 5,
    });
    expect(partner.closeCodes).toEqual([]);
  });

  it('lets a partner member add, move and remove listings its organization offers', async () => {
    const ids = await seed();
    const [partner, staff] = [await open('partner'), await open('staff')];
    const added = createListingMap({ partnerId: w.partner.id, title: 'Robotics club' });
    listingsOf(partner.ydoc).insert(0, [added]);
    await expect
      .poll(() => listings(staff.ydoc).find((l) => l.id === added.get('id')), { timeout: 5000 })
      .toMatchObject({ title: 'Robotics club', partnerId: w.partner.id });
    remove(partner.ydoc, ids.own);
    await expect
      .poll(() => listings(staff.ydoc).some((l) => l.id === ids.own), { timeout: 5000 })
      .toBe(false);
    const stored = await storedListings();
    expect(stored.find((l) => l.id === added.get('id'))).toMatchObject({ partnerId: w.partner.id });
    expect(stored.some((l) => l.id === ids.own)).toBe(false);
    expect(partner.closeCodes).toEqual([]);
  });

  it.each(FORBIDDEN)(
    'closes the connection of a partner member that %s with UPDATE_REFUSED; nobody sees it, nothing is stored',
    async (_what, change) => {
      const ids = await seed();
      const [partner, staff] = [await open('partner'), await open('staff')];
      const before = listings(staff.ydoc);
      change(partner.ydoc, ids, w);
      await expect
        .poll(() => partner.closeCodes, { timeout: 5000 })
        .toEqual([CollabCloseCode.UPDATE_REFUSED]);
      await afterEverything(staff.ydoc);
      expect(listings(staff.ydoc)).toEqual(before);
      // What a restart would load.
      expect(await storedListings()).toEqual(before);
      expect(JSON.stringify(await storedListings())).not.toContain('HACKED');
      expect(staff.closeCodes).toEqual([]);
    },
  );

  it("refuses a partner's API token the same way", async () => {
    const ids = await seed();
    const token = await open('partnerToken');
    const before = await storedListings();
    text(token.ydoc, ids.other).insert(0, 'HACKED ');
    await expect.poll(() => token.closeCodes, { timeout: 5000 }).toEqual([CollabCloseCode.UPDATE_REFUSED]);
    expect(await storedListings()).toEqual(before);
  });

  it('lets a district writer make every one of those changes', async () => {
    const ids = await seed();
    const [staff, admin] = [await open('staff'), await open('admin')];
    const before = listings(admin.ydoc).length;
    for (const [, change] of FORBIDDEN) change(staff.ydoc, ids, w);
    // Waits for the changes themselves: a server edit made now could reach the admin before the
    // server has read them off the staff member's socket.
    await expect.poll(() => listings(admin.ydoc), { timeout: 5000 }).toEqual(listings(staff.ydoc));
    expect(listings(admin.ydoc)).toHaveLength(before - 2 + 2);
    expect(listings(admin.ydoc).find((l) => l.id === ids.own)?.partnerId).toBe(w.otherPartner.id);
    expect(await storedListings()).toEqual(listings(staff.ydoc));
    expect(staff.closeCodes).toEqual([]);
  });
});
