import { LISTINGS_ARRAY } from '@partnerhub/shared';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';

/** Why `listingUpdateRefusal` refuses an update. */
export const ListingUpdateRefusal = {
  FOREIGN_LISTING: 'changes a listing another organization or the district offers',
  FOREIGN_OFFERER: 'names another organization or the district as the offering partner',
  NO_OFFERER: 'adds a listing without naming its offering partner',
  OFFERER_REMOVED: 'removes the offering partner of a listing',
  NOT_A_LISTING: 'adds something other than a listing to the list',
  OUTSIDE_LISTINGS: 'changes something other than the list of listings',
  UNKNOWN_CONTENT: 'refers to content the server does not have',
  MALFORMED: 'is not shaped as Yjs writes updates',
} as const;

type Struct = Y.Item | Y.GC | Y.Skip;
type DeleteSet = ReturnType<typeof Y.decodeUpdate>['ds'];

/**
 * Where an item of the update is integrated, as Yjs works it out (`Item.getMissing`): under a root
 * type, in a type of the document (`doc`) or one this update creates (`new`), or nowhere (`gone`: a
 * collected parent or neighbour; Yjs turns the item into a GC). `unknown`: it refers to content the
 * server does not have.
 */
type Parent =
  { kind: 'root'; name: string } | { kind: 'doc' | 'new'; item: Y.Item } | { kind: 'gone' | 'unknown' };
interface Place {
  parent: Parent;
  sub: string | null;
}
/** The listing (its item in the root array) something lies in, or why there is none. */
type Owner = Y.Item | 'root' | 'gone' | 'foreign' | 'unknown';

const GONE: Place = { parent: { kind: 'gone' }, sub: null };
const UNKNOWN: Place = { parent: { kind: 'unknown' }, sub: null };
const PARTNER_ID = 'partnerId';
const idKey = (id: Y.ID) => `${id.client}:${id.clock}`;

/**
 * Whether an update to an `opportunities:<districtId>` document only adds or changes listings
 * offered by one of `own` partners: null when it does, else why not. It reads the update's structs
 * and delete set against the document as it is, without applying anything, at a cost that grows
 * with the update, not the document. Refused: any change in or deletion of a listing whose current
 * `partnerId` is not in `own`; a new listing whose `partnerId` is not in `own`; setting or removing
 * an own listing's `partnerId` other than to one in `own`; anything outside the root `listings`
 * array; anything else at its top level than a Y.Map; updates that depend on content the server
 * lacks; and updates shaped so that Yjs would apply only part of them (several blocks of one
 * client, references forward). Content created and deleted before it reached the server passes.
 * @throws when `update` is not a Yjs (V1) update.
 */
export function listingUpdateRefusal(
  doc: Y.Doc,
  update: Uint8Array,
  own: ReadonlySet<number>,
): string | null {
  const { structs, ds } = Y.decodeUpdate(update);
  // Yjs keeps only the last block of structs a client has in an update, and decodeUpdate hides the
  // blocks: with more blocks than clients, Yjs would apply other structs than the ones checked.
  const blocks = decoding.readVarUint(decoding.createDecoder(update));
  let runs = 0;
  for (let i = 0; i < structs.length; i++)
    if (i === 0 || structs[i]!.id.client !== structs[i - 1]!.id.client) runs++;
  const clients = new Set(structs.map((struct) => struct.id.client)).size;
  if (blocks !== runs || runs !== clients) return ListingUpdateRefusal.MALFORMED;
  return new UpdateOwners(doc, own).refusal(structs, ds);
}

