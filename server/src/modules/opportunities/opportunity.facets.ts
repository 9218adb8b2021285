import { OpportunityType } from '@partnerhub/shared';
import { Arg, Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import type { Knex } from '@mikro-orm/knex';
import { recordStatement } from '../../db/query-counter.js';
import type { Context } from '../../graphql/context.js';
import { District } from '../organizations/index.js';
import type { DistrictRoot } from './district-root.js';
import { OpportunityFilter } from './opportunity.filter.js';
import { opportunityConditions } from './opportunity.sql.js';
import { filterValues } from './opportunity.read.js';

@ObjectType({ description: 'How many listings one type has under a filter.' })
export class OpportunityTypeCount {
  @Field(() => OpportunityType)
  type!: OpportunityType;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'Counts that help narrow a search before running it.' })
export class OpportunityFacets {
  @Field(() => [OpportunityTypeCount], {
    description:
      "Every type with the number of listings it would show under the filter, the filter's own types left aside; types without any come with 0.",
  })
  types!: OpportunityTypeCount[];

  @Field(() => Int, {
    description:
      'Listings that match the filter except that their deadline has passed (what `openOnly` hides).',
  })
  closedCount!: number;
}

interface FacetRow {
  type: string;
  shown: number | string;
  closed: number | string;
}

@Resolver(() => District)
export class DistrictOpportunityFacetsResolver {
  @FieldResolver(() => OpportunityFacets, {
    description:
      "Counts per type and of closed listings in the district's newest published list. One statement.",
  })
  async opportunityFacets(
    @Root() d: DistrictRoot,
    @Arg('filter', () => OpportunityFilter, { nullable: true }) filter: OpportunityFilter | null,
    @Ctx() ctx: Context,
  ): Promise<OpportunityFacets> {
    const values = filterValues(filter) ?? {};
    const knex = ctx.em.getKnex();
    const open = '(o.deadline is null or o.deadline >= ?)';
    const wanted = new Set(values.types ?? []);
    const qb = knex('opportunity as o')
      .select('o.type')
      .select(
        knex.raw(`sum(case when ? or ${open} then 1 else 0 end) as shown`, [!values.openOnly, ctx.today]),
      )
      .select(knex.raw(`sum(case when ${open} then 0 else 1 end) as closed`, [ctx.today]))
      .groupBy('o.type');
    // Types and openOnly are what the counts are about: the rest of the filter applies as given.
    const where = opportunityConditions(
      { newestOfDistrict: d.id },
      { ...values, types: null, openOnly: false },
      ctx.today,
    );
    qb.whereRaw(where.text, where.values as Knex.RawBinding[]);
    recordStatement();
    const rows = (await qb) as FacetRow[];
    const byType = new Map(rows.map((r) => [r.type, r]));
    return {
      types: Object.values(OpportunityType).map((type) => ({
        type,
        count: Number(byType.get(type)?.shown ?? 0),
      })),
      closedCount: rows
        .filter((r) => !wanted.size || wanted.has(r.type as OpportunityType))
        .reduce((sum, r) => sum + Number(r.closed), 0),
    };
  }
}
