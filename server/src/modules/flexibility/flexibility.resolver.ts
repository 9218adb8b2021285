import { DISTRICT_CONDITION_LABEL, DistrictCondition } from '@partnerhub/shared';
import { Arg, Args, Ctx, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { PublicError } from '../../graphql/errors.js';
import { idOfType } from '../../graphql/global-id.js';
import { ConnectionType, ForwardPaginationArgs, pageFrom, toConnection } from '../../graphql/relay.js';
import { ErrorCode } from '@partnerhub/shared';
import { authorize, can } from '../access/index.js';
import { District } from '../organizations/index.js';
import { Objective } from '../planning/index.js';
import { flexibilitySubject } from './flexibility.access.js';
import { diffSections } from './flexibility.diff.js';
import {
  FlexibilityApplication,
  FlexibilityArea,
  FlexibilityDecision,
  FlexibilitySubmission,
} from './flexibility.entities.js';
import { ASSURANCE_LABEL, AssuranceKind, FlexibilityAreaStatus } from './flexibility.enums.js';
import { deadlinesOf, nextDeadline, periodYear, schoolYearLabel } from './flexibility.period.js';
import { returnedKind } from './flexibility.review.js';
import { areasOf, currentContent, narrativeOf, sectionsOf } from './flexibility.snapshot.js';
import {
  FlexibilityAssurance,
  FlexibilityDeadline,
  FlexibilityPeriod,
  FlexibilitySection,
  FlexibilitySectionDiff,
} from './flexibility.types.js';

@ObjectType()
export class FlexibilitySubmissionConnection extends ConnectionType(
  FlexibilitySubmission,
  'FlexibilitySubmission',
) {}

@ObjectType()
export class FlexibilityDecisionConnection extends ConnectionType(
  FlexibilityDecision,
  'FlexibilityDecision',
) {}

const districtIdOf = (application: FlexibilityApplication) => application.district.id;

@Resolver(() => District)
export class DistrictFlexibilityResolver {
  @FieldResolver(() => FlexibilityApplication, {
    nullable: true,
    description:
      "The district's flexibility application; its stage, period, granted areas and decisions are public. Null before it was started.",
  })
  flexibilityApplication(
    @Root() district: District,
    @Ctx() ctx: Context,
  ): Promise<FlexibilityApplication | null> {
    return ctx.em.findOne(FlexibilityApplication, { district: district.id });
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may start the flexibility application.' })
  viewerCanStartFlexibilityApplication(@Root() district: District, @Ctx() ctx: Context): boolean {
    return can(ctx.viewer, 'flexibility:edit', { districtId: district.id });
  }
}

@Resolver(() => FlexibilityApplication)
export class FlexibilityApplicationResolver {
  @FieldResolver(() => District)
  district(@Root() application: FlexibilityApplication, @Ctx() ctx: Context): Promise<District> {
    return ctx.em.findOneOrFail(District, districtIdOf(application));
  }

  @FieldResolver(() => FlexibilityPeriod)
  period(@Root() application: FlexibilityApplication, @Ctx() ctx: Context): FlexibilityPeriod {
    const first = application.firstSchoolYear;
    return {
      firstSchoolYear: first,
      label: `${schoolYearLabel(first)} to ${schoolYearLabel(first + 4)}`,
      currentYear: periodYear(first, new Date(`${ctx.today}T12:00:00Z`)),
    };
  }

  @FieldResolver(() => [FlexibilityDeadline], { description: 'The deadlines of the period.' })
  deadlines(@Root() application: FlexibilityApplication): FlexibilityDeadline[] {
    return deadlinesOf(application.firstSchoolYear);
  }

  @FieldResolver(() => FlexibilityDeadline, {
    nullable: true,
    description: 'What the district works toward now; null while the state decides and once completed.',
  })
  async nextDeadline(
    @Root() application: FlexibilityApplication,
    @Ctx() ctx: Context,
  ): Promise<FlexibilityDeadline | null> {
    const returned = await returnedKind(ctx.em, application.id);
    return nextDeadline(
      application.firstSchoolYear,
      application.stage,
      returned === 'APPLICATION'
        ? 'APPLICATION'
        : returned === 'IMPLEMENTATION_PLAN'
          ? 'PLAN'
          : 'SUSTAINABILITY',
    );
  }

  @FieldResolver(() => [FlexibilityArea], { description: 'The areas the state granted (public).' })
  async grantedAreas(
    @Root() application: FlexibilityApplication,
    @Ctx() ctx: Context,
  ): Promise<FlexibilityArea[]> {
    return (await areasOf(ctx.em, application)).filter((a) => a.status === FlexibilityAreaStatus.GRANTED);
  }

  @FieldResolver(() => [FlexibilityArea], {
    description: 'Every area, requested or not yet submitted (district members and state staff).',
  })
  areas(@Root() application: FlexibilityApplication, @Ctx() ctx: Context): Promise<FlexibilityArea[]> {
    authorize(ctx.viewer, 'flexibility:read', { districtId: districtIdOf(application) });
    return areasOf(ctx.em, application);
  }

  @FieldResolver(() => [FlexibilityAssurance], {
    description: "The four assurances with the district's narratives (district members and state staff).",
  })
  assurances(@Root() application: FlexibilityApplication, @Ctx() ctx: Context): FlexibilityAssurance[] {
    authorize(ctx.viewer, 'flexibility:read', { districtId: districtIdOf(application) });
    return Object.values(AssuranceKind).map((kind) => ({
      kind,
      title: ASSURANCE_LABEL[kind],
      narrative: narrativeOf(application, kind),
    }));
  }

  @FieldResolver(() => [FlexibilitySection], {
    description:
      'The application as it would be submitted now, with its evidence from the adopted vision, the plan and the funding report (district members and state staff).',
  })
  async currentSections(
    @Root() application: FlexibilityApplication,
    @Ctx() ctx: Context,
  ): Promise<FlexibilitySection[]> {
    authorize(ctx.viewer, 'flexibility:read', { districtId: districtIdOf(application) });
    return sectionsOf(await currentContent(ctx.em, application));
  }

  @FieldResolver(() => FlexibilitySubmissionConnection, {
    description: 'Submissions, newest first (district members and state staff).',
  })
  async submissions(
    @Root() application: FlexibilityApplication,
    @Args() args: ForwardPaginationArgs,
    @Ctx() ctx: Context,
  ) {
    authorize(ctx.viewer, 'flexibility:read', { districtId: districtIdOf(application) });
    const page = pageFrom(args);
    const [items, total] = await ctx.em.findAndCount(
      FlexibilitySubmission,
      { application },
      { orderBy: { number: 'desc' }, offset: page.offset, limit: page.limit },
    );
    return toConnection(items, total, page);
  }

  @FieldResolver(() => FlexibilityDecisionConnection, {
    description: "The state's decisions, newest first (public).",
  })
  async decisions(
    @Root() application: FlexibilityApplication,
    @Args() args: ForwardPaginationArgs,
    @Ctx() ctx: Context,
  ) {
    const page = pageFrom(args);
    const [items, total] = await ctx.em.findAndCount(
      FlexibilityDecision,
      { application },
      { orderBy: { decidedAt: 'desc', id: 'desc' }, offset: page.offset, limit: page.limit },
    );
    return toConnection(items, total, page);
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether you may see the application beyond its public parts.',
  })
  viewerCanRead(@Root() application: FlexibilityApplication, @Ctx() ctx: Context): boolean {
    return can(ctx.viewer, 'flexibility:read', { districtId: districtIdOf(application) });
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may change areas and assurances.' })
  viewerCanEdit(@Root() application: FlexibilityApplication, @Ctx() ctx: Context): boolean {
    return can(ctx.viewer, 'flexibility:edit', { districtId: districtIdOf(application) });
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may submit the application to the state.' })
  viewerCanSubmit(@Root() application: FlexibilityApplication, @Ctx() ctx: Context): boolean {
    return can(ctx.viewer, 'flexibility:submit', { districtId: districtIdOf(application) });
  }

  @FieldResolver(() => Boolean, { description: "Whether you may record the state's decisions." })
  async viewerCanDecide(@Root() application: FlexibilityApplication, @Ctx() ctx: Context): Promise<boolean> {
    return can(ctx.viewer, 'flexibility:decide', await flexibilitySubject(ctx, districtIdOf(application)));
  }
}

async function districtOfArea(ctx: Context, area: FlexibilityArea): Promise<number> {
  const application = await ctx.em.findOneOrFail(FlexibilityApplication, area.application.id);
  return application.district.id;
}

/** Granted areas are public; the rest is read by the district and its state. */
async function assertAreaReadable(ctx: Context, area: FlexibilityArea): Promise<void> {
  if (area.status === FlexibilityAreaStatus.GRANTED) return;
  authorize(ctx.viewer, 'flexibility:read', { districtId: await districtOfArea(ctx, area) });
}

@Resolver(() => FlexibilityArea)
export class FlexibilityAreaResolver {
  @FieldResolver(() => String, { nullable: true })
  async justification(@Root() area: FlexibilityArea, @Ctx() ctx: Context): Promise<string | null> {
    await assertAreaReadable(ctx, area);
    return area.justification ?? null;
  }

  @FieldResolver(() => [DistrictCondition], { description: 'The district conditions it serves.' })
  async conditions(@Root() area: FlexibilityArea, @Ctx() ctx: Context): Promise<DistrictCondition[]> {
    await assertAreaReadable(ctx, area);
    const order = Object.keys(DISTRICT_CONDITION_LABEL);
    return [...area.conditions].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  }

  @FieldResolver(() => [Objective], {
    description: 'Objectives of the plan it serves (district members and state staff).',
  })
  async objectives(@Root() area: FlexibilityArea, @Ctx() ctx: Context): Promise<Objective[]> {
    authorize(ctx.viewer, 'flexibility:read', { districtId: await districtOfArea(ctx, area) });
    if (!area.objectiveIds.length) return [];
    return ctx.em.find(Objective, { id: { $in: area.objectiveIds } }, { orderBy: { id: 'asc' } });
  }
}

@Resolver(() => FlexibilitySubmission)
export class FlexibilitySubmissionResolver {
  @FieldResolver(() => [FlexibilitySection], { description: 'What was submitted, section by section.' })
  async sections(
    @Root() submission: FlexibilitySubmission,
    @Ctx() ctx: Context,
  ): Promise<FlexibilitySection[]> {
    await ctx.em.populate(submission, ['content']);
    return sectionsOf(submission.content);
  }

  @FieldResolver(() => [FlexibilitySectionDiff], {
    description:
      'What changed since another submission of the same application (by default the one before); sections that did not change are left out.',
  })
  async changes(
    @Root() submission: FlexibilitySubmission,
    @Ctx() ctx: Context,
    @Arg('since', () => ID, { nullable: true }) since?: string | null,
  ): Promise<FlexibilitySectionDiff[]> {
    const where = since
      ? { id: idOfType(since, 'FlexibilitySubmission') ?? -1, application: submission.application.id }
      : { application: submission.application.id, number: submission.number - 1 };
    const previous = await ctx.em.findOne(FlexibilitySubmission, where, { populate: ['content'] });
    if (since && !previous)
      throw new PublicError(ErrorCode.BAD_USER_INPUT, 'Name a submission of the same application.', {
        argument: 'since',
      });
    await ctx.em.populate(submission, ['content']);
    return diffSections(previous ? sectionsOf(previous.content) : [], sectionsOf(submission.content));
  }
}
