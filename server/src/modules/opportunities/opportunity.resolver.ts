import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { idOfType } from '../../graphql/global-id.js';
import { District, PartnerOrganization } from '../organizations/index.js';
import type { DistrictRoot } from './district-root.js';
import { OpportunityListVersion } from './opportunity-list-version.entity.js';
import { OpportunityListArgs } from './opportunity.filter.js';
import { opportunityConnection, singleOpportunity } from './opportunity.read.js';
import { pageReadAhead } from './opportunity.read-ahead.js';
import { OpportunityConnection, OpportunityNode } from './opportunity.type.js';

@Resolver(() => OpportunityNode)
export class OpportunityResolver {
  @Query(() => OpportunityNode, { nullable: true, description: 'A published opportunity by its global id.' })
  async opportunity(@Arg('id', () => ID) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const dbId = idOfType(id, 'Opportunity');
    return dbId === null ? null : singleOpportunity(ctx, { ids: [dbId] }, info);
  }

  @FieldResolver(() => OpportunityListVersion, {
    description: 'The published version this listing belongs to.',
  })
  version(@Root() o: OpportunityNode, @Ctx() ctx: Context): Promise<OpportunityListVersion> {
    return ctx.em.findOneOrFail(OpportunityListVersion, o.versionId);
  }
}

@Resolver(() => District)
export class DistrictOpportunitiesResolver {
  @FieldResolver(() => OpportunityConnection, {
    description: "Opportunities in the district's newest published list.",
  })
  opportunities(
    @Root() d: DistrictRoot,
    @Args() args: OpportunityListArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return pageReadAhead(d, info) ?? opportunityConnection(ctx, { newestOfDistrict: d.id }, args, info);
  }

  @FieldResolver(() => OpportunityNode, {
    nullable: true,
    description: 'A listing of the newest published list by its stable listing id.',
  })
  opportunity(
    @Root() d: DistrictRoot,
    @Arg('listingId', () => ID) listingId: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return singleOpportunity(ctx, { newestOfDistrict: d.id }, info, { listingId });
  }

  @FieldResolver(() => OpportunityListVersion, {
    nullable: true,
    description: 'The newest published version.',
  })
  publishedOpportunityList(
    @Root() d: DistrictRoot,
    @Ctx() ctx: Context,
  ): Promise<OpportunityListVersion | null> {
    return ctx.em.findOne(OpportunityListVersion, { district: d.id }, { orderBy: { number: 'desc' } });
  }

  @FieldResolver(() => [OpportunityListVersion], { description: 'Every published version, newest first.' })
  opportunityListVersions(@Root() d: DistrictRoot, @Ctx() ctx: Context): Promise<OpportunityListVersion[]> {
    return ctx.em.find(OpportunityListVersion, { district: d.id }, { orderBy: { number: 'desc' } });
  }

  @FieldResolver(() => OpportunityListVersion, { nullable: true })
  opportunityListVersion(
    @Root() d: DistrictRoot,
    @Arg('number', () => Number) number: number,
    @Ctx() ctx: Context,
  ) {
    return ctx.em.findOne(OpportunityListVersion, { district: d.id, number });
  }
}

@Resolver(() => OpportunityListVersion)
export class OpportunityListVersionResolver {
  @FieldResolver(() => District)
  district(@Root() v: OpportunityListVersion, @Ctx() ctx: Context): Promise<District> {
    return ctx.em.findOneOrFail(District, v.district.id);
  }

  @FieldResolver(() => OpportunityConnection, { description: 'The listings as published in this version.' })
  opportunities(
    @Root() v: OpportunityListVersion,
    @Args() args: OpportunityListArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return opportunityConnection(ctx, { versionId: v.id }, args, info);
  }
}

@Resolver(() => PartnerOrganization)
export class PartnerOpportunitiesResolver {
  @FieldResolver(() => OpportunityConnection, {
    description: "The partner's listings in every district's newest list.",
  })
  opportunities(
    @Root() p: PartnerOrganization,
    @Args() args: OpportunityListArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return opportunityConnection(ctx, { newestOfEveryDistrict: true }, args, info, { partnerId: p.id });
  }
}
