import { nextTick, ref, watch, type Ref } from 'vue';
import { request } from '@/app/graphql/client';
import { type GoalFieldsFragment, ReorderObjectivesDocument } from '@/app/graphql/generated/graphql';
import { requestFailureMessage } from '@/composables/useForm';
import { messagesOf } from '@/lib/userErrors';

export type Direction = 'up' | 'down';

/** The id of an objective's move button, so focus can follow the objective to its new row. */
export const moveButtonId = (objectiveId: string, direction: Direction) => `move-${direction}-${objectiveId}`;

/**
 * Moves a goal's objectives one place up or down. The whole new order is sent with the goal's version,
 * so a move made on an outdated list is refused rather than scrambling someone else's order. Once the
 * list comes back reordered, focus returns to the moved objective's button (or its other one at an end).
 */
export function useObjectiveOrder(goal: Ref<GoalFieldsFragment>, onMoved: (message: string) => void) {
  const moving = ref(false);
  const failure = ref<string | null>(null);
  let refocus: { id: string; direction: Direction } | null = null;

  watch(
    () => goal.value.objectives.map((o) => o.id).join(),
    async () => {
      if (!refocus) return;
      const { id, direction } = refocus;
      refocus = null;
      await nextTick();
      const other: Direction = direction === 'up' ? 'down' : 'up';
      const button = [direction, other]
        .map((d) => document.getElementById(moveButtonId(id, d)) as HTMLButtonElement | null)
        .find((b) => b && !b.disabled);
      button?.focus();
    },
  );

  async function move(index: number, direction: Direction): Promise<void> {
    const ids = goal.value.objectives.map((o) => o.id);
    const target = index + (direction === 'up' ? -1 : 1);
    if (moving.value || target < 0 || target >= ids.length) return;
    const [id] = ids.splice(index, 1);
    ids.splice(target, 0, id!);
    const title = goal.value.objectives[index]!.title;
    moving.value = true;
    failure.value = null;
    try {
      const { reorderObjectives } = await request(ReorderObjectivesDocument, {
        input: { goalId: goal.value.id, version: goal.value.version, objectiveIds: ids },
      });
      if (reorderObjectives.userErrors.length) {
        failure.value = messagesOf(reorderObjectives.userErrors);
        return;
      }
      refocus = { id: id!, direction };
      onMoved(`Moved “${title}” ${direction} to place ${target + 1}.`);
    } catch (error) {
      failure.value = requestFailureMessage(error);
    } finally {
      moving.value = false;
    }
  }

  return { move, moving, failure };
}
