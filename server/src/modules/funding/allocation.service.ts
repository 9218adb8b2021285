import type { EntityManager } from '@mikro-orm/knex';
import { toGlobalId } from '../../graphql/global-id.js';
import { InputChecks } from '../../graphql/input-checks.js';
import { assertCurrent, withStaleCheck } from '../../db/optimistic.js';
import { staleErrors, userError } from '../../graphql/user-errors.js';
import { type AuditFacts, recordAudit, saveAuditedOrRollBack } from '../audit/index.js';
import type { Objective } from '../planning/index.js';
import { FundingAllocation } from './funding-allocation.entity.js';
import { overAllocationMessage, purposeWarnings } from './funding-rules.js';
import type { FundingSource } from './funding-source.entity.js';
import type {
  CreateFundingAllocationInput,
  DeleteFundingItemInput,
  UpdateFundingAllocationInput,
} from './funding.inputs.js';
import type { DeleteFundingItemPayload, FundingAllocationPayload } from './funding.payloads.js';
import { allocatedCents, checkCents, lockSource, programOf, warningsOfSource } from './funding.read.js';

const none: Omit<FundingAllocationPayload, 'userErrors'> = { allocation: null, source: null, warnings: [] };

async function warningsAfter(tx: EntityManager, source: FundingSource, allocation: FundingAllocation) {
  const program = await programOf(tx, source);
  return [
    ...purposeWarnings({
      programName: program.name,
      allowedUses: program.allowedUses,
      purpose: allocation.purpose,
    }),
    ...(await warningsOfSource(tx, source)),
  ];
}

/**
 * Aligns part of a source to an objective. Inside one transaction that holds the source's row lock,
 * it checks that the source's allocations would not exceed its amount, so two concurrent requests
 * can never over-allocate it together. Returns purpose and set-aside warnings; audited.
 */
export async function createAllocation({
  em,
  audit,
  source,
  objective,
  input,
}: {
  em: EntityManager;
  audit: AuditFacts;
  source: FundingSource;
  objective: Objective;
  input: CreateFundingAllocationInput;
}): Promise<FundingAllocationPayload> {
  const check = new InputChecks();
  const amountCents = checkCents(check, 'amountCents', input.amountCents, 1);
  const note = check.text('note', input.note, { max: 2000 });
  if (objective.district.id !== source.district.id)
    check.fail('objectiveId', 'Choose an objective of the plan of the district that receives this source.');
  if (!check.ok) return { ...none, userErrors: check.errors };
  return em.transactional(async (tx): Promise<FundingAllocationPayload> => {
    const locked = await lockSource(tx, source.id);
    const message = overAllocationMessage({
      sourceName: locked.name,
      amountCents: locked.amountCents,
      otherAllocatedCents: await allocatedCents(tx, locked.id),
      requestedCents: amountCents!,
    });
    if (message) return { ...none, source: locked, userErrors: [userError('amountCents', message)] };
    const allocation = tx.create(FundingAllocation, {
      district: locked.district,
      source: locked,
      objective,
      amountCents: amountCents!,
      purpose: input.purpose,
      note,
    });
    await tx.flush();
    recordAudit(tx, audit, {
      action: 'fundingAllocation.create',
      target: { type: 'FundingAllocation', id: allocation.id },
      districtId: locked.district.id,
      changes: {
        source: { from: null, to: toGlobalId('FundingSource', locked.id) },
        objective: { from: null, to: toGlobalId('Objective', objective.id) },
        amountCents: { from: null, to: allocation.amountCents },
        purpose: { from: null, to: allocation.purpose },
        note: { from: null, to: note },
      },
    });
    return {
      allocation,
      source: locked,
      warnings: await warningsAfter(tx, locked, allocation),
      userErrors: [],
    };
  });
}

/**
 * Changes an allocation as a whole or not at all: under the source's row lock a larger amount is
 * checked against what the other allocations leave, and a stale copy is refused. Audited.
 */
export async function updateAllocation({
  em,
  audit,
  allocation,
  objective,
  input,
}: {
  em: EntityManager;
  audit: AuditFacts;
  allocation: FundingAllocation;
  /** The new objective, when the input moves the money. */
  objective: Objective | null;
  input: UpdateFundingAllocationInput;
}): Promise<FundingAllocationPayload> {
  const check = new InputChecks();
  const changes: Partial<FundingAllocation> = {};
  if (input.amountCents != null)
    changes.amountCents = checkCents(check, 'amountCents', input.amountCents, 1)!;
  if (input.purpose != null) changes.purpose = input.purpose;
  if (input.note !== undefined) changes.note = check.text('note', input.note, { max: 2000 });
  if (objective && objective.district.id !== allocation.district.id)
    check.fail('objectiveId', 'Choose an objective of the same district.');
  if (!check.ok) return { ...none, userErrors: check.errors };
  return withStaleCheck<FundingAllocationPayload>(
    em,
    async (tx) => {
      const locked = await lockSource(tx, allocation.source.id);
      if (changes.amountCents !== undefined) {
        const message = overAllocationMessage({
          sourceName: locked.name,
          amountCents: locked.amountCents,
          otherAllocatedCents: await allocatedCents(tx, locked.id, allocation.id),
          requestedCents: changes.amountCents,
        });
        if (message) return { ...none, source: locked, userErrors: [userError('amountCents', message)] };
      }
      await saveAuditedOrRollBack(tx, audit, {
        entity: allocation,
        version: input.version,
        changes,
        record: {
          action: 'fundingAllocation.update',
          target: { type: 'FundingAllocation', id: allocation.id },
          districtId: allocation.district.id,
        },
        amend: (diff) => {
          if (objective && objective.id !== allocation.objective.id) {
            diff.objective = {
              from: toGlobalId('Objective', allocation.objective.id),
              to: toGlobalId('Objective', objective.id),
            };
            allocation.objective = objective;
          }
          return diff;
        },
      });
      return {
        allocation,
        source: locked,
        warnings: await warningsAfter(tx, locked, allocation),
        userErrors: [],
      };
    },
    () => ({ ...none, userErrors: staleErrors() }),
  );
}

/** Removes an allocation, giving its money back to the source's unallocated balance; audited. */
export async function deleteAllocation({
  em,
  audit,
  allocation,
  input,
}: {
  em: EntityManager;
  audit: AuditFacts;
  allocation: FundingAllocation;
  input: DeleteFundingItemInput;
}): Promise<DeleteFundingItemPayload> {
  return withStaleCheck<DeleteFundingItemPayload>(
    em,
    async (tx) => {
      assertCurrent(allocation, input.version);
      const locked = await lockSource(tx, allocation.source.id);
      const id = allocation.id;
      recordAudit(tx, audit, {
        action: 'fundingAllocation.delete',
        target: { type: 'FundingAllocation', id },
        districtId: allocation.district.id,
        changes: {
          source: { from: toGlobalId('FundingSource', locked.id), to: null },
          objective: { from: toGlobalId('Objective', allocation.objective.id), to: null },
          amountCents: { from: allocation.amountCents, to: null },
          purpose: { from: allocation.purpose, to: null },
        },
      });
      tx.remove(allocation);
      await tx.flush();
      return {
        deletedId: toGlobalId('FundingAllocation', id),
        source: locked,
        warnings: await warningsOfSource(tx, locked),
        userErrors: [],
      };
    },
    () => ({ deletedId: null, source: null, warnings: [], userErrors: staleErrors() }),
  );
}
