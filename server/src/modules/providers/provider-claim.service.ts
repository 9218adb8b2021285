import type { EntityManager } from '@mikro-orm/knex';
import { ErrorCode, PartnerKind } from '@partnerhub/shared';
import { InputChecks } from '../../graphql/input-checks.js';
import { type UserError, staleErrors } from '../../graphql/user-errors.js';
import { type AuditFacts, applyChanges, recordAudit, saveAudited } from '../audit/index.js';
import type { PartnerOrganization } from '../organizations/index.js';
import type { ProviderCriterion } from '../state-overview/index.js';
import type { ClaimProviderCriterionInput } from './provider.inputs.js';
import { ProviderClaim } from './provider-claim.entity.js';

interface ClaimResult {
  claim: ProviderClaim | null;
  userErrors: UserError[];
}

const auditOf = (claim: { partner: { id: number } }) => ({
  target: { type: 'PartnerOrganization', id: claim.partner.id },
  partnerId: claim.partner.id,
});

/** Why a provider may not claim the criterion, or null. */
function claimRefusal(partner: PartnerOrganization, criterion: ProviderCriterion): UserError[] {
  const check = new InputChecks();
  if (partner.kind !== PartnerKind.TECHNICAL_ASSISTANCE)
    check.fail('partnerId', 'Only technical-assistance providers claim provider criteria.');
  if (criterion.archived) check.fail('criterionId', 'This criterion is archived.');
  return check.errors;
}

/**
 * Records that the provider meets the criterion, or changes the evidence of its current claim
 * (refusing a stale copy); a withdrawn claim is made again. Audited.
 */
export async function claimProviderCriterion({
  em,
  audit,
  partner,
  criterion,
  input,
}: {
  em: EntityManager;
  audit: AuditFacts;
  partner: PartnerOrganization;
  criterion: ProviderCriterion;
  input: ClaimProviderCriterionInput;
}): Promise<ClaimResult> {
  const check = new InputChecks();
  const evidence = check.text('evidence', input.evidence, { max: 2000, required: true, multiline: true });
  const evidenceUrl = check.url('evidenceUrl', input.evidenceUrl);
  const refused = claimRefusal(partner, criterion);
  if (refused.length || !check.ok) return { claim: null, userErrors: [...refused, ...check.errors] };

  const existing = await em.findOne(ProviderClaim, { partner: partner.id, criterion: criterion.id });
  if (!existing)
    return em.transactional(async (tx) => {
      const claim = tx.create(ProviderClaim, { partner, criterion, evidence: evidence!, evidenceUrl });
      await tx.flush();
      recordAudit(tx, audit, {
        action: 'provider.claim.create',
        ...auditOf(claim),
        changes: applyChanges(
          {},
          {
            [`claims.${claim.id}.criterion`]: criterion.id,
            [`claims.${claim.id}.evidence`]: evidence,
            [`claims.${claim.id}.evidenceUrl`]: evidenceUrl,
          },
        ),
      });
      return { claim, userErrors: [] };
    });
  const current = existing.withdrawnAt == null;
  // A current claim is changed only by someone who read it; a withdrawn one is nobody's copy.
  if (current && input.version == null) return { claim: null, userErrors: staleErrors('version') };
  const userErrors = await saveAudited(em, audit, {
    entity: existing,
    version: current ? input.version! : existing.version,
    changes: { evidence: evidence!, evidenceUrl, withdrawnAt: null, claimedAt: new Date() },
    record: { action: current ? 'provider.claim.update' : 'provider.claim.renew', ...auditOf(existing) },
    staleField: 'version',
  });
  return { claim: userErrors.length ? null : existing, userErrors };
}

/** Withdraws a current claim, refusing a stale copy; audited. Withdrawn claims are no longer shown. */
export async function withdrawProviderClaim({
  em,
  audit,
  claim,
  version,
}: {
  em: EntityManager;
  audit: AuditFacts;
  claim: ProviderClaim;
  version: number;
}): Promise<ClaimResult> {
  if (claim.withdrawnAt != null)
    return {
      claim: null,
      userErrors: [
        { field: ['input', 'id'], message: 'This claim was already withdrawn.', code: ErrorCode.INVALID },
      ],
    };
  const userErrors = await saveAudited(em, audit, {
    entity: claim,
    version,
    changes: { withdrawnAt: new Date() },
    record: { action: 'provider.claim.withdraw', ...auditOf(claim) },
    staleField: 'version',
  });
  return { claim: userErrors.length ? null : claim, userErrors };
}
