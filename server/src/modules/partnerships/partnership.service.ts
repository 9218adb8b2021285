import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { ErrorCode, PartnershipSide, PartnershipStatus } from '@partnerhub/shared';
import { InputChecks } from '../../graphql/input-checks.js';
import { type UserError, userError } from '../../graphql/user-errors.js';
import { type AuditFacts, applyChanges, recordAudit, saveAudited } from '../audit/index.js';
import type { District, PartnerOrganization } from '../organizations/index.js';
import { type PartnershipValues, checkPartnership } from './partnership.checks.js';
import { Partnership } from './partnership.entity.js';
import type {
  CreatePartnershipInput,
  ProposePartnershipToDistrictInput,
  UpdatePartnershipInput,
} from './partnership.inputs.js';
import { partnerSubject } from '../access/index.js';
import { User } from '../identity/index.js';
import type { Viewer } from '../access/index.js';

interface PartnershipResult {
  partnership: Partnership | null;
  userErrors: UserError[];
}

const taken = () => [
  userError('partnerId', 'The district already has a partnership with this partner.', ErrorCode.TAKEN),
];

/** How a new partnership starts: who asked, and whether it is agreed already. */
interface Proposal {
  proposedBy: PartnershipSide;
  /** Accepted at once: only when the district speaks for the partner (it manages it). */
  accepted: boolean;
}

/**
 * Inserts a partnership and its audit entry; call inside a transaction so that both are written or
 * neither is.
 */
export async function insertPartnership(
  tx: EntityManager,
  audit: AuditFacts,
  {
    district,
    partner,
    values,
    proposal,
  }: {
    district: District;
    partner: PartnerOrganization;
    values: PartnershipValues & { status: PartnershipStatus };
    proposal: Proposal;
  },
): Promise<Partnership> {
  const partnership = tx.create(Partnership, {
    district,
    partner,
    ...values,
    proposedBy: proposal.proposedBy,
    acceptedAt: proposal.accepted ? new Date() : null,
    acceptedBy: proposal.accepted ? userOf(tx, audit.viewer) : null,
  });
  await tx.flush();
  recordAudit(tx, audit, {
    action: 'partnership.create',
    target: { type: 'Partnership', id: partnership.id },
    districtId: district.id,
    partnerId: partner.id,
    changes: applyChanges<PartnershipValues & { proposedBy?: PartnershipSide }>(
      {},
      { ...values, proposedBy: proposal.proposedBy },
    ),
  });
  return partnership;
}

const userOf = (em: EntityManager, viewer: Viewer) =>
  viewer.userId === null ? null : em.getReference(User, viewer.userId);

const notAcceptedYet = () =>
  userError(
    'status',
    'The other side has not accepted this partnership yet; it stays a PROSPECT until then.',
    ErrorCode.INVALID,
  );

/**
 * A district proposes a partnership, as a whole or not at all, with its audit entry in the same
 * transaction. To a partner the district manages (it added it and the partner has no admin) the
 * proposal is accepted at once; to any other partner it is a PROSPECT request that the partner's
 * admins accept or decline, so asking for another status is refused. A declined request may be asked
 * again; any other partnership of the pair gets TAKEN.
 */
export async function proposePartnership({
  em,
  audit,
  district,
  partner,
  input,
}: {
  em: EntityManager;
  audit: AuditFacts;
  district: District;
  partner: PartnerOrganization;
  input: CreatePartnershipInput;
}): Promise<PartnershipResult> {
  const check = new InputChecks();
  const { districtId: _d, partnerId: _p, status, ...fields } = input;
  const values = checkPartnership(check, { ...fields, status });
  if (partner.archivedAt) check.fail('partnerId', 'This partner is archived; unarchive it first.');
  const accepted = (await partnerSubject(em, partner)).managingDistrictId === district.id;
  if (!accepted && status !== PartnershipStatus.PROSPECT) check.errors.push(notAcceptedYet());
  const proposal = { proposedBy: PartnershipSide.DISTRICT, accepted };
  return startRequest(em, audit, check, { district, partner, values: { ...values, status }, proposal });
}

/**
 * Inserts the partnership, or asks again where the pair's only partnership is a declined request (the
 * same row becomes a new request, audited as `partnership.propose`); any other partnership of the
 * pair, even one created a moment ago by someone else, gets TAKEN.
 */
