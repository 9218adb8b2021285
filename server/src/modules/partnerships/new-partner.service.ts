import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { ErrorCode, PartnershipSide, PartnershipStatus } from '@partnerhub/shared';
import { InputChecks } from '../../graphql/input-checks.js';
import { userError } from '../../graphql/user-errors.js';
import { type AuditFacts, applyChanges, recordAudit } from '../audit/index.js';
import {
  type District,
  PartnerOrganization,
  checkPartnerProfile,
  uniquePartnerSlug,
} from '../organizations/index.js';
import type { CreatePartnerOrganizationInput } from './new-partner.inputs.js';
import { insertPartnership } from './partnership.service.js';

/**
 * Adds a partner organization on behalf of a district, with a unique slug from its name and, when
 * asked, a PROSPECT partnership with the district: all of it and its audit entries in one transaction,
 * or nothing.
 */
export async function createPartnerOrganization({
  em,
  audit,
  district,
  input,
}: {
  em: EntityManager;
  audit: AuditFacts;
  district: District;
  input: CreatePartnerOrganizationInput;
}) {
  const check = new InputChecks();
  const { districtId: _d, createPartnership, ...fields } = input;
  const profile = checkPartnerProfile(check, fields);
  if (!check.ok) return { partnerOrganization: null, partnership: null, userErrors: check.errors };
  const values = { ...profile, slug: await uniquePartnerSlug(em, profile.name!) };
  try {
    return await em.transactional(async (tx) => {
      const partner = tx.create(PartnerOrganization, {
        ...values,
        name: values.name!,
        kind: values.kind!,
        createdByDistrict: district,
      });
      await tx.flush();
      recordAudit(tx, audit, {
        action: 'partner.create',
        target: { type: 'PartnerOrganization', id: partner.id },
        districtId: district.id,
        partnerId: partner.id,
        changes: applyChanges<Partial<typeof values>>({}, values),
      });
      const partnership = createPartnership
        ? await insertPartnership(tx, audit, {
            district,
            partner,
            values: { status: PartnershipStatus.PROSPECT },
            // The district speaks for a partner it has just added, so its own proposal is agreed.
            proposal: { proposedBy: PartnershipSide.DISTRICT, accepted: true },
          })
        : null;
      return { partnerOrganization: partner, partnership, userErrors: [] };
    });
  } catch (error) {
    if (!(error instanceof UniqueConstraintViolationException)) throw error;
    const message = 'A partner with this name was added a moment ago; check the directory, then try again.';
    return {
      partnerOrganization: null,
      partnership: null,
      userErrors: [userError('name', message, ErrorCode.TAKEN)],
    };
  }
}
