import type { EntityManager } from '@mikro-orm/knex';
import { toGlobalId } from '../../graphql/global-id.js';
import { InputChecks } from '../../graphql/input-checks.js';
import { staleErrors, userError } from '../../graphql/user-errors.js';
import { type AuditFacts, recordAudit, saveAudited } from '../audit/index.js';
import type { District } from '../organizations/index.js';
import { Goal } from './goal.entity.js';
import { allocationCount, removeObjectives } from './objective.removal.js';
import type { CreateGoalInput, DeletePlanItemInput, UpdateGoalInput } from './plan.inputs.js';
import type { DeletePlanItemPayload, GoalPayload } from './plan.payloads.js';

const MAX_GOALS = 50;

/** Adds a goal at the end of the district's plan, with its audit entry in the same transaction. */
export async function createGoal({
  em,
  audit,
  district,
  input,
}: {
  em: EntityManager;
  audit: AuditFacts;
  district: District;
  input: CreateGoalInput;
}): Promise<GoalPayload> {
  const check = new InputChecks();
  const title = check.text('title', input.title, { max: 300, required: true });
  const description = check.text('description', input.description, { max: 5000 });
  if (!check.ok) return { goal: null, userErrors: check.errors };
  if ((await em.count(Goal, { district })) >= MAX_GOALS)
    return { goal: null, userErrors: [userError(null, `A plan holds at most ${MAX_GOALS} goals.`)] };
  const goal = await em.transactional(async (tx) => {
    const last = await tx.findOne(Goal, { district }, { orderBy: { position: 'desc' } });
    const created = tx.create(Goal, {
      district,
      title: title!,
      description,
      position: (last?.position ?? -1) + 1,
    });
    await tx.flush();
    recordAudit(tx, audit, {
      action: 'goal.create',
      target: { type: 'Goal', id: created.id },
      districtId: district.id,
      changes: { title: { from: null, to: title }, description: { from: null, to: description } },
    });
    return created;
  });
  return { goal, userErrors: [] };
}

/** Changes a goal's title or description as a whole or not at all, refusing stale copies; audited. */
export async function updateGoal({
  em,
  audit,
  goal,
  input,
}: {
  em: EntityManager;
  audit: AuditFacts;
  goal: Goal;
  input: UpdateGoalInput;
}): Promise<GoalPayload> {
  const check = new InputChecks();
  const changes: Partial<Goal> = {};
  if (input.title !== undefined)
    changes.title = check.text('title', input.title, { max: 300, required: true })!;
  if (input.description !== undefined)
    changes.description = check.text('description', input.description, { max: 5000 });
  if (!check.ok) return { goal: null, userErrors: check.errors };
  const userErrors = await saveAudited(em, audit, {
    entity: goal,
    version: input.version,
    changes,
    record: { action: 'goal.update', target: { type: 'Goal', id: goal.id }, districtId: goal.district.id },
  });
  if (userErrors.length) return { goal: null, userErrors };
  return { goal, userErrors: [] };
}

/**
 * Deletes a goal with its objectives, refusing while any of them has money allocated or the copy is
 * stale; the goal and each objective get an audit entry.
 */
export async function deleteGoal({
  em,
  audit,
  goal,
  input,
}: {
  em: EntityManager;
  audit: AuditFacts;
  goal: Goal;
  input: DeletePlanItemInput;
}): Promise<DeletePlanItemPayload> {
  if (goal.version !== input.version) return { deletedId: null, userErrors: staleErrors() };
  const objectives = await goal.objectives.loadItems();
  const allocations = await allocationCount(
    em,
    objectives.map((o) => o.id),
  );
  if (allocations > 0)
    return {
      deletedId: null,
      userErrors: [
        userError(
          'id',
          `Funding is allocated to objectives of this goal (${allocations} allocation${allocations === 1 ? '' : 's'}); remove those allocations first.`,
        ),
      ],
    };
  await em.transactional(async (tx) => {
    await removeObjectives(tx, audit, objectives);
    recordAudit(tx, audit, {
      action: 'goal.delete',
      target: { type: 'Goal', id: goal.id },
      districtId: goal.district.id,
      changes: { title: { from: goal.title, to: null } },
    });
    tx.remove(goal);
  });
  return { deletedId: toGlobalId('Goal', goal.id), userErrors: [] };
}
