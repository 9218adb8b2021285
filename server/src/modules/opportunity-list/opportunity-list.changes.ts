import type { EntityManager } from '@mikro-orm/knex';
import { LISTING_FIELDS } from '@partnerhub/shared';
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

function valuesOf(o: Opportunity): Record<string, unknown> {
  const values: Record<string, unknown> = { ...o, partnerId: o.partner?.id ?? null };
  return Object.fromEntries(COMPARED.map((f) => [f, values[f] ?? null]));
}

const rowsOf = async (em: EntityManager, versionId: number | null) =>
  versionId === null
    ? new Map<string, Opportunity>()
    : new Map(
        (await em.find(Opportunity, { version: versionId }, { orderBy: { position: 'asc' } })).map((o) => [
          o.listingId,
          o,
        ]),
      );

/** The listings added, removed and changed between two versions of one district's list. */
export async function compareVersions(
  em: EntityManager,
  version: OpportunityListVersion,
  since: OpportunityListVersion | null,
): Promise<OpportunityListChanges> {
  const [now, before] = await Promise.all([rowsOf(em, version.id), rowsOf(em, since?.id ?? null)]);
  const ref = (o: Opportunity) => ({ listingId: o.listingId, title: o.title });
  const changed: ChangedListing[] = [];
  for (const [id, o] of now) {
    const old = before.get(id);
    if (!old) continue;
    const [a, b] = [valuesOf(old), valuesOf(o)];
    const fields = COMPARED.filter((f) => JSON.stringify(a[f]) !== JSON.stringify(b[f]));
    if (fields.length) changed.push({ ...ref(o), fields });
  }
  return {
    since: since?.number ?? null,
    added: [...now.values()].filter((o) => !before.has(o.listingId)).map(ref),
    removed: [...before.values()].filter((o) => !now.has(o.listingId)).map(ref),
    changed,
  };
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
