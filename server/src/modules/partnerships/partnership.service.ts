import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { ErrorCode, type PartnershipStatus } from '@partnerhub/shared';
import { flushIfCurrent } from '../../db/optimistic.js';
import { InputChecks } from '../../graphql/input-checks.js';
import { STALE_MESSAGE, type UserError, userError } from '../../graphql/user-errors.js';
import { type AuditFacts, applyChanges, recordAudit } from '../audit/index.js';
import type { District, PartnerOrganization } from '../organizations/index.js';
import { type PartnershipValues, checkPartnership } from './partnership.checks.js';
import { Partnership } from './partnership.entity.js';
import type { CreatePartnershipInput, UpdatePartnershipInput } from './partnership.inputs.js';

interface PartnershipResult {
  partnership: Partnership | null;
  userErrors: UserError[];
}

const taken = () => [
  userError('partnerId', 'The district already has a partnership with this partner.', ErrorCode.TAKEN),
];

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
  }: {
    district: District;
    partner: PartnerOrganization;
    values: PartnershipValues & { status: PartnershipStatus };
  },
): Promise<Partnership> {
  const partnership = tx.create(Partnership, { district, partner, ...values });
  await tx.flush();
  recordAudit(tx, audit, {
    action: 'partnership.create',
    target: { type: 'Partnership', id: partnership.id },
    districtId: district.id,
    partnerId: partner.id,
    changes: applyChanges<PartnershipValues>({}, values),
  });
  return partnership;
}

/**
 * Creates a partnership as a whole or not at all, with its audit entry in the same transaction.
 * A pair that already has one, even one created a moment ago by someone else, gets TAKEN.
 */
export async function createPartnership({
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
  if ((await em.count(Partnership, { district, partner })) > 0) check.errors.push(...taken());
  if (!check.ok) return { partnership: null, userErrors: check.errors };
  try {
    const partnership = await em.transactional((tx) =>
      insertPartnership(tx, audit, { district, partner, values: { ...values, status } }),
    );
    return { partnership, userErrors: [] };
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException)
      return { partnership: null, userErrors: taken() };
    throw error;
  }
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
  if (!check.ok) return { partnership: null, userErrors: check.errors };

  const diff = applyChanges(partnership, changes);
  if (Object.keys(diff).length)
    recordAudit(em, audit, {
      action: 'partnership.update',
      target: { type: 'Partnership', id: partnership.id },
      districtId: partnership.district.id,
      partnerId: partnership.partner.id,
      changes: diff,
    });
  if ((await flushIfCurrent(em, partnership, version)) === 'stale') {
    em.clear();
    return { partnership: null, userErrors: [userError('version', STALE_MESSAGE, ErrorCode.STALE)] };
  }
  return { partnership, userErrors: [] };
}
