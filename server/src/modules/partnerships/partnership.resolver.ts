import { DistrictCondition, PartnershipRequestState, PartnershipSide } from '@partnerhub/shared';
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { can, districtSubject, partnerSubject, isSignedIn } from '../access/index.js';
import type { Context } from '../../graphql/context.js';
import { pageFrom, toConnection } from '../../graphql/relay.js';
import { District, PartnerOrganization, PartnerOrganizationConnection } from '../organizations/index.js';
import { DistrictPartnerArgs, PartnershipListArgs } from './partnership.args.js';
import { Partnership } from './partnership.entity.js';
import { listDistrictPartners, listPartnerships } from './partnership.read.js';
import { PartnershipConnection } from './partnership.types.js';

@Resolver(() => Partnership)
export class PartnershipResolver {
  @FieldResolver(() => District)
  district(@Root() partnership: Partnership, @Ctx() ctx: Context): Promise<District> {
    return ctx.em.findOneOrFail(District, partnership.district.id);
  }

  @FieldResolver(() => PartnerOrganization)
  partner(@Root() partnership: Partnership, @Ctx() ctx: Context): Promise<PartnerOrganization> {
    return ctx.em.findOneOrFail(PartnerOrganization, partnership.partner.id);
  }

  @FieldResolver(() => [DistrictCondition], { description: 'District conditions this partnership supports.' })
  conditions(@Root() partnership: Partnership): DistrictCondition[] {
    return partnership.conditions;
  }

  @FieldResolver(() => PartnershipRequestState, {
    description: 'Where the request behind the partnership stands; nothing private flows before ACCEPTED.',
  })
  requestState(@Root() p: Partnership): PartnershipRequestState {
    if (p.acceptedAt) return PartnershipRequestState.ACCEPTED;
    if (p.declinedAt) return PartnershipRequestState.DECLINED;
    return p.proposedBy === PartnershipSide.DISTRICT
      ? PartnershipRequestState.AWAITING_PARTNER
      : PartnershipRequestState.AWAITING_DISTRICT;
  }
}

@Resolver(() => District)
export class DistrictPartnershipsResolver {
  @FieldResolver(() => Boolean, {
    description: 'Whether you may propose partnerships for the district (district staff).',
  })
  viewerCanProposePartnership(@Root() district: District, @Ctx() ctx: Context): boolean {
    return can(ctx.viewer, 'partnership:create', districtSubject(district));
  }

  @FieldResolver(() => PartnershipConnection, {
    description: "The district's partnerships you may see: prospects only with 'partnership:read'.",
  })
  async partnerships(@Root() district: District, @Args() args: PartnershipListArgs, @Ctx() ctx: Context) {
    const page = pageFrom(args);
    const side = { districtId: district.id };
    const { items, total } = await listPartnerships(ctx.em, ctx.viewer, side, args.statuses, page);
    return toConnection(items, total, page);
  }

  @FieldResolver(() => PartnerOrganizationConnection, {
    description: 'Organizations partnering with the district that are in the directory (not archived).',
  })
  async partners(@Root() district: District, @Args() args: DistrictPartnerArgs, @Ctx() ctx: Context) {
    const page = pageFrom(args);
    const { items, total } = await listDistrictPartners(ctx.em, ctx.viewer, district.id, args, page);
    return toConnection(items, total, page);
  }
}

@Resolver(() => PartnerOrganization)
export class PartnerPartnershipsResolver {
  @FieldResolver(() => Boolean, {
    description:
      "Whether you may propose a partnership to a district for this partner (the partner's admins).",
  })
  async viewerCanProposePartnership(@Root() partner: PartnerOrganization, @Ctx() ctx: Context) {
    if (!isSignedIn(ctx.viewer)) return false;
    const entity = await ctx.em.findOneOrFail(PartnerOrganization, partner.id);
    return can(ctx.viewer, 'partner:proposePartnership', await partnerSubject(ctx.em, entity));
  }

  @FieldResolver(() => PartnershipConnection, {
    description: "The partner's partnerships you may see: prospects only with 'partnership:read'.",
  })
  async partnerships(
    @Root() partner: PartnerOrganization,
    @Args() args: PartnershipListArgs,
    @Ctx() ctx: Context,
  ) {
    const page = pageFrom(args);
    const side = { partnerId: partner.id };
    const { items, total } = await listPartnerships(ctx.em, ctx.viewer, side, args.statuses, page);
    return toConnection(items, total, page);
  }
}