class UpdateOwners {
  private readonly store: Y.Doc['store'];
  /** The document's root listings array; undefined while nothing was ever written to it. */
  private readonly root: unknown;
  /** The update's structs by client, in clock order. */
  private readonly byClient = new Map<number, Struct[]>();
  /** The update's items that are not yet in the document. */
  private readonly incoming = new Set<Y.Item>();
  private readonly places = new Map<Y.Item, Place>();
  private readonly owners = new Map<Y.Item, Owner>();
  /** Listings this update creates. */
  private readonly fresh = new Set<Y.Item>();
  /** Listings (existing or new) this update deletes. */
  private readonly deletedListings = new Set<Y.Item>();
  /** New `partnerId` values per listing (each one in `own`), and the ids of the values they replace. */
  private readonly partnerSets = new Map<Y.Item, number>();
  private readonly replacedValues = new Set<string>();
  /** `partnerId` values this update deletes or that arrive deleted, with their listing. */
  private readonly partnerDeletes: { listing: Y.Item; value: Y.Item }[] = [];

  constructor(
    doc: Y.Doc,
    private readonly own: ReadonlySet<number>,
  ) {
    this.store = doc.store;
    this.root = doc.share.get(LISTINGS_ARRAY);
  }

  refusal(structs: Struct[], ds: DeleteSet): string | null {
    for (const struct of structs) {
      const list = this.byClient.get(struct.id.client);
      if (list) list.push(struct);
      else this.byClient.set(struct.id.client, [struct]);
    }
    for (const [client, list] of this.byClient) {
      const state = Y.getState(this.store, client);
      let next = state;
      for (const struct of list) {
        if (struct instanceof Y.Skip) continue;
        // Yjs keeps what follows a gap pending, to apply it later: unchecked.
        if (struct.id.clock > next) return ListingUpdateRefusal.UNKNOWN_CONTENT;
        const end = struct.id.clock + struct.length;
        next = Math.max(next, end);
        // What the document already has is skipped by Yjs, so it changes nothing.
        if (struct instanceof Y.Item && end > state) this.incoming.add(struct);
      }
    }
    for (const item of this.incoming) {
      const why = this.checkInsert(item);
      if (why) return why;
    }
    return this.checkDeletes(ds) ?? this.checkOfferers();
  }

  private checkInsert(item: Y.Item): string | null {
    const place = this.placeOf(item);
    const owner = this.ownerOf(place.parent);
    if (owner === 'gone') return null;
    if (owner === 'unknown') return ListingUpdateRefusal.UNKNOWN_CONTENT;
    if (owner === 'foreign') return ListingUpdateRefusal.OUTSIDE_LISTINGS;
    if (owner === 'root') {
      if (item.content instanceof Y.ContentDeleted && place.sub === null) return null;
      return this.freshListing(item, place) ? null : ListingUpdateRefusal.NOT_A_LISTING;
    }
    if (!this.fresh.has(owner) && !this.owns(owner)) return ListingUpdateRefusal.FOREIGN_LISTING;
    if (!isValueOf(place, owner, PARTNER_ID)) return null;
    const { content } = item;
    // A new value lands to the right of the value it replaces (its origin).
    if (item.origin) this.replacedValues.add(idKey(item.origin));
    // Set and overwritten before it reached the server: never the value, but it must not end up last.
    if (content instanceof Y.ContentDeleted) {
      this.partnerDeletes.push({ listing: owner, value: item });
      return null;
    }
    const value: unknown =
      content instanceof Y.ContentAny && content.arr.length === 1 ? content.arr[0] : null;
    if (typeof value !== 'number' || !this.own.has(value)) return ListingUpdateRefusal.FOREIGN_OFFERER;
    this.partnerSets.set(owner, (this.partnerSets.get(owner) ?? 0) + 1);
    return null;
  }

  private checkDeletes(ds: DeleteSet): string | null {
    for (const [client, ranges] of ds.clients) {
      const state = Y.getState(this.store, client);
      const structs = this.store.clients.get(client);
      for (const { clock, len } of ranges) {
        const end = clock + len;
        if (structs && clock < state) {
          for (let i = Y.findIndexSS(structs, clock); i < structs.length; i++) {
            const struct = structs[i]!;
            if (struct.id.clock >= end) break;
            if (struct instanceof Y.GC || struct.deleted) continue;
            const why = this.checkDocDelete(struct);
            if (why) return why;
          }
        }
        for (let at = Math.max(clock, state); at < end;) {
          const struct = this.findIncoming(client, at);
          if (!struct) return ListingUpdateRefusal.UNKNOWN_CONTENT;
          if (struct instanceof Y.Item) this.noteIncomingDelete(struct);
          at = struct.id.clock + struct.length;
        }
      }
    }
    return null;
  }