async function startRequest(
  em: EntityManager,
  audit: AuditFacts,
  check: InputChecks,
  args: {
    district: District;
    partner: PartnerOrganization;
    values: PartnershipValues & { status: PartnershipStatus };
    proposal: Proposal;
  },
): Promise<PartnershipResult> {
  const existing = await em.findOne(Partnership, { district: args.district, partner: args.partner });
  if (existing && (existing.acceptedAt || !existing.declinedAt)) check.errors.push(...taken());
  if (!check.ok) return { partnership: null, userErrors: check.errors };
  if (existing) return reopenDeclined(em, audit, existing, args.values, args.proposal);
  try {
    const partnership = await em.transactional((tx) => insertPartnership(tx, audit, args));
    return { partnership, userErrors: [] };
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException)
      return { partnership: null, userErrors: taken() };
    throw error;
  }
}

async function reopenDeclined(
  em: EntityManager,
  audit: AuditFacts,
  partnership: Partnership,
  values: PartnershipValues,
  proposal: Proposal,
): Promise<PartnershipResult> {
  const declinedAt = partnership.declinedAt!.toISOString();
  const userErrors = await saveAudited(em, audit, {
    entity: partnership,
    // A proposal carries no version: only a concurrent write makes it stale.
    version: partnership.version,
    staleField: null,
    changes: { ...values, proposedBy: proposal.proposedBy },
    record: {
      action: 'partnership.propose',
      target: { type: 'Partnership', id: partnership.id },
      districtId: partnership.district.id,
      partnerId: partnership.partner.id,
    },
    amend: (diff) => {
      partnership.declinedAt = null;
      partnership.declinedBy = null;
      if (proposal.accepted) {
        partnership.acceptedAt = new Date();
        partnership.acceptedBy = userOf(em, audit.viewer);
      }
      return { ...diff, declinedAt: { from: declinedAt, to: null } };
    },
  });
  if (userErrors.length) return { partnership: null, userErrors };
  return { partnership, userErrors: [] };
}

/**
 * Updates a partnership as a whole or not at all, refusing stale copies; audited with every changed
 * field, a status change included (from and to).
 */
export async function updatePartnership({
  em,
  audit,
  partnership,
  input,
}: {
  em: EntityManager;
  audit: AuditFacts;
  partnership: Partnership;
  input: UpdatePartnershipInput;
}): Promise<PartnershipResult> {
  const check = new InputChecks();
  const { id: _id, version, ...fields } = input;
  const changes = checkPartnership(check, fields, partnership);
  if (!partnership.acceptedAt && changes.status && changes.status !== PartnershipStatus.PROSPECT)
    check.errors.push(notAcceptedYet());
  if (!check.ok) return { partnership: null, userErrors: check.errors };

  const userErrors = await saveAudited(em, audit, {
    entity: partnership,
    version,
    changes,
    record: {
      action: 'partnership.update',
      target: { type: 'Partnership', id: partnership.id },
      districtId: partnership.district.id,
      partnerId: partnership.partner.id,
    },
  });
  if (userErrors.length) return { partnership: null, userErrors };
  return { partnership, userErrors: [] };
}

/**
 * A partner proposes a partnership to a district: a PROSPECT request holding only what the partner
 * wrote, which the district's admins accept or decline. As a whole or not at all, audited; a declined
 * request may be asked again, any other partnership of the pair gets TAKEN.
 */
export async function proposePartnershipToDistrict({
  em,
  audit,
  district,
  partner,
  input,
}: {
  em: EntityManager;
  audit: AuditFacts;
  district: District;
  partner: PartnerOrganization;
  input: ProposePartnershipToDistrictInput;
}): Promise<PartnershipResult> {
  const check = new InputChecks();
  const { districtId: _d, partnerId: _p, ...fields } = input;
  const values = checkPartnership(check, fields);
  if (partner.archivedAt) check.fail('partnerId', 'This partner is archived; unarchive it first.');
  const proposal = { proposedBy: PartnershipSide.PARTNER, accepted: false };
  return startRequest(em, audit, check, {
    district,
    partner,
    values: { ...values, status: PartnershipStatus.PROSPECT },
    proposal,
  });
}
