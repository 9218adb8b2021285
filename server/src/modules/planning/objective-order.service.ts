import type { EntityManager } from '@mikro-orm/knex';
import { withStaleCheck } from '../../db/optimistic.js';
import { idOfType } from '../../graphql/global-id.js';
import { staleErrors, userError } from '../../graphql/user-errors.js';
import { type AuditFacts, saveAuditedOrRollBack } from '../audit/index.js';
import { Goal } from './goal.entity.js';
import { Objective } from './objective.entity.js';
import type { ReorderObjectivesInput } from './plan.inputs.js';
import type { GoalPayload } from './plan.payloads.js';

const WHOLE_LIST = 'List every objective of the goal exactly once, in the new order.';

/**
 * Puts a goal's objectives in the order given. The order belongs to the goal: the goal's version
 * guards it and is bumped, while the objectives keep theirs, so someone editing one of them is not
 * refused as stale because another person moved it.
 */
export async function reorderObjectives({
  em,
  audit,
  goal,
  input,
}: {
  em: EntityManager;
  audit: AuditFacts;
  goal: Goal;
  input: ReorderObjectivesInput;
}): Promise<GoalPayload> {
  if (goal.version !== input.version) return { goal: null, userErrors: staleErrors() };
  const current = await em.find(Objective, { goal }, { orderBy: { position: 'asc', id: 'asc' } });
  const ids = input.objectiveIds.map((id) => idOfType(id, 'Objective'));
  const byId = new Map(current.map((o) => [o.id, o]));
  const next = ids.map((id) => (id == null ? undefined : byId.get(id)));
  if (next.length !== current.length || new Set(ids).size !== ids.length || next.some((o) => !o))
    return { goal: null, userErrors: [userError('objectiveIds', WHOLE_LIST)] };
  const ordered = next as Objective[];
  if (ordered.every((o, i) => o === current[i])) return { goal, userErrors: [] };
  const titles = (list: Objective[]) => list.map((o) => o.title);
  const saved = await withStaleCheck(
    em,
    async (tx) => {
      await saveAuditedOrRollBack(tx, audit, {
        entity: goal,
        version: input.version,
        changes: {},
        record: {
          action: 'goal.reorder',
          target: { type: 'Goal', id: goal.id },
          districtId: goal.district.id,
        },
        amend: async () => {
          // Raw SQL: the ORM's updates would bump each objective's own version.
          await tx
            .getConnection()
            .execute(
              `update plan_objective set position = case id ${ordered.map(() => 'when ? then cast(? as integer)').join(' ')} end where goal_id = ?`,
              [...ordered.flatMap((o, position) => [o.id, position]), goal.id],
              'run',
              tx.getTransactionContext(),
            );
          goal.updatedAt = new Date();
          return { objectiveOrder: { from: titles(current), to: titles(ordered) } };
        },
      });
      return true;
    },
    () => false,
  );
  if (!saved) return { goal: null, userErrors: staleErrors() };
  // The loaded objectives still hold their old positions; answer from the rows as written.
  em.clear();
  return { goal: await em.findOneOrFail(Goal, goal.id), userErrors: [] };
}
