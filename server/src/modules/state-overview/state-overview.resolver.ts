import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { ForwardPaginationArgs, pageFrom, toConnection } from '../../graphql/relay.js';
import { authorize, can, stateSubject } from '../access/index.js';
import { StateAgency } from '../organizations/index.js';
import { districtOverview, districtsOfState, filterOverview, overviewCsv } from './district-overview.js';
import {
  DistrictOverviewArgs,
  DistrictOverviewConnection,
  DistrictOverviewFilter,
  StateDistrictConnection,
} from './district-overview.types.js';
import { summariesOf } from './hooks.js';

/** A draft is the district's own business until it applies. */
const publicStage = (stage: string | undefined) => (stage && stage !== 'DRAFT' ? stage : null);

/** The state's desk (its staff only) and the public list of the state's districts. */
@Resolver(() => StateAgency)
export class StateOverviewResolver {
  @FieldResolver(() => DistrictOverviewConnection, {
    description:
      "Every district of the state with its flexibility stage, next deadline, open comments, objectives at risk and funding at a glance, by name (the agency's staff).",
  })
  async districtOverview(
    @Root() agency: StateAgency,
    @Args() args: DistrictOverviewArgs,
    @Ctx() ctx: Context,
  ) {
    authorize(ctx.viewer, 'state:readPrivate', stateSubject(agency));
    const page = pageFrom(args);
    const rows = filterOverview(await districtOverview(ctx.em, agency), args.filter);
    return toConnection(rows.slice(page.offset, page.offset + page.limit), rows.length, page);
  }

  @FieldResolver(() => String, {
    description:
      "The district overview as CSV (RFC 4180, formula-like text kept as text), with the same filter (the agency's staff).",
  })
  async districtOverviewCsv(
    @Root() agency: StateAgency,
    @Arg('filter', () => DistrictOverviewFilter, { nullable: true }) filter: DistrictOverviewFilter | null,
    @Ctx() ctx: Context,
  ): Promise<string> {
    authorize(ctx.viewer, 'state:readPrivate', stateSubject(agency));
    return overviewCsv(filterOverview(await districtOverview(ctx.em, agency), filter));
  }

  @FieldResolver(() => Boolean, { description: "Whether you may read the state's district overview." })
  viewerCanReadOverview(@Root() agency: StateAgency, @Ctx() ctx: Context): boolean {
    return can(ctx.viewer, 'state:readPrivate', stateSubject(agency));
  }

  @FieldResolver(() => StateDistrictConnection, {
    description:
      'The districts of the state by name, with the public stage of their flexibility application.',
  })
  async districts(@Root() agency: StateAgency, @Args() args: ForwardPaginationArgs, @Ctx() ctx: Context) {
    const page = pageFrom(args);
    const all = await districtsOfState(ctx.em, agency);
    const slice = all.slice(page.offset, page.offset + page.limit);
    const summaries = await summariesOf(
      ctx.em,
      slice.map((d) => d.id),
    );
    const items = slice.map((district) => ({
      district,
      name: district.name,
      slug: district.slug,
      stage: publicStage(summaries.get(district.id)?.stage),
    }));
    return toConnection(items, all.length, page);
  }
}
