import type { EntityManager } from '@mikro-orm/knex';
import { toGlobalId } from '../../graphql/global-id.js';
import { InputChecks } from '../../graphql/input-checks.js';
import { assertCurrent, withStaleCheck } from '../../db/optimistic.js';
import { staleErrors, userError } from '../../graphql/user-errors.js';
import { type AuditFacts, recordAudit, saveAuditedOrRollBack } from '../audit/index.js';
import type { District } from '../organizations/index.js';
import type { FundingProgram } from './funding-program.entity.js';
import { FundingAllocation } from './funding-allocation.entity.js';
import { FundingSource } from './funding-source.entity.js';
import type {
  CreateFundingSourceInput,
  DeleteFundingItemInput,
  UpdateFundingSourceInput,
} from './funding.inputs.js';
import type { DeleteFundingItemPayload, FundingSourcePayload } from './funding.payloads.js';
import { allocatedCents, checkCents, checkFiscalYear, lockSource, warningsOfSource } from './funding.read.js';
import { formatUsd } from './money.js';

/** Records money a district receives from a program for a fiscal year; audited. */
export async function createFundingSource({
  em,
  audit,
  district,
  program,
  input,
}: {
  em: EntityManager;
  audit: AuditFacts;
  district: District;
  program: FundingProgram;
  input: CreateFundingSourceInput;
}): Promise<FundingSourcePayload> {
  const check = new InputChecks();
  const fiscalYear = checkFiscalYear(check, 'fiscalYear', input.fiscalYear);
  const amountCents = checkCents(check, 'amountCents', input.amountCents, 1);
  const name = check.text('name', input.name, { max: 200 }) ?? `${program.name} FY${fiscalYear}`;
  const note = check.text('note', input.note, { max: 2000 });
  if (!check.ok) return { source: null, warnings: [], userErrors: check.errors };
  return em.transactional(async (tx) => {
    const source = tx.create(FundingSource, {
      district,
      program,
      fiscalYear: fiscalYear!,
      amountCents: amountCents!,
      name,
      note,
    });
    await tx.flush();
    recordAudit(tx, audit, {
      action: 'fundingSource.create',
      target: { type: 'FundingSource', id: source.id },
      districtId: district.id,
      changes: {
        program: { from: null, to: program.code },
        fiscalYear: { from: null, to: fiscalYear },
        amountCents: { from: null, to: amountCents },
        name: { from: null, to: name },
        note: { from: null, to: note },
      },
    });
    return { source, warnings: await warningsOfSource(tx, source), userErrors: [] };
  });
}

/**
 * Changes a source as a whole or not at all. Under the source's row lock its amount is never set
 * below what its allocations take; a stale copy is refused. Audited.
 */
export async function updateFundingSource({
  em,
  audit,
  source,
  input,
}: {
  em: EntityManager;
  audit: AuditFacts;
  source: FundingSource;
  input: UpdateFundingSourceInput;
}): Promise<FundingSourcePayload> {
  const check = new InputChecks();
  const changes: Partial<FundingSource> = {};
  if (input.amountCents != null)
    changes.amountCents = checkCents(check, 'amountCents', input.amountCents, 1)!;
  if (input.name !== undefined) changes.name = check.text('name', input.name, { max: 200, required: true })!;
  if (input.note !== undefined) changes.note = check.text('note', input.note, { max: 2000 });
  if (!check.ok) return { source: null, warnings: [], userErrors: check.errors };
  return withStaleCheck<FundingSourcePayload>(
    em,
    async (tx) => {
      const locked = await lockSource(tx, source.id);
      assertCurrent(locked, input.version);
      const allocated = await allocatedCents(tx, locked.id);
      if (changes.amountCents !== undefined && changes.amountCents < allocated)
        return {
          source: null,
          warnings: [],
          userErrors: [
            userError(
              'amountCents',
              `${locked.name} has ${formatUsd(allocated)} allocated; its amount cannot be less than that (${formatUsd(changes.amountCents)} is ${formatUsd(allocated - changes.amountCents)} short). Reduce its allocations first.`,
            ),
          ],
        };
      await saveAuditedOrRollBack(tx, audit, {
        entity: locked,
        version: input.version,
        changes,
        record: {
          action: 'fundingSource.update',
          target: { type: 'FundingSource', id: locked.id },
          districtId: locked.district.id,
        },
      });
      return { source: locked, warnings: await warningsOfSource(tx, locked), userErrors: [] };
    },
    () => ({ source: null, warnings: [], userErrors: staleErrors() }),
  );
}

/** Deletes a source that has no allocations left, refusing stale copies; audited. */
export async function deleteFundingSource({
  em,
  audit,
  source,
  input,
}: {
  em: EntityManager;
  audit: AuditFacts;
  source: FundingSource;
  input: DeleteFundingItemInput;
}): Promise<DeleteFundingItemPayload> {
  return withStaleCheck<DeleteFundingItemPayload>(
    em,
    async (tx) => {
      const locked = await lockSource(tx, source.id);
      assertCurrent(locked, input.version);
      const count = await tx.count(FundingAllocation, { source: locked.id });
      if (count > 0)
        return {
          deletedId: null,
          source: null,
          warnings: [],
          userErrors: [
            userError(
              'id',
              `${locked.name} has ${count} allocation${count === 1 ? '' : 's'}; remove them first.`,
            ),
          ],
        };
      const id = locked.id;
      recordAudit(tx, audit, {
        action: 'fundingSource.delete',
        target: { type: 'FundingSource', id },
        districtId: locked.district.id,
        changes: {
          name: { from: locked.name, to: null },
          amountCents: { from: locked.amountCents, to: null },
        },
      });
      tx.remove(locked);
      return { deletedId: toGlobalId('FundingSource', id), source: null, warnings: [], userErrors: [] };
    },
    () => ({ deletedId: null, source: null, warnings: [], userErrors: staleErrors() }),
  );
}
