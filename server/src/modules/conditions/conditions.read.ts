import type { EntityManager } from '@mikro-orm/knex';
import { DISTRICT_CONDITION_LABEL, DistrictCondition } from '@partnerhub/shared';
import type { Context } from '../../graphql/context.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { oncePerRequest } from '../../graphql/request-cache.js';
import { can } from '../access/index.js';
import { Objective, ObjectiveCondition, findPlanRow } from '../planning/index.js';
import { ConditionEvidence, ConditionState, ReadinessPublication } from './conditions.entities.js';
import { ConditionStatus } from './conditions.enums.js';
import type {
  ConditionObjective,
  ConditionView,
  ReadinessSummary,
  ReadinessView,
} from './conditions.types.js';

const CONDITIONS = Object.values(DistrictCondition);

/** The district's publication row, or null before its readiness was first published. */
export function findPublication(em: EntityManager, districtId: number): Promise<ReadinessPublication | null> {
  return em.findOne(ReadinessPublication, { district: districtId });
}

export function readinessView(districtId: number, row: ReadinessPublication | null): ReadinessView {
  return {
    __typename: 'DistrictReadiness',
    dbId: districtId,
    published: Boolean(row?.publishedAt),
    publishedAt: row?.publishedAt ?? null,
  };
}

/** The readiness of a district when the viewer may read it: district readers always, anyone once published. */
export async function visibleReadiness(ctx: Context, districtId: number): Promise<ReadinessView | null> {
  const view = readinessView(districtId, await findPublication(ctx.em, districtId));
  return view.published || can(ctx.viewer, 'conditions:read', { districtId }) ? view : null;
}

export function conditionView(
  districtId: number,
  condition: DistrictCondition,
  state: ConditionState | null,
): ConditionView {
  return {
    districtId,
    condition,
    label: DISTRICT_CONDITION_LABEL[condition],
    status: state?.status ?? ConditionStatus.NOT_STARTED,
    narrative: state?.narrative ?? null,
    updatedAt: state ? state.updatedAt : null,
    updatedByName: state?.updatedByName ?? null,
    version: state?.version ?? 0,
  };
}

/** All ten conditions of the district, in the order of the framework; read once per request. */
export function conditionsOf(ctx: Context, districtId: number): Promise<ConditionView[]> {
  return oncePerRequest(ctx, `conditions:states:${districtId}`, async () => {
    const states = await ctx.em.find(ConditionState, { district: districtId });
    const byCondition = new Map(states.map((s) => [s.condition, s]));
    return CONDITIONS.map((c) => conditionView(districtId, c, byCondition.get(c) ?? null));
  });
}

export function summaryOf(conditions: ConditionView[]): ReadinessSummary {
  const count = (status: ConditionStatus) => conditions.filter((c) => c.status === status).length;
  return {
    notStarted: count(ConditionStatus.NOT_STARTED),
    emerging: count(ConditionStatus.EMERGING),
    inPlace: count(ConditionStatus.IN_PLACE),
    sustained: count(ConditionStatus.SUSTAINED),
  };
}

/** The district's evidence for one condition, newest first; one query per district and request. */
export async function evidenceOf(
  ctx: Context,
  districtId: number,
  condition: DistrictCondition,
): Promise<ConditionEvidence[]> {
  const all = await oncePerRequest(ctx, `conditions:evidence:${districtId}`, () =>
    ctx.em.find(ConditionEvidence, { district: districtId }, { orderBy: { date: 'desc', id: 'desc' } }),
  );
  return all.filter((e) => e.condition === condition);
}

/**
 * The plan objectives tagged with the condition. District readers see them always; others only once
 * the district published its plan (its summary is then public).
 */
export async function objectivesServing(
  ctx: Context,
  districtId: number,
  condition: DistrictCondition,
): Promise<ConditionObjective[]> {
  const links = await oncePerRequest(ctx, `conditions:objectives:${districtId}`, async () => {
    if (!can(ctx.viewer, 'plan:read', { districtId })) {
      const plan = await findPlanRow(ctx.em, districtId);
      if (!plan?.publishedAt) return [];
    }
    const objectives = await ctx.em.find(
      Objective,
      { district: districtId },
      { orderBy: { goal: { position: 'asc' }, position: 'asc', id: 'asc' } },
    );
    const tags = await ctx.em.find(ObjectiveCondition, { objective: { $in: objectives.map((o) => o.id) } });
    return objectives.map((o) => ({
      objective: { id: toGlobalId('Objective', o.id), title: o.title, status: o.status },
      conditions: new Set(tags.filter((t) => t.objective.id === o.id).map((t) => t.condition)),
    }));
  });
  return links.filter((l) => l.conditions.has(condition)).map((l) => l.objective);
}
