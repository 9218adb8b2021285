import type { EntityManager } from '@mikro-orm/knex';
import { Subgroup } from '@partnerhub/shared';
import { idOfType } from '../../graphql/global-id.js';
import { InputChecks } from '../../graphql/input-checks.js';
import { staleErrors } from '../../graphql/user-errors.js';
import { type AuditFacts, recordAudit, saveAudited } from '../audit/index.js';
import type { District } from '../organizations/index.js';
import { Objective } from '../planning/index.js';
import { type Indicator, IndicatorTarget } from './evaluation.entities.js';
import type { UpsertIndicatorTargetInput } from './evaluation.inputs.js';
import type { IndicatorTargetPayload } from './evaluation.payloads.js';

/**
 * Sets the district's target for an indicator, year and subgroup (replacing the one there), linked to
 * objectives of its own plan; audited.
 */
export async function upsertTarget({
  em,
  audit,
  district,
  indicator,
  input,
}: {
  em: EntityManager;
  audit: AuditFacts;
  district: District;
  indicator: Indicator;
  input: UpsertIndicatorTargetInput;
}): Promise<IndicatorTargetPayload> {
  const check = new InputChecks();
  const subgroup = input.subgroup ?? Subgroup.ALL_STUDENTS;
  if (indicator.archivedAt) check.fail('indicatorId', 'This indicator is archived.');
  if (!indicator.subgroups.includes(subgroup))
    check.fail('subgroup', `${indicator.code} is not reported for this subgroup.`);
  if (!Number.isInteger(input.schoolYear) || input.schoolYear < 2000 || input.schoolYear > 2100)
    check.fail('schoolYear', 'Enter the first calendar year of the school year, e.g. 2026 for 2026-27.');
  if (!Number.isFinite(input.value) || input.value < 0 || input.value > 1e9)
    check.fail('value', 'Enter a number from 0.');
  let objectiveIds: number[] | undefined;
  if (input.objectiveIds != null) {
    if (input.objectiveIds.length > 50) check.fail('objectiveIds', 'Link at most 50 objectives.');
    const ids = [...new Set(input.objectiveIds.map((id) => idOfType(id, 'Objective') ?? -1))];
    const found = ids.includes(-1)
      ? 0
      : await em.count(Objective, { id: { $in: ids }, district: district.id });
    if (found !== ids.length) check.fail('objectiveIds', "Link objectives of this district's plan only.");
    objectiveIds = ids.sort((a, b) => a - b);
  }
  if (!check.ok) return { target: null, userErrors: check.errors };
  const existing = await em.findOne(IndicatorTarget, {
    district,
    indicator,
    schoolYear: input.schoolYear,
    subgroup,
  });
  if (existing) {
    if (input.version != null && input.version !== existing.version)
      return { target: null, userErrors: staleErrors() };
    const userErrors = await saveAudited(em, audit, {
      entity: existing,
      version: existing.version,
      changes: { value: input.value, ...(objectiveIds ? { objectiveIds } : {}) },
      record: {
        action: 'indicatorTarget.update',
        target: { type: 'IndicatorTarget', id: existing.id },
        districtId: district.id,
      },
    });
    return userErrors.length ? { target: null, userErrors } : { target: existing, userErrors: [] };
  }
  if (input.version != null) return { target: null, userErrors: staleErrors() };
  const target = em.create(IndicatorTarget, {
    district,
    indicator,
    schoolYear: input.schoolYear,
    subgroup,
    value: input.value,
    objectiveIds: objectiveIds ?? [],
  });
  await em.flush();
  recordAudit(em, audit, {
    action: 'indicatorTarget.create',
    target: { type: 'IndicatorTarget', id: target.id },
    districtId: district.id,
    changes: {
      indicator: { from: null, to: indicator.code },
      schoolYear: { from: null, to: target.schoolYear },
      subgroup: { from: null, to: subgroup },
      value: { from: null, to: target.value },
      objectiveIds: { from: null, to: target.objectiveIds },
    },
  });
  await em.flush();
  return { target, userErrors: [] };
}

/** Deletes a target, refusing a stale copy; audited. */
export async function deleteTarget(
  em: EntityManager,
  audit: AuditFacts,
  target: IndicatorTarget,
  version: number,
) {
  if (target.version !== version) return staleErrors();
  recordAudit(em, audit, {
    action: 'indicatorTarget.delete',
    target: { type: 'IndicatorTarget', id: target.id },
    districtId: target.district.id,
    changes: { value: { from: target.value, to: null } },
  });
  await em.remove(target).flush();
  return [];
}
