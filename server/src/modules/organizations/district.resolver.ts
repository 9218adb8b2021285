import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { ForwardPaginationArgs, pageFrom, toConnection } from '../../graphql/relay.js';
import { can, districtSubject, stateSubject } from '../access/index.js';
import { findStateAgency } from './state-agency.service.js';
import { District } from './district.entity.js';
import { districtForQuery } from './district.read.js';
import { listDistricts } from './organization.service.js';
import { DistrictConnection } from './organization.types.js';

@Resolver(() => District)
export class DistrictResolver {
  @Query(() => District, { nullable: true, description: 'A district by the short name in its public URL.' })
  district(
    @Arg('slug') slug: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<District | null> {
    return districtForQuery(ctx, slug, info);
  }

  @Query(() => DistrictConnection, { description: 'Every district on this PartnerHub, by name.' })
  async districts(
    @Args() args: ForwardPaginationArgs,
    @Ctx() ctx: Context,
    @Arg('state', () => String, {
      nullable: true,
      description: 'Only the districts of this state (two letters).',
    })
    state?: string | null,
  ) {
    const page = pageFrom(args);
    const { items, total } = await listDistricts(ctx.em, page, state?.trim().toUpperCase() || null);
    return toConnection(items, total, page);
  }

  @FieldResolver(() => Boolean, {
    description:
      "Whether you read the district's private work: its own people, and the staff of its state's agency.",
  })
  viewerCanReadPrivate(@Root() district: District, @Ctx() ctx: Context): boolean {
    return can(ctx.viewer, 'district:readPrivate', districtSubject(district));
  }

  @FieldResolver(() => Boolean, {
    description: "Whether you may correct the district's NCES LEA ID and slug (its state's admins).",
  })
  async viewerCanCorrectIdentifiers(@Root() district: District, @Ctx() ctx: Context): Promise<boolean> {
    if (ctx.viewer.kind === 'anonymous') return false;
    const agency = await findStateAgency(ctx.em, district.state);
    return agency !== null && can(ctx.viewer, 'state:createDistrict', stateSubject(agency));
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may change the district profile.' })
  viewerCanUpdate(@Root() district: District, @Ctx() ctx: Context): boolean {
    return can(ctx.viewer, 'district:update', districtSubject(district));
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether you may add partner organizations and partnerships for the district.',
  })
  viewerCanCreatePartner(@Root() district: District, @Ctx() ctx: Context): boolean {
    return can(ctx.viewer, 'partner:create', districtSubject(district));
  }
}
