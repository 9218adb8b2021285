import type { EntityManager } from '@mikro-orm/knex';
import type { DistrictCondition } from '@partnerhub/shared';
import { idOfType, toGlobalId } from '../../graphql/global-id.js';
import { InputChecks } from '../../graphql/input-checks.js';
import { staleErrors, userError } from '../../graphql/user-errors.js';
import { type AuditChanges, type AuditFacts, recordAudit, saveAudited } from '../audit/index.js';
import { Goal } from './goal.entity.js';
import { ObjectiveCondition, ObjectiveStatusChange } from './objective-parts.entity.js';
import { Objective } from './objective.entity.js';
import { checkObjectiveFields, responsibleLabel } from './objective.checks.js';
import { allocationCount, removeObjectives } from './objective.removal.js';
import type { CreateObjectiveInput, DeletePlanItemInput, UpdateObjectiveInput } from './plan.inputs.js';
import type { DeletePlanItemPayload, ObjectivePayload } from './plan.payloads.js';
import { ObjectiveStatus } from './planning.enums.js';

const MAX_OBJECTIVES_PER_GOAL = 50;

function recordStatus(
  em: EntityManager,
  audit: AuditFacts,
  objective: Objective,
  from: ObjectiveStatus | null,
  note: string | null,
) {
  em.create(ObjectiveStatusChange, {
    objective,
    previousStatus: from,
    status: objective.status,
    note,
    changedAt: new Date(),
    changedByName: audit.viewer.label.slice(0, 300),
  });
}

/** Replaces the objective's conditions; returns the change for the audit log, or null when none. */
async function setConditions(em: EntityManager, objective: Objective, next: DistrictCondition[]) {
  const links = await objective.conditionLinks.loadItems();
  const before = links.map((l) => l.condition).sort();
  const after = [...next].sort();
  if (JSON.stringify(before) === JSON.stringify(after)) return null;
  for (const link of links) if (!next.includes(link.condition)) objective.conditionLinks.remove(link);
  for (const condition of next)
    if (!before.includes(condition))
      objective.conditionLinks.add(em.create(ObjectiveCondition, { objective, condition }));
  return { from: before, to: after };
}

/** Adds an objective at the end of a goal, with its first status and audit entry in one transaction. */
export async function createObjective({
  em,
  audit,
  goal,
  input,
}: {
  em: EntityManager;
  audit: AuditFacts;
  goal: Goal;
  input: CreateObjectiveInput;
}): Promise<ObjectivePayload> {
  const check = new InputChecks();
  const { values, conditions } = await checkObjectiveFields(em, check, goal.district.id, input);
  if (!check.ok) return { objective: null, userErrors: check.errors };
  if ((await em.count(Objective, { goal })) >= MAX_OBJECTIVES_PER_GOAL)
    return {
      objective: null,
      userErrors: [userError('goalId', `A goal holds at most ${MAX_OBJECTIVES_PER_GOAL} objectives.`)],
    };
  const objective = await em.transactional(async (tx) => {
    const last = await tx.findOne(Objective, { goal }, { orderBy: { position: 'desc' } });
    const created = tx.create(Objective, {
      ...values,
      title: values.title!,
      status: values.status ?? ObjectiveStatus.NOT_STARTED,
      district: goal.district,
      goal,
      position: (last?.position ?? -1) + 1,
    });
    for (const condition of conditions ?? [])
      created.conditionLinks.add(tx.create(ObjectiveCondition, { objective: created, condition }));
    recordStatus(tx, audit, created, null, null);
    await tx.flush();
    const changes: AuditChanges = {};
    for (const [field, to] of Object.entries({
      ...values,
      responsiblePartner: undefined,
      responsibleParty: responsibleLabel(values),
      conditions,
    }))
      if (to !== undefined && to !== null) changes[field] = { from: null, to };
    recordAudit(tx, audit, {
      action: 'objective.create',
      target: { type: 'Objective', id: created.id },
      districtId: goal.district.id,
      changes,
    });
    return created;
  });
  return { objective, userErrors: [] };
}

/**
 * Changes an objective as a whole or not at all, refusing stale copies; a status change is added to
 * the status history with its note, and every change is audited.
 */
export async function updateObjective({
  em,
  audit,
  objective,
  input,
}: {
  em: EntityManager;
  audit: AuditFacts;
  objective: Objective;
  input: UpdateObjectiveInput;
}): Promise<ObjectivePayload> {
  const check = new InputChecks();
  const { values, conditions } = await checkObjectiveFields(
    em,
    check,
    objective.district.id,
    input,
    objective,
  );
  const statusNote = check.text('statusNote', input.statusNote, { max: 2000 });
  let goal: Goal | null = null;
  if (input.goalId != null) {
    const goalId = idOfType(input.goalId, 'Goal');
    goal = goalId ? await em.findOne(Goal, { id: goalId, district: objective.district.id }) : null;
    if (!goal) check.fail('goalId', 'Choose a goal of the same plan.');
  }
  if (!check.ok) return { objective: null, userErrors: check.errors };
  const previousStatus = objective.status;
  const party = responsibleLabel(objective);
  const userErrors = await saveAudited(em, audit, {
    entity: objective,
    version: input.version,
    changes: values,
    record: {
      action: 'objective.update',
      target: { type: 'Objective', id: objective.id },
      districtId: objective.district.id,
    },
    amend: async (diff) => {
      if (diff.responsiblePartner) delete diff.responsiblePartner;
      if (responsibleLabel(objective) !== party)
        diff.responsibleParty = { from: party, to: responsibleLabel(objective) };
      if (goal && goal.id !== objective.goal.id) {
        diff.goal = { from: toGlobalId('Goal', objective.goal.id), to: toGlobalId('Goal', goal.id) };
        objective.goal = goal;
        objective.position =
          ((await em.findOne(Objective, { goal }, { orderBy: { position: 'desc' } }))?.position ?? -1) + 1;
      }
      if (conditions) {
        const change = await setConditions(em, objective, conditions);
        if (change) diff.conditions = change;
      }
      if (objective.status !== previousStatus) recordStatus(em, audit, objective, previousStatus, statusNote);
      // Conditions live in their own rows, so the objective row is touched by hand to show the edit.
      if (Object.keys(diff).length) objective.updatedAt = new Date();
      return diff;
    },
  });
  if (userErrors.length) return { objective: null, userErrors };
  return { objective, userErrors: [] };
}

/** Deletes an objective with its links and history, refusing while money is allocated to it; audited. */
export async function deleteObjective({
  em,
  audit,
  objective,
  input,
}: {
  em: EntityManager;
  audit: AuditFacts;
  objective: Objective;
  input: DeletePlanItemInput;
}): Promise<DeletePlanItemPayload> {
  if (objective.version !== input.version) return { deletedId: null, userErrors: staleErrors() };
  if ((await allocationCount(em, [objective.id])) > 0)
    return {
      deletedId: null,
      userErrors: [userError('id', 'Funding is allocated to this objective; remove its allocations first.')],
    };
  await em.transactional((tx) => removeObjectives(tx, audit, [objective]));
  return { deletedId: toGlobalId('Objective', objective.id), userErrors: [] };
}
