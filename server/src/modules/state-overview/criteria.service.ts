import type { EntityManager } from '@mikro-orm/knex';
import { InputChecks } from '../../graphql/input-checks.js';
import type { UserError } from '../../graphql/user-errors.js';
import { type AuditFacts, applyChanges, recordAudit, saveAudited } from '../audit/index.js';
import type { StateAgency } from '../organizations/index.js';
import type { CreateProviderCriterionInput, UpdateProviderCriterionInput } from './criteria.inputs.js';
import { ProviderCriterion } from './provider-criterion.entity.js';

interface CriterionResult {
  criterion: ProviderCriterion | null;
  userErrors: UserError[];
}

const target = (agency: { id: number }) => ({ type: 'StateAgency', id: agency.id });

/** The agency's criteria in list order; archived ones only when asked. */
export function criteriaOf(em: EntityManager, agencyId: number, { archived = false } = {}) {
  return em.find(
    ProviderCriterion,
    { stateAgency: agencyId, ...(archived ? {} : { archivedAt: null }) },
    { orderBy: { position: 'asc', id: 'asc' } },
  );
}

/** Adds a criterion at the end of the agency's list, audited in the same transaction. */
export async function createProviderCriterion({
  em,
  audit,
  agency,
  input,
}: {
  em: EntityManager;
  audit: AuditFacts;
  agency: StateAgency;
  input: CreateProviderCriterionInput;
}): Promise<CriterionResult> {
  const check = new InputChecks();
  const title = check.text('title', input.title, { max: 200, required: true });
  const description = check.text('description', input.description, { max: 5000, multiline: true });
  if (!check.ok) return { criterion: null, userErrors: check.errors };
  return em.transactional(async (tx) => {
    const position = await tx.count(ProviderCriterion, { stateAgency: agency.id });
    const criterion = tx.create(ProviderCriterion, {
      stateAgency: agency,
      title: title!,
      description,
      position,
    });
    await tx.flush();
    recordAudit(tx, audit, {
      action: 'state.criterion.create',
      target: target(agency),
      changes: applyChanges(
        {},
        { [`criteria.${criterion.id}.title`]: title, [`criteria.${criterion.id}.description`]: description },
      ),
    });
    return { criterion, userErrors: [] };
  });
}

/** Renumbers the other criteria of the agency so the moved one takes place `to`; returns its position. */
async function makeRoom(em: EntityManager, moved: ProviderCriterion, to: number): Promise<number> {
  const others = (
    await em.find(
      ProviderCriterion,
      { stateAgency: moved.stateAgency.id },
      { orderBy: { position: 'asc', id: 'asc' } },
    )
  ).filter((c) => c.id !== moved.id);
  const at = Math.min(to, others.length);
  others.splice(at, 0, moved);
  others.forEach((c, i) => {
    if (c !== moved && c.position !== i) c.position = i;
  });
  return at;
}

/** Changes, moves, archives or republishes a criterion, refusing stale copies; audited. */
export async function updateProviderCriterion({
  em,
  audit,
  criterion,
  input,
}: {
  em: EntityManager;
  audit: AuditFacts;
  criterion: ProviderCriterion;
  input: UpdateProviderCriterionInput;
}): Promise<CriterionResult> {
  const check = new InputChecks();
  const changes: Partial<ProviderCriterion> = {};
  if (input.title !== undefined)
    changes.title = check.text('title', input.title, { max: 200, required: true })!;
  if (input.description !== undefined)
    changes.description = check.text('description', input.description, { max: 5000, multiline: true });
  if (input.position != null) {
    if (!Number.isInteger(input.position) || input.position < 0 || input.position > 10_000)
      check.fail('position', 'Use a place from 0 to 10000.');
    else changes.position = input.position;
  }
  if (input.archived != null)
    changes.archivedAt = input.archived ? (criterion.archivedAt ?? new Date()) : null;
  if (!check.ok) return { criterion: null, userErrors: check.errors };
  if (changes.position !== undefined) changes.position = await makeRoom(em, criterion, changes.position);
  const userErrors = await saveAudited(em, audit, {
    entity: criterion,
    version: input.version,
    changes,
    record: { action: 'state.criterion.update', target: target(criterion.stateAgency) },
    staleField: 'version',
  });
  return { criterion: userErrors.length ? null : criterion, userErrors };
}
