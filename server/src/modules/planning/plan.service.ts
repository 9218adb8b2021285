import type { EntityManager } from '@mikro-orm/knex';
import { type AuditFacts, recordAudit } from '../audit/index.js';
import type { District } from '../organizations/index.js';
import { ImplementationPlan } from './plan.entity.js';
import type { PlanPayload } from './plan.payloads.js';
import { planView } from './plan.types.js';

/** The district's plan row, or null before it was first published. */
export function findPlanRow(em: EntityManager, districtId: number): Promise<ImplementationPlan | null> {
  return em.findOne(ImplementationPlan, { district: districtId });
}

/**
 * Publishes or withdraws the district's plan: a published plan's summary is public and follows the
 * current goals, objectives and allocations. Publishing again records the new time. Audited.
 */
export async function setPlanPublished({
  em,
  audit,
  district,
  published,
}: {
  em: EntityManager;
  audit: AuditFacts;
  district: District;
  published: boolean;
}): Promise<PlanPayload> {
  const row = (await findPlanRow(em, district.id)) ?? em.create(ImplementationPlan, { district });
  const before = row.publishedAt ?? null;
  row.publishedAt = published ? new Date() : null;
  row.publishedByName = published ? audit.viewer.label.slice(0, 300) : null;
  if (published || before)
    recordAudit(em, audit, {
      action: published ? 'plan.publish' : 'plan.unpublish',
      target: { type: 'ImplementationPlan', id: district.id },
      districtId: district.id,
      changes: { publishedAt: { from: before, to: row.publishedAt } },
    });
  await em.flush();
  return { plan: planView(district.id, row), userErrors: [] };
}
