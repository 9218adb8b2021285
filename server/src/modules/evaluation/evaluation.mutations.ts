import { ErrorCode } from '@partnerhub/shared';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { PublicError } from '../../graphql/errors.js';
import { fromGlobalId, toGlobalId } from '../../graphql/global-id.js';
import { loadNode } from '../../graphql/load-node.js';
import { userError } from '../../graphql/user-errors.js';
import { authorize, districtSubject, stateSubject } from '../access/index.js';
import { District, StateAgency } from '../organizations/index.js';
import { archiveIndicator, createIndicator, indicatorsOf, updateIndicator } from './evaluation.catalog.js';
import { Indicator, IndicatorTarget, IndicatorValue } from './evaluation.entities.js';
import { importIndicatorValues } from './evaluation.import.js';
import {
  ArchiveIndicatorInput,
  CreateIndicatorInput,
  DeleteEvaluationItemInput,
  EvaluationSummaryInput,
  ImportIndicatorValuesInput,
  SetEvaluationMinimumNInput,
  UpdateIndicatorInput,
  UpsertIndicatorTargetInput,
  UpsertIndicatorValuesInput,
} from './evaluation.inputs.js';
import {
  DeleteEvaluationItemPayload,
  EvaluationSummaryPayload,
  ImportIndicatorValuesPayload,
  IndicatorPayload,
  IndicatorTargetPayload,
  SetEvaluationMinimumNPayload,
  UpsertIndicatorValuesPayload,
} from './evaluation.payloads.js';
import { evaluationOf, setMinimumN, setPublished } from './evaluation.settings.js';
import { deleteTarget, upsertTarget } from './evaluation.targets.js';
import {
  MAX_VALUES,
  checkValueDrafts,
  deleteValue,
  indicatorFinder,
  problemErrors,
  saveValues,
} from './evaluation.values.js';

/** The district or the state agency an input names: exactly one of them. */
async function ownerOf(
  ctx: Context,
  input: { districtId?: string | null; stateAgencyId?: string | null },
): Promise<{ district: District } | { stateAgency: StateAgency }> {
  if (!!input.districtId === !!input.stateAgencyId)
    throw new PublicError(ErrorCode.BAD_USER_INPUT, 'Give either districtId or stateAgencyId.', {
      argument: 'input',
    });
  if (input.districtId) {
    const district = await loadNode(ctx, District, input.districtId, { argument: 'input.districtId' });
    authorize(ctx.viewer, 'evaluation:manage', districtSubject(district));
    return { district };
  }
  const stateAgency = await loadNode(ctx, StateAgency, input.stateAgencyId!, {
    argument: 'input.stateAgencyId',
  });
  authorize(ctx.viewer, 'evaluation:manageState', stateSubject(stateAgency));
  return { stateAgency };
}

/** Who may change an indicator: its district's admins, or its state's admins; seeded ones are fixed. */
function authorizeIndicator(ctx: Context, indicator: Indicator) {
  if (indicator.district) authorize(ctx.viewer, 'evaluation:manage', { districtId: indicator.district.id });
  else if (indicator.stateAgency)
    authorize(ctx.viewer, 'evaluation:manageState', { stateAgencyId: indicator.stateAgency.id });
  else throw new PublicError(ErrorCode.FORBIDDEN, 'The seeded indicators cannot be changed.');
}

@Resolver()
export class EvaluationMutations {
  @Mutation(() => UpsertIndicatorValuesPayload, {
    description:
      'Saves values of indicators (new cells or replacing the cell with the same key), all or none (district admins and staff).',
  })
  async upsertIndicatorValues(@Arg('input') input: UpsertIndicatorValuesInput, @Ctx() ctx: Context) {
    const district = await loadNode(ctx, District, input.districtId, { argument: 'input.districtId' });
    authorize(ctx.viewer, 'evaluation:edit', districtSubject(district));
    if (!input.values.length || input.values.length > MAX_VALUES)
      return { values: [], userErrors: [userError('values', `Give 1 to ${MAX_VALUES} values.`)] };
    const { byId } = indicatorFinder(await indicatorsOf(ctx.em, district.id, { withArchived: true }));
    const drafts = input.values.map((v) => {
      const parsed = fromGlobalId(v.indicatorId);
      return { ...v, indicator: byId(parsed?.type === 'Indicator' ? parsed.id : null) };
    });
    const { checked, problems } = checkValueDrafts(district, drafts);
    if (problems.length) return { values: [], userErrors: problemErrors(problems, 'values') };
    const { saved, userErrors } = await saveValues({ em: ctx.em, audit: ctx, district, values: checked });
    return { values: saved, userErrors };
  }

  @Mutation(() => DeleteEvaluationItemPayload, {
    description: 'Deletes one value (district admins and staff).',
  })
  async deleteIndicatorValue(@Arg('input') input: DeleteEvaluationItemInput, @Ctx() ctx: Context) {
    const row = await loadNode(ctx, IndicatorValue, input.id, { argument: 'input.id' });
    authorize(ctx.viewer, 'evaluation:edit', { districtId: row.district.id });
    const id = row.id;
    const userErrors = await deleteValue({ em: ctx.em, audit: ctx, row, version: input.version });
    return { deletedId: userErrors.length ? null : toGlobalId('IndicatorValue', id), userErrors };
  }

