import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { loadNode } from '../../graphql/load-node.js';
import { authorize, districtSubject } from '../access/index.js';
import { District } from '../organizations/index.js';
import { flexibilitySubject } from './flexibility.access.js';
import { FlexibilityApplication, FlexibilityArea } from './flexibility.entities.js';
import {
  CreateFlexibilityAreaInput,
  DecideFlexibilityApplicationInput,
  DeleteFlexibilityAreaInput,
  StartFlexibilityApplicationInput,
  SubmitFlexibilityApplicationInput,
  UpdateFlexibilityApplicationInput,
  UpdateFlexibilityAreaInput,
} from './flexibility.inputs.js';
import { decideApplication, submitApplication } from './flexibility.review.js';
import {
  createArea,
  deleteArea,
  districtOf,
  startApplication,
  updateApplication,
  updateArea,
} from './flexibility.service.js';
import {
  DecideFlexibilityApplicationPayload,
  DeleteFlexibilityAreaPayload,
  FlexibilityApplicationPayload,
  FlexibilityAreaPayload,
  SubmitFlexibilityApplicationPayload,
} from './flexibility.types.js';

const subject = (application: FlexibilityApplication) => ({ districtId: application.district.id });

@Resolver()
export class FlexibilityMutations {
  @Mutation(() => FlexibilityApplicationPayload, {
    description: "Starts the district's flexibility application as a draft (district admins and staff).",
  })
  async startFlexibilityApplication(
    @Arg('input') input: StartFlexibilityApplicationInput,
    @Ctx() ctx: Context,
  ) {
    const district = await loadNode(ctx, District, input.districtId, { argument: 'input.districtId' });
    authorize(ctx.viewer, 'flexibility:edit', districtSubject(district));
    return startApplication({ em: ctx.em, audit: ctx, district, input });
  }

  @Mutation(() => FlexibilityApplicationPayload, {
    description: 'Changes the period or the assurance narratives (district admins and staff).',
  })
  async updateFlexibilityApplication(
    @Arg('input') input: UpdateFlexibilityApplicationInput,
    @Ctx() ctx: Context,
  ) {
    const application = await loadNode(ctx, FlexibilityApplication, input.id, { argument: 'input.id' });
    authorize(ctx.viewer, 'flexibility:edit', subject(application));
    return updateApplication({ em: ctx.em, audit: ctx, application, input });
  }

  @Mutation(() => FlexibilityAreaPayload, {
    description:
      'Requests an area of flexibility; once the plan is approved, an additional area (district admins and staff).',
  })
  async createFlexibilityArea(@Arg('input') input: CreateFlexibilityAreaInput, @Ctx() ctx: Context) {
    const application = await loadNode(ctx, FlexibilityApplication, input.applicationId, {
      argument: 'input.applicationId',
    });
    authorize(ctx.viewer, 'flexibility:edit', subject(application));
    return createArea({ em: ctx.em, audit: ctx, application, input });
  }

  @Mutation(() => FlexibilityAreaPayload, {
    description: 'Changes an area the state has not decided on (district admins and staff).',
  })
  async updateFlexibilityArea(@Arg('input') input: UpdateFlexibilityAreaInput, @Ctx() ctx: Context) {
    const area = await loadNode(ctx, FlexibilityArea, input.id, { argument: 'input.id' });
    authorize(ctx.viewer, 'flexibility:edit', { districtId: await districtOf(ctx.em, area) });
    return updateArea({ em: ctx.em, audit: ctx, area, input });
  }

  @Mutation(() => DeleteFlexibilityAreaPayload, {
    description: 'Removes an area the state has not decided on (district admins and staff).',
  })
  async deleteFlexibilityArea(@Arg('input') input: DeleteFlexibilityAreaInput, @Ctx() ctx: Context) {
    const area = await loadNode(ctx, FlexibilityArea, input.id, { argument: 'input.id' });
    authorize(ctx.viewer, 'flexibility:edit', { districtId: await districtOf(ctx.em, area) });
    return deleteArea({ em: ctx.em, audit: ctx, area, input });
  }

  @Mutation(() => SubmitFlexibilityApplicationPayload, {
    description:
      'Submits the application to the state as an immutable snapshot with the adopted vision, plan and funding report (district admins).',
  })
  async submitFlexibilityApplication(
    @Arg('input') input: SubmitFlexibilityApplicationInput,
    @Ctx() ctx: Context,
  ) {
    const application = await loadNode(ctx, FlexibilityApplication, input.id, { argument: 'input.id' });
    authorize(ctx.viewer, 'flexibility:submit', subject(application));
    return submitApplication(ctx, application, input);
  }

  @Mutation(() => DecideFlexibilityApplicationPayload, {
    description:
      "Records the state's decision with its rationale; public, and e-mailed to the district's admins (state admins; state reviewers where the agency allows).",
  })
  async decideFlexibilityApplication(
    @Arg('input') input: DecideFlexibilityApplicationInput,
    @Ctx() ctx: Context,
  ) {
    const application = await loadNode(ctx, FlexibilityApplication, input.id, { argument: 'input.id' });
    authorize(ctx.viewer, 'flexibility:decide', await flexibilitySubject(ctx, application.district.id));
    return decideApplication(ctx, application, input);
  }
}
