import type { EntityManager } from '@mikro-orm/knex';
import { MINIMUM_N_FLOOR } from '@partnerhub/shared';
import { userError, type UserError } from '../../graphql/user-errors.js';
import { type AuditFacts, recordAudit } from '../audit/index.js';
import type { District, StateAgency } from '../organizations/index.js';
import { minimumNOf } from './evaluation.cells.js';
import { EvaluationSetting } from './evaluation.entities.js';
import { DistrictEvaluation } from './evaluation.types.js';

/** The evaluation root of a district: minimum n in force and publication. */
export async function evaluationOf(em: EntityManager, districtId: number): Promise<DistrictEvaluation> {
  const [setting, minimumN] = await Promise.all([
    em.findOne(EvaluationSetting, { district: districtId }),
    minimumNOf(em, districtId),
  ]);
  return Object.assign(new DistrictEvaluation(), {
    id: districtId,
    minimumN,
    published: !!setting?.publishedAt,
    publishedAt: setting?.publishedAt ?? null,
  });
}

async function settingFor(em: EntityManager, owner: { district: District } | { stateAgency: StateAgency }) {
  const where = 'district' in owner ? { district: owner.district.id } : { stateAgency: owner.stateAgency.id };
  return (
    (await em.findOne(EvaluationSetting, where)) ??
    em.create(EvaluationSetting, {
      district: 'district' in owner ? owner.district : null,
      stateAgency: 'stateAgency' in owner ? owner.stateAgency : null,
    })
  );
}

/** Sets a district's or a state's minimum n (never below the floor of 10); audited. */
export async function setMinimumN({
  em,
  audit,
  owner,
  minimumN,
}: {
  em: EntityManager;
  audit: AuditFacts;
  owner: { district: District } | { stateAgency: StateAgency };
  minimumN: number | null;
}): Promise<UserError[]> {
  if (minimumN !== null && (!Number.isInteger(minimumN) || minimumN < MINIMUM_N_FLOOR || minimumN > 1000))
    return [userError('minimumN', `Enter a whole number from ${MINIMUM_N_FLOOR} to 1000, or nothing.`)];
  const setting = await settingFor(em, owner);
  const from = setting.minimumN ?? null;
  if (from === minimumN && setting.id) return [];
  setting.minimumN = minimumN;
  await em.flush();
  recordAudit(em, audit, {
    action: 'evaluation.setMinimumN',
    target: { type: 'EvaluationSetting', id: setting.id },
    districtId: 'district' in owner ? owner.district.id : null,
    changes: { minimumN: { from, to: minimumN } },
  });
  await em.flush();
  return [];
}

/** Publishes (or withdraws) the district's evaluation summary; audited. */
export async function setPublished({
  em,
  audit,
  district,
  published,
}: {
  em: EntityManager;
  audit: AuditFacts;
  district: District;
  published: boolean;
}): Promise<void> {
  const setting = await settingFor(em, { district });
  const from = setting.publishedAt ?? null;
  if (!!from === published && setting.id) return;
  setting.publishedAt = published ? (from ?? new Date()) : null;
  await em.flush();
  recordAudit(em, audit, {
    action: published ? 'evaluation.publish' : 'evaluation.unpublish',
    target: { type: 'EvaluationSetting', id: setting.id },
    districtId: district.id,
    changes: { publishedAt: { from, to: setting.publishedAt ?? null } },
  });
  await em.flush();
}
