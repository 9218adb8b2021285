import type { EntityManager } from '@mikro-orm/knex';

/** How many funding allocations point at the objectives, inside the caller's transaction if any. */
export async function countAllocationsOfObjectives(
  em: EntityManager,
  objectiveIds: number[],
): Promise<number> {
  if (!objectiveIds.length) return 0;
  const rows = await em
    .getConnection()
    .execute<{ n: number | string }[]>(
      `select count(*) as n from funding_allocation where objective_id in (${objectiveIds.map(() => '?').join(', ')})`,
      objectiveIds,
      'all',
      em.getTransactionContext(),
    );
  return Number(rows[0]?.n ?? 0);
}
