import type { EntityManager } from '@mikro-orm/knex';
import { PartnerKind } from '@partnerhub/shared';
import { InputChecks } from '../../graphql/input-checks.js';
import { type UserError, staleErrors } from '../../graphql/user-errors.js';
import type { Viewer } from '../access/index.js';
import { User } from '../identity/index.js';
import { type AuditFacts, applyChanges, recordAudit, saveAudited } from '../audit/index.js';
import type { District, PartnerOrganization } from '../organizations/index.js';
import type { ProviderCriterion } from '../state-overview/index.js';
import type { AssessProviderInput } from './provider.inputs.js';
import { ProviderAssessment } from './provider-assessment.entity.js';

interface AssessmentResult {
  assessment: ProviderAssessment | null;
  userErrors: UserError[];
}

/**
 * Records or changes the district's one current assessment of the provider against the criterion,
 * with who assessed it and when; a change needs the version read. Audited in the district's log.
 */
export async function assessProvider({
  em,
  audit,
  viewer,
  district,
  partner,
  criterion,
  input,
}: {
  em: EntityManager;
  audit: AuditFacts;
  viewer: Viewer;
  district: District;
  partner: PartnerOrganization;
  criterion: ProviderCriterion;
  input: AssessProviderInput;
}): Promise<AssessmentResult> {
  const check = new InputChecks();
  if (partner.kind !== PartnerKind.TECHNICAL_ASSISTANCE)
    check.fail('partnerId', 'Only technical-assistance providers are assessed against provider criteria.');
  if (criterion.archived) check.fail('criterionId', 'This criterion is archived.');
  const note = check.text('note', input.note, { max: 2000, multiline: true });
  if (!check.ok) return { assessment: null, userErrors: check.errors };

  const who = {
    assessedBy: viewer.userId ?? null,
    assessedByName: viewer.label.slice(0, 300),
    assessedAt: new Date(),
  };
  const record = {
    target: { type: 'District', id: district.id },
    districtId: district.id,
  };
  const existing = await em.findOne(ProviderAssessment, {
    district: district.id,
    partner: partner.id,
    criterion: criterion.id,
  });
  if (!existing)
    return em.transactional(async (tx) => {
      const assessment = tx.create(ProviderAssessment, {
        district,
        partner,
        criterion,
        rating: input.rating,
        note,
        ...who,
      });
      await tx.flush();
      const key = `providerAssessments.${assessment.id}`;
      recordAudit(tx, audit, {
        action: 'provider.assessment.create',
        ...record,
        changes: applyChanges(
          {},
          {
            [`${key}.partner`]: partner.id,
            [`${key}.criterion`]: criterion.id,
            [`${key}.rating`]: input.rating,
            [`${key}.note`]: note,
          },
        ),
      });
      return { assessment, userErrors: [] };
    });
  if (input.version == null) return { assessment: null, userErrors: staleErrors('version') };
  const userErrors = await saveAudited(em, audit, {
    entity: existing,
    version: input.version,
    changes: { rating: input.rating, note },
    // Who and when follow a real change only.
    amend: (diff) => {
      if (Object.keys(diff).length) {
        existing.assessedBy = who.assessedBy ? em.getReference(User, who.assessedBy) : null;
        existing.assessedByName = who.assessedByName;
        existing.assessedAt = who.assessedAt;
      }
      return diff;
    },
    record: { action: 'provider.assessment.update', ...record },
    staleField: 'version',
  });
  return { assessment: userErrors.length ? null : existing, userErrors };
}
