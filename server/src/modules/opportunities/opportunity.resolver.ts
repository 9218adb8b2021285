import { CEDS_WORK_BASED_LEARNING_CODE, isPastDeadline } from '@partnerhub/shared';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { idOfType } from '../../graphql/global-id.js';
import { District, PartnerContact, PartnerOrganization } from '../organizations/index.js';
import { OpportunityListVersion } from './opportunity-list-version.entity.js';
import { OpportunityListArgs } from './opportunity.filter.js';
import { opportunityConnection, singleOpportunity } from './opportunity.read.js';
import { Address, OpportunityConnection, OpportunityNode } from './opportunity.type.js';

@Resolver(() => OpportunityNode)
export class OpportunityResolver {
  @Query(() => OpportunityNode, { nullable: true, description: 'A published opportunity by its global id.' })
  async opportunity(@Arg('id', () => ID) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const dbId = idOfType(id, 'Opportunity');
    return dbId === null ? null : singleOpportunity(ctx, { ids: [dbId] }, info);
  }

  @FieldResolver(() => String, { description: 'CEDS 001499 Work-based Learning Opportunity Type code.' })
  cedsCode(@Root() o: OpportunityNode): string {
    return CEDS_WORK_BASED_LEARNING_CODE[o.type];
  }

  @FieldResolver(() => Boolean, {
    description: 'The deadline has passed; the listing no longer takes applications.',
  })
  isClosed(@Root() o: OpportunityNode, @Ctx() ctx: Context): boolean {
    return isPastDeadline(o.deadline, ctx.today);
  }

  @FieldResolver(() => Address, {
    nullable: true,
    description: 'Where it takes place; null when fully remote.',
  })
  address(@Root() o: OpportunityNode): Address | null {
    if (!o.street && !o.city) return null;
    return { street: o.street, city: o.city, state: o.state, postalCode: o.postalCode };
  }

  @FieldResolver(() => PartnerContact, {
    nullable: true,
    description: 'Shown only when the contact agreed to be public.',
  })
  contact(@Root() o: OpportunityNode): Pick<PartnerContact, 'name' | 'title' | 'email' | 'phone'> | null {
    if (!o.contactPublishable || !o.contactName) return null;
    return { name: o.contactName, title: null, email: o.contactEmail, phone: o.contactPhone };
  }

  @FieldResolver(() => PartnerOrganization, {
    nullable: true,
    description: 'Null when the district itself offers it.',
  })
  async partner(@Root() o: OpportunityNode, @Ctx() ctx: Context): Promise<object | null> {
    if (o.partnerRow !== undefined) return o.partnerRow;
    return o.partnerId == null ? null : ctx.em.findOne(PartnerOrganization, o.partnerId);
  }

  @FieldResolver(() => District)
  async district(@Root() o: OpportunityNode, @Ctx() ctx: Context): Promise<object> {
    return o.districtRow ?? ctx.em.findOneOrFail(District, o.districtId);
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
    @Root() d: District,
    @Args() args: OpportunityListArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return opportunityConnection(ctx, { newestOfDistrict: d.id }, args, info);
  }

  @FieldResolver(() => OpportunityNode, {
    nullable: true,
    description: 'A listing of the newest published list by its stable listing id.',
  })
  opportunity(
    @Root() d: District,
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
  publishedOpportunityList(@Root() d: District, @Ctx() ctx: Context): Promise<OpportunityListVersion | null> {
    return ctx.em.findOne(OpportunityListVersion, { district: d.id }, { orderBy: { number: 'desc' } });
  }

  @FieldResolver(() => [OpportunityListVersion], { description: 'Every published version, newest first.' })
  opportunityListVersions(@Root() d: District, @Ctx() ctx: Context): Promise<OpportunityListVersion[]> {
    return ctx.em.find(OpportunityListVersion, { district: d.id }, { orderBy: { number: 'desc' } });
  }

  @FieldResolver(() => OpportunityListVersion, { nullable: true })
  opportunityListVersion(
    @Root() d: District,
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
