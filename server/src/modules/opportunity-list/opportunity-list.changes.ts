import type { EntityManager } from '@mikro-orm/knex';
import { LISTING_FIELDS, type ValidListing } from '@partnerhub/shared';
import { Arg, Ctx, Field, FieldResolver, ID, Int, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { BadUserInputError } from '../../graphql/errors.js';
import { Opportunity, OpportunityListVersion } from '../opportunities/index.js';

@ObjectType({ description: 'A listing named in a comparison of two versions.' })
export class ListingRef {
  @Field(() => ID)
  listingId!: string;

  @Field()
  title!: string;
}

@ObjectType()
export class ChangedListing extends ListingRef {
  @Field(() => [String], { description: 'The listing fields that differ, e.g. ["deadline", "capacity"].' })
  fields!: string[];
}

@ObjectType({ description: 'What a version changed compared with an earlier one.' })
export class OpportunityListChanges {
  @Field(() => Int, { nullable: true, description: 'The version compared with; null: none (the first).' })
  since!: number | null;

  @Field(() => [ListingRef])
  added!: ListingRef[];

  @Field(() => [ListingRef])
  removed!: ListingRef[];

  @Field(() => [ChangedListing])
  changed!: ChangedListing[];
}

const COMPARED = [...LISTING_FIELDS, 'partnerId'] as const;

/** A listing as compared: its title and every compared value, with blank texts as null. */
interface Compared {
  listingId: string;
  title: string;
  values: Record<string, unknown>;
}

function compared(listingId: string, title: string, values: Record<string, unknown>): Compared {
  const normal = (v: unknown) => (v === '' || v === undefined ? null : v);
  return { listingId, title, values: Object.fromEntries(COMPARED.map((f) => [f, normal(values[f])])) };
}

const comparedRow = (o: Opportunity) =>
  compared(o.listingId, o.title, { ...o, partnerId: o.partner?.id ?? null });

const rowsOf = async (em: EntityManager, versionId: number | null): Promise<Compared[]> =>
  versionId === null
    ? []
    : (await em.find(Opportunity, { version: versionId }, { orderBy: { position: 'asc' } })).map(comparedRow);

/** The listings added, removed and changed from `before` to `now`. */
function diff(now: Compared[], before: Compared[], since: number | null): OpportunityListChanges {
  const earlier = new Map(before.map((c) => [c.listingId, c]));
  const later = new Set(now.map((c) => c.listingId));
  const ref = ({ listingId, title }: Compared) => ({ listingId, title });
  const changed: ChangedListing[] = [];
  for (const c of now) {
    const old = earlier.get(c.listingId);
    if (!old) continue;
    const fields = COMPARED.filter((f) => JSON.stringify(old.values[f]) !== JSON.stringify(c.values[f]));
    if (fields.length) changed.push({ ...ref(c), fields });
  }
  return {
    since,
    added: now.filter((c) => !earlier.has(c.listingId)).map(ref),
    removed: before.filter((c) => !later.has(c.listingId)).map(ref),
    changed,
  };
}

/** The listings added, removed and changed between two versions of one district's list. */
export async function compareVersions(
  em: EntityManager,
  version: OpportunityListVersion,
  since: OpportunityListVersion | null,
): Promise<OpportunityListChanges> {
  const [now, before] = await Promise.all([rowsOf(em, version.id), rowsOf(em, since?.id ?? null)]);
  return diff(now, before, since?.number ?? null);
}

/** What publishing `listings` now would change compared with the newest version (null: none yet). */
export async function compareWithNewest(
  em: EntityManager,
  newest: OpportunityListVersion | null,
  listings: readonly ValidListing[],
): Promise<OpportunityListChanges> {
  const before = await rowsOf(em, newest?.id ?? null);
  const now = listings.map((l) => compared(l.id, l.title, l as unknown as Record<string, unknown>));
  return diff(now, before, newest?.number ?? null);
}

@Resolver(() => OpportunityListVersion)
export class OpportunityListChangesResolver {
  @FieldResolver(() => OpportunityListChanges, {
    description: 'What this version changed compared with version `since` (default: the one before it).',
  })
  async changes(
    @Root() version: OpportunityListVersion,
    @Arg('since', () => Int, { nullable: true }) since: number | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<OpportunityListChanges> {
    const number = since ?? version.number - 1;
    const earlier =
      number < 1
        ? null
        : await ctx.em.findOne(OpportunityListVersion, { district: version.district.id, number });
    if (since != null && !earlier)
      throw new BadUserInputError(`The district has no version ${since}.`, 'since');
    return compareVersions(ctx.em, version, earlier);
  }
}
