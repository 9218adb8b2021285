import type { EntityManager } from '@mikro-orm/knex';
import { conditionsOf, goalsOf } from './plan.read.js';

/** A plain copy of the plan's goals and objectives, for records that must not change with the plan. */
export interface PlanOutline {
  goals: {
    title: string;
    description: string | null;
    objectives: {
      id: number;
      title: string;
      status: string;
      planYear: number | null;
      dueDate: string | null;
      conditions: string[];
    }[];
  }[];
}

/** The district's plan as it is now, goals and objectives in plan order. */
export async function planOutline(em: EntityManager, districtId: number): Promise<PlanOutline> {
  const goals = await goalsOf(em, districtId);
  return {
    goals: await Promise.all(
      goals.map(async (goal) => ({
        title: goal.title,
        description: goal.description ?? null,
        objectives: await Promise.all(
          (await goal.objectives.loadItems()).map(async (o) => ({
            id: o.id,
            title: o.title,
            status: o.status,
            planYear: o.planYear ?? null,
            dueDate: o.dueDate ?? null,
            conditions: await conditionsOf(o),
          })),
        ),
      })),
    ),
  };
}
