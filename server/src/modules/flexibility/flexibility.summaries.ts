import type { EntityManager } from '@mikro-orm/knex';
import { FlexibilityApplication, FlexibilitySubmission } from './flexibility.entities.js';
import type { FlexibilityStage } from './flexibility.enums.js';
import { type Deadline, nextDeadline } from './flexibility.period.js';

export interface FlexibilitySummary {
  stage: FlexibilityStage;
  firstSchoolYear: number;
  nextDeadline: Deadline | null;
}

/** Stage and next deadline of each district's application, in two statements; districts without one are absent. */
export async function flexibilitySummaries(
  em: EntityManager,
  districtIds: readonly number[],
): Promise<Map<number, FlexibilitySummary>> {
  const result = new Map<number, FlexibilitySummary>();
  if (!districtIds.length) return result;
  const applications = await em.find(FlexibilityApplication, { district: { $in: [...districtIds] } });
  const submissions = applications.length
    ? await em.find(
        FlexibilitySubmission,
        { application: { $in: applications.map((a) => a.id) }, kind: { $ne: 'ADDITIONAL_AREA' } },
        { fields: ['application', 'number', 'kind'], orderBy: { number: 'asc' } },
      )
    : [];
  const lastKind = new Map(submissions.map((s) => [s.application.id, s.kind]));
  for (const a of applications) {
    const kind = lastKind.get(a.id);
    result.set(a.district.id, {
      stage: a.stage,
      firstSchoolYear: a.firstSchoolYear,
      nextDeadline: nextDeadline(
        a.firstSchoolYear,
        a.stage,
        kind === 'APPLICATION' ? 'APPLICATION' : kind === 'IMPLEMENTATION_PLAN' ? 'PLAN' : 'SUSTAINABILITY',
      ),
    });
  }
  return result;
}

/** The district a submission belongs to; null when there is no such submission. */
export async function submissionDistrictId(em: EntityManager, submissionId: number): Promise<number | null> {
  const submission = await em.findOne(FlexibilitySubmission, submissionId, { populate: ['application'] });
  return submission?.application.district.id ?? null;
}
