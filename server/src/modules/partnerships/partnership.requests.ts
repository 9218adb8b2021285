import type { EntityManager } from '@mikro-orm/knex';
import { ErrorCode, PartnershipStatus } from '@partnerhub/shared';
import { type UserError, userError } from '../../graphql/user-errors.js';
import { type AuditChanges, type AuditFacts, saveAudited } from '../audit/index.js';
import { User } from '../identity/index.js';
import type { Viewer } from '../access/index.js';
import type { Partnership } from './partnership.entity.js';

interface RequestResult {
  partnership: Partnership | null;
  userErrors: UserError[];
}

/** Who answered, for `acceptedBy` / `declinedBy`; a token acts for no person. */
function answeredBy(em: EntityManager, viewer: Viewer) {
  return viewer.userId === null ? null : em.getReference(User, viewer.userId);
}

/**
 * Accepts or declines a pending request as the side that was asked: all or nothing, refusing stale
 * copies and requests already answered; accepting makes the partnership ACTIVE. Audited as
 * `partnership.accept` or `partnership.decline`.
 */
export async function answerPartnershipRequest({
  em,
  audit,
  partnership,
  version,
  accept,
}: {
  em: EntityManager;
  audit: AuditFacts;
  partnership: Partnership;
  version: number;
  accept: boolean;
}): Promise<RequestResult> {
  if (partnership.acceptedAt || partnership.declinedAt) {
    const state = partnership.acceptedAt ? 'accepted' : 'declined';
    return {
      partnership: null,
      userErrors: [userError(null, `This request was already ${state}.`, ErrorCode.INVALID)],
    };
  }
  const now = new Date();
  const status = partnership.status;
  const userErrors = await saveAudited(em, audit, {
    entity: partnership,
    version,
    changes: {},
    record: {
      action: accept ? 'partnership.accept' : 'partnership.decline',
      target: { type: 'Partnership', id: partnership.id },
      districtId: partnership.district.id,
      partnerId: partnership.partner.id,
    },
    amend: (): AuditChanges => {
      if (!accept) {
        partnership.declinedAt = now;
        partnership.declinedBy = answeredBy(em, audit.viewer);
        return { declinedAt: { from: null, to: now.toISOString() } };
      }
      partnership.acceptedAt = now;
      partnership.acceptedBy = answeredBy(em, audit.viewer);
      partnership.status = PartnershipStatus.ACTIVE;
      return {
        status: { from: status, to: partnership.status },
        acceptedAt: { from: null, to: now.toISOString() },
      };
    },
  });
  if (userErrors.length) return { partnership: null, userErrors };
  return { partnership, userErrors: [] };
}