  private checkDocDelete(item: Y.Item): string | null {
    const parent = item.parent as Y.AbstractType<unknown>;
    if (parent._item === null) {
      if (parent !== this.root) return ListingUpdateRefusal.OUTSIDE_LISTINGS;
      if (!this.owns(item)) return ListingUpdateRefusal.FOREIGN_LISTING;
      this.deletedListings.add(item);
      return null;
    }
    const listing = this.listingOfDocType(parent._item);
    if (listing === 'gone') return null;
    if (listing === 'foreign') return ListingUpdateRefusal.OUTSIDE_LISTINGS;
    if (!this.owns(listing)) return ListingUpdateRefusal.FOREIGN_LISTING;
    if (parent._item === listing && item.parentSub === PARTNER_ID)
      this.partnerDeletes.push({ listing, value: item });
    return null;
  }

  /** Deleting what this update itself adds is allowed wherever adding it was. */
  private noteIncomingDelete(item: Y.Item): void {
    if (this.fresh.has(item)) this.deletedListings.add(item);
    const place = this.placeOf(item);
    const owner = this.ownerOf(place.parent);
    if (owner instanceof Y.Item && isValueOf(place, owner, PARTNER_ID))
      this.partnerDeletes.push({ listing: owner, value: item });
  }

  /**
   * Every listing this update leaves standing keeps an offering partner: a new one names one, and a
   * deleted `partnerId` value is one that a new value (from `own`) replaced. The rightmost value of a
   * key is then never a deleted one, so the listing ends with a value from `own` or its old one.
   */
  private checkOfferers(): string | null {
    for (const listing of this.fresh)
      if (!this.deletedListings.has(listing) && !this.partnerSets.get(listing))
        return ListingUpdateRefusal.NO_OFFERER;
    for (const { listing, value } of this.partnerDeletes)
      if (!this.deletedListings.has(listing) && !this.replacedValues.has(idKey(value.lastId)))
        return ListingUpdateRefusal.OFFERER_REMOVED;
    return null;
  }

  /** Records a new listing: a Y.Map item directly in the root array. */
  private freshListing(item: Y.Item, place: Place): boolean {
    if (this.fresh.has(item)) return true;
    const { content } = item;
    if (place.sub !== null || !(content instanceof Y.ContentType) || content.type.constructor !== Y.Map)
      return false;
    this.fresh.add(item);
    return true;
  }

  /** Whether an existing listing is offered by one of `own`. */
  private owns(listing: Y.Item): boolean {
    const { content } = listing;
    if (!(content instanceof Y.ContentType) || content.type.constructor !== Y.Map) return false;
    const partnerId = (content.type as Y.Map<unknown>).get(PARTNER_ID);
    return typeof partnerId === 'number' && this.own.has(partnerId);
  }

  /** The listing whose subtree holds the content of `parent`. */
  private ownerOf(parent: Parent): Owner {
    switch (parent.kind) {
      case 'root':
        return parent.name === LISTINGS_ARRAY ? 'root' : 'foreign';
      case 'doc':
        return this.listingOfDocType(parent.item);
      case 'new': {
        let owner = this.owners.get(parent.item);
        if (owner === undefined) {
          this.owners.set(parent.item, 'unknown');
          const place = this.placeOf(parent.item);
          owner = this.ownerOf(place.parent);
          if (owner === 'root') owner = this.freshListing(parent.item, place) ? parent.item : 'foreign';
          this.owners.set(parent.item, owner);
        }
        return owner;
      }
      default:
        return parent.kind;
    }
  }