  @Mutation(() => IndicatorTargetPayload, {
    description:
      "Sets a target for an indicator and year, linked to the plan's objectives (district admins and staff).",
  })
  async upsertIndicatorTarget(@Arg('input') input: UpsertIndicatorTargetInput, @Ctx() ctx: Context) {
    const district = await loadNode(ctx, District, input.districtId, { argument: 'input.districtId' });
    authorize(ctx.viewer, 'evaluation:edit', districtSubject(district));
    const parsed = fromGlobalId(input.indicatorId);
    const indicator = (await indicatorsOf(ctx.em, district.id, { withArchived: true })).find(
      (i) => parsed?.type === 'Indicator' && i.id === parsed.id,
    );
    if (!indicator)
      return {
        target: null,
        userErrors: [userError('indicatorId', 'Unknown indicator.', ErrorCode.NOT_FOUND)],
      };
    return upsertTarget({ em: ctx.em, audit: ctx, district, indicator, input });
  }

  @Mutation(() => DeleteEvaluationItemPayload, {
    description: 'Deletes a target (district admins and staff).',
  })
  async deleteIndicatorTarget(@Arg('input') input: DeleteEvaluationItemInput, @Ctx() ctx: Context) {
    const target = await loadNode(ctx, IndicatorTarget, input.id, { argument: 'input.id' });
    authorize(ctx.viewer, 'evaluation:edit', { districtId: target.district.id });
    const id = target.id;
    const userErrors = await deleteTarget(ctx.em, ctx, target, input.version);
    return { deletedId: userErrors.length ? null : toGlobalId('IndicatorTarget', id), userErrors };
  }

  @Mutation(() => IndicatorPayload, {
    description:
      'Adds an indicator for every district of a state (state admins) or for one district (its admins).',
  })
  async createIndicator(@Arg('input') input: CreateIndicatorInput, @Ctx() ctx: Context) {
    const owner = await ownerOf(ctx, input);
    return createIndicator({ em: ctx.em, audit: ctx, owner, input });
  }

  @Mutation(() => IndicatorPayload, { description: "Changes a state's or a district's indicator." })
  async updateIndicator(@Arg('input') input: UpdateIndicatorInput, @Ctx() ctx: Context) {
    const indicator = await loadNode(ctx, Indicator, input.id, { argument: 'input.id' });
    authorizeIndicator(ctx, indicator);
    return updateIndicator({ em: ctx.em, audit: ctx, indicator, input });
  }

  @Mutation(() => IndicatorPayload, {
    description: 'Archives an indicator: it keeps its values, takes no new ones.',
  })
  async archiveIndicator(@Arg('input') input: ArchiveIndicatorInput, @Ctx() ctx: Context) {
    const indicator = await loadNode(ctx, Indicator, input.id, { argument: 'input.id' });
    authorizeIndicator(ctx, indicator);
    return archiveIndicator({ em: ctx.em, audit: ctx, indicator, input });
  }

  @Mutation(() => SetEvaluationMinimumNPayload, {
    description:
      "Sets a district's (its admins) or a state's (state admins) minimum n; the one in force is the highest of 10 and both.",
  })
  async setEvaluationMinimumN(@Arg('input') input: SetEvaluationMinimumNInput, @Ctx() ctx: Context) {
    const owner = await ownerOf(ctx, input);
    const minimumN = input.minimumN ?? null;
    const userErrors = await setMinimumN({ em: ctx.em, audit: ctx, owner, minimumN });
    if (userErrors.length) return { minimumN: null, evaluation: null, userErrors };
    const evaluation = 'district' in owner ? await evaluationOf(ctx.em, owner.district.id) : null;
    return { minimumN, evaluation, userErrors };
  }

  @Mutation(() => EvaluationSummaryPayload, {
    description:
      "Publishes the district's evaluation summary: the public then sees its suppressed values (district admins).",
  })
  async publishEvaluationSummary(@Arg('input') input: EvaluationSummaryInput, @Ctx() ctx: Context) {
    return this.publish(ctx, input, true);
  }

  @Mutation(() => EvaluationSummaryPayload, {
    description: "Withdraws the district's evaluation summary from the public (district admins).",
  })
  async unpublishEvaluationSummary(@Arg('input') input: EvaluationSummaryInput, @Ctx() ctx: Context) {
    return this.publish(ctx, input, false);
  }

  private async publish(ctx: Context, input: EvaluationSummaryInput, published: boolean) {
    const district = await loadNode(ctx, District, input.districtId, { argument: 'input.districtId' });
    authorize(ctx.viewer, 'evaluation:manage', districtSubject(district));
    await setPublished({ em: ctx.em, audit: ctx, district, published });
    return { evaluation: await evaluationOf(ctx.em, district.id), userErrors: [] };
  }

  @Mutation(() => ImportIndicatorValuesPayload, {
    description:
      'Imports values from CSV: a dry run checks every row; otherwise all rows are saved, or none when any has a problem (district admins and staff).',
  })
  async importIndicatorValues(@Arg('input') input: ImportIndicatorValuesInput, @Ctx() ctx: Context) {
    const district = await loadNode(ctx, District, input.districtId, { argument: 'input.districtId' });
    authorize(ctx.viewer, 'evaluation:edit', districtSubject(district));
    return importIndicatorValues({ em: ctx.em, audit: ctx, district, input });
  }
}
