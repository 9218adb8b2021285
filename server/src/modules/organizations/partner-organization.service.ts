import type { EntityManager } from '@mikro-orm/knex';
import { InputChecks } from '../../graphql/input-checks.js';
import type { UserError } from '../../graphql/user-errors.js';
import { type AuditChanges, type AuditFacts, saveAudited } from '../audit/index.js';
import type { PartnerOrganization } from './partner-organization.entity.js';
import type { UpdatePartnerOrganizationInput } from './partner-organization.inputs.js';
import { checkPartnerProfile } from './partner-profile.js';

interface PartnerResult {
  partnerOrganization: PartnerOrganization | null;
  userErrors: UserError[];
}

const answer = (partner: PartnerOrganization, userErrors: UserError[]): PartnerResult =>
  userErrors.length
    ? { partnerOrganization: null, userErrors }
    : { partnerOrganization: partner, userErrors };

/** Updates a partner profile as a whole or not at all, refusing stale copies; audited. The slug stays. */
export async function updatePartnerOrganization({
  em,
  audit,
  partner,
  input,
}: {
  em: EntityManager;
  audit: AuditFacts;
  partner: PartnerOrganization;
  input: UpdatePartnerOrganizationInput;
}): Promise<PartnerResult> {
  const check = new InputChecks();
  const { id: _id, version, ...fields } = input;
  const changes = checkPartnerProfile(check, fields);
  if (!check.ok) return { partnerOrganization: null, userErrors: check.errors };

  const userErrors = await saveAudited(em, audit, {
    entity: partner,
    version,
    changes,
    record: {
      action: 'partner.update',
      target: { type: 'PartnerOrganization', id: partner.id },
      partnerId: partner.id,
    },
  });
  return answer(partner, userErrors);
}

/**
 * Archives or unarchives a partner, refusing stale copies; audited. Asking for the state it is
 * already in changes nothing and succeeds.
 */
export async function setPartnerArchived({
  em,
  audit,
  partner,
  version,
  archived,
}: {
  em: EntityManager;
  audit: AuditFacts;
  partner: PartnerOrganization;
  version: number;
  archived: boolean;
}): Promise<PartnerResult> {
  const userErrors = await saveAudited(em, audit, {
    entity: partner,
    version,
    changes: {},
    record: {
      action: archived ? 'partner.archive' : 'partner.unarchive',
      target: { type: 'PartnerOrganization', id: partner.id },
      partnerId: partner.id,
    },
    amend: (): AuditChanges => {
      if (Boolean(partner.archivedAt) === archived) return {};
      const from = partner.archivedAt?.toISOString() ?? null;
      partner.archivedAt = archived ? new Date() : null;
      return { archivedAt: { from, to: partner.archivedAt?.toISOString() ?? null } };
    },
  });
  return answer(partner, userErrors);
}