  /** The listing a type of the document lies in (possibly itself); `gone` when it was deleted. */
  private listingOfDocType(typeItem: Y.Item): Exclude<Owner, 'root' | 'unknown'> {
    for (let item = typeItem; ;) {
      // Yjs deletes what is inserted into a deleted type, and a deleted map's children with it.
      if (item.deleted) return 'gone';
      const type = item.parent as Y.AbstractType<unknown>;
      if (type._item === null) return type === this.root ? item : 'foreign';
      item = type._item;
    }
  }

  private placeOf(item: Y.Item): Place {
    let place = this.places.get(item);
    if (!place) {
      this.places.set(item, UNKNOWN); // a reference cycle resolves to unknown
      place = this.findPlace(item);
      this.places.set(item, place);
    }
    return place;
  }

  private findPlace(item: Y.Item): Place {
    // Yjs fails midway on a reference to a later struct of the item's own client, leaving the
    // update half applied; its own encoders only refer back.
    const parentId = item.parent instanceof Y.ID ? item.parent : null;
    for (const id of [item.origin, item.rightOrigin, parentId])
      if (id && id.client === item.id.client && id.clock >= item.id.clock) return UNKNOWN;
    const left = item.origin && this.find(item.origin);
    const right = item.rightOrigin && this.find(item.rightOrigin);
    if (left === undefined || right === undefined) return UNKNOWN;
    if (left instanceof Y.GC || right instanceof Y.GC) return GONE;
    const parent = item.parent as unknown;
    if (parent === null) {
      const neighbour = left ?? right;
      return neighbour ? this.placeOfNeighbour(neighbour) : UNKNOWN;
    }
    if (typeof parent === 'string') return { parent: { kind: 'root', name: parent }, sub: item.parentSub };
    if (!(parent instanceof Y.ID)) return UNKNOWN;
    const holder = this.find(parent);
    if (holder === undefined) return UNKNOWN;
    if (!(holder instanceof Y.Item) || !(holder.content instanceof Y.ContentType)) return GONE;
    return { parent: { kind: this.incoming.has(holder) ? 'new' : 'doc', item: holder }, sub: item.parentSub };
  }

  /** An item with a neighbour takes the neighbour's parent and key. */
  private placeOfNeighbour(neighbour: Y.Item): Place {
    if (this.incoming.has(neighbour)) return this.placeOf(neighbour);
    const type = neighbour.parent as Y.AbstractType<unknown>;
    if (type._item === null)
      return { parent: { kind: 'root', name: Y.findRootTypeKey(type) }, sub: neighbour.parentSub };
    return { parent: { kind: 'doc', item: type._item }, sub: neighbour.parentSub };
  }

  /** The struct holding `id`: the document's, else the update's; undefined when neither has it. */
  private find(id: Y.ID): Y.Item | Y.GC | undefined {
    if (id.clock < Y.getState(this.store, id.client)) return Y.getItem(this.store, id);
    const struct = this.findIncoming(id.client, id.clock);
    return struct instanceof Y.Skip ? undefined : struct;
  }

  private findIncoming(client: number, clock: number): Struct | undefined {
    const list = this.byClient.get(client);
    if (!list) return undefined;
    let [low, high] = [0, list.length - 1];
    while (low <= high) {
      const mid = (low + high) >> 1;
      const struct = list[mid]!;
      if (clock < struct.id.clock) high = mid - 1;
      else if (clock >= struct.id.clock + struct.length) low = mid + 1;
      else return struct instanceof Y.Skip ? undefined : struct;
    }
    return undefined;
  }
}

/** Whether `place` is the value of `key` in the listing `listing`. */
function isValueOf(place: Place, listing: Y.Item, key: string): boolean {
  const { parent } = place;
  return place.sub === key && (parent.kind === 'doc' || parent.kind === 'new') && parent.item === listing;
}
