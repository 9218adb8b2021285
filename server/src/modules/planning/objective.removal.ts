import type { EntityManager } from '@mikro-orm/knex';
import { type AuditFacts, recordAudit } from '../audit/index.js';
import { ObjectiveCondition, ObjectiveListing, ObjectiveStatusChange } from './objective-parts.entity.js';
import type { Objective } from './objective.entity.js';

type CountAllocations = (em: EntityManager, objectiveIds: number[]) => Promise<number>;

let countAllocations: CountAllocations | null = null;

/**
 * Funding builds on this module, so it cannot be asked through an import: the composition root hands
 * over how to count the allocations that point at objectives.
 */
export function provideAllocationCount(count: CountAllocations): void {
  countAllocations = count;
}

/** How many funding allocations point at the objectives. */
export async function allocationCount(em: EntityManager, objectiveIds: number[]): Promise<number> {
  if (!objectiveIds.length) return 0;
  if (!countAllocations) throw new Error('No allocation count was provided: call wireModules() first.');
  return countAllocations(em, objectiveIds);
}

/**
 * Removes objectives with their conditions, listing links, partnership links and status history,
 * each with an audit entry. Rows are deleted explicitly rather than trusting foreign-key cascades,
 * which SQLite enforces only per connection. Call inside a transaction.
 */
export async function removeObjectives(tx: EntityManager, audit: AuditFacts, objectives: Objective[]) {
  if (!objectives.length) return;
  const ids = objectives.map((o) => o.id);
  await tx.nativeDelete(ObjectiveCondition, { objective: { $in: ids } });
  await tx.nativeDelete(ObjectiveListing, { objective: { $in: ids } });
  await tx.nativeDelete(ObjectiveStatusChange, { objective: { $in: ids } });
  await tx
    .getConnection()
    .execute(
      `delete from plan_objective_partnership where objective_id in (${ids.map(() => '?').join(', ')})`,
      ids,
      'run',
      tx.getTransactionContext(),
    );
  for (const objective of objectives) {
    recordAudit(tx, audit, {
      action: 'objective.delete',
      target: { type: 'Objective', id: objective.id },
      districtId: objective.district.id,
      changes: { title: { from: objective.title, to: null } },
    });
    tx.remove(objective);
  }
}
