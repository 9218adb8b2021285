import type { EntityManager } from '@mikro-orm/knex';
import { toGlobalId } from '../../graphql/global-id.js';
import { InputChecks } from '../../graphql/input-checks.js';
import { type UserError, staleErrors } from '../../graphql/user-errors.js';
import {
  type AuditChanges,
  type AuditFacts,
  applyChanges,
  recordAudit,
  saveAudited,
} from '../audit/index.js';
import { PartnerContact } from './partner-contact.entity.js';
import type { CreatePartnerContactInput, UpdatePartnerContactInput } from './partner-contact.inputs.js';
import type { PartnerOrganization } from './partner-organization.entity.js';

type ContactFields = Partial<Pick<PartnerContact, 'name' | 'title' | 'email' | 'phone' | 'publishable'>>;

interface ContactResult {
  contact: PartnerContact | null;
  partnerOrganization: PartnerOrganization | null;
  userErrors: UserError[];
}

const PHONE = /^[0-9+()\-.\s]{7,40}$/;

function checkContact(check: InputChecks, input: Omit<UpdatePartnerContactInput, 'id' | 'version'>) {
  const out: ContactFields = {};
  if (input.name !== undefined) out.name = check.text('name', input.name, { max: 200, required: true })!;
  if (input.title !== undefined) out.title = check.text('title', input.title, { max: 200 });
  if (input.email !== undefined) out.email = check.email('email', input.email);
  if (input.phone !== undefined) {
    out.phone = check.text('phone', input.phone, { max: 40 });
    if (out.phone && !PHONE.test(out.phone)) check.fail('phone', 'Enter a phone number like 614-555-0100.');
  }
  if (input.publishable !== undefined) {
    if (input.publishable === null) check.fail('publishable', 'This is required.');
    else out.publishable = input.publishable;
  }
  return out;
}

/** Audit entries of contacts go to the partner's history; each field is named after its contact. */
function underContact(contactId: number, diff: AuditChanges): AuditChanges {
  return Object.fromEntries(
    Object.entries(diff).map(([field, change]) => [`contacts.${contactId}.${field}`, change]),
  );
}

/** Adds a contact person to a partner, with its audit entry in the same transaction. */
export async function createPartnerContact({
  em,
  audit,
  partner,
  input,
}: {
  em: EntityManager;
  audit: AuditFacts;
  partner: PartnerOrganization;
  input: CreatePartnerContactInput;
}): Promise<ContactResult> {
  const check = new InputChecks();
  const { partnerId: _partnerId, ...fields } = input;
  const values = checkContact(check, { ...fields, publishable: fields.publishable ?? false });
  if (!check.ok) return { contact: null, partnerOrganization: null, userErrors: check.errors };
  return em.transactional(async (tx) => {
    const contact = tx.create(PartnerContact, { ...values, name: values.name!, partner });
    await tx.flush();
    recordAudit(tx, audit, {
      action: 'partner.contact.create',
      target: { type: 'PartnerOrganization', id: partner.id },
      partnerId: partner.id,
      changes: underContact(contact.id, applyChanges<ContactFields>({}, values)),
    });
    return { contact, partnerOrganization: partner, userErrors: [] };
  });
}

/** Updates a contact person as a whole or not at all, refusing stale copies; audited. */
export async function updatePartnerContact({
  em,
  audit,
  contact,
  input,
}: {
  em: EntityManager;
  audit: AuditFacts;
  contact: PartnerContact;
  input: UpdatePartnerContactInput;
}): Promise<ContactResult> {
  const check = new InputChecks();
  const { id: _id, version, ...fields } = input;
  const changes = checkContact(check, fields);
  if (!check.ok) return { contact: null, partnerOrganization: null, userErrors: check.errors };
  const userErrors = await saveAudited(em, audit, {
    entity: contact,
    version,
    changes,
    record: {
      action: 'partner.contact.update',
      target: { type: 'PartnerOrganization', id: contact.partner.id },
      partnerId: contact.partner.id,
    },
    amend: (diff) => underContact(contact.id, diff),
  });
  if (userErrors.length) return { contact: null, partnerOrganization: null, userErrors };
  return { contact, partnerOrganization: contact.partner, userErrors: [] };
}

/** Removes a contact person when `version` is still current (checked in the DELETE itself); audited. */
export async function deletePartnerContact({
  em,
  audit,
  contact,
  version,
}: {
  em: EntityManager;
  audit: AuditFacts;
  contact: PartnerContact;
  version: number;
}) {
  const partner = contact.partner;
  const deleted =
    contact.version === version &&
    (await em.transactional(async (tx) => {
      if ((await tx.nativeDelete(PartnerContact, { id: contact.id, version })) === 0) return false;
      const { name, title, email, phone, publishable } = contact;
      const removed = Object.entries({ name, title, email, phone, publishable }).filter(([, v]) => v != null);
      recordAudit(tx, audit, {
        action: 'partner.contact.delete',
        target: { type: 'PartnerOrganization', id: partner.id },
        partnerId: partner.id,
        changes: underContact(
          contact.id,
          Object.fromEntries(removed.map(([k, v]) => [k, { from: v, to: null }])),
        ),
      });
      return true;
    }));
  if (!deleted) return { deletedContactId: null, partnerOrganization: null, userErrors: staleErrors() };
  return {
    deletedContactId: toGlobalId('PartnerContact', contact.id),
    partnerOrganization: partner,
    userErrors: [],
  };
}
