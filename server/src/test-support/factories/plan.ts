import type { EntityManager } from '@mikro-orm/core';
import type { DistrictCondition } from '@partnerhub/shared';
import type { District } from '../../modules/organizations/index.js';
import { Goal, Objective, ObjectiveCondition, type ObjectiveStatus } from '../../modules/planning/index.js';

/** A goal written straight through the entity (no audit entry), at the end of the plan. */
export async function buildGoal(em: EntityManager, district: District, title = 'A goal'): Promise<Goal> {
  const goal = em.create(Goal, { district, title, position: await em.count(Goal, { district }) });
  await em.persist(goal).flush();
  return goal;
}

/** An objective written straight through the entities (no audit entry, no status history). */
export async function buildObjective(
  em: EntityManager,
  goal: Goal,
  {
    title = 'An objective',
    conditions = [],
    status = 'ON_TRACK',
  }: { title?: string; conditions?: DistrictCondition[]; status?: ObjectiveStatus } = {},
): Promise<Objective> {
  const objective = em.create(Objective, {
    district: goal.district,
    goal,
    title,
    status,
    position: await em.count(Objective, { goal }),
  });
  for (const condition of conditions) em.create(ObjectiveCondition, { objective, condition });
  await em.persist(objective).flush();
  return objective;
}
