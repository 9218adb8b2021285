import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { VettingKind } from '@partnerhub/shared';
import { flushIfCurrent } from '../../db/optimistic.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { InputChecks } from '../../graphql/input-checks.js';
import { staleErrors } from '../../graphql/user-errors.js';
import { type AuditChanges, type AuditFacts, applyChanges, recordAudit } from '../audit/index.js';
import type { Partnership } from './partnership.entity.js';
import { VettingRecord } from './vetting-record.entity.js';
import type { RecordVettingInput } from './vetting.inputs.js';

type VettingValues = Partial<Pick<VettingRecord, 'verifiedOn' | 'expiresOn' | 'documentUrl' | 'note'>>;

/** Vetting changes go to the partnership's history, each field named after its kind. */
function underKind(kind: VettingKind, diff: AuditChanges): AuditChanges {
  return Object.fromEntries(
    Object.entries(diff).map(([field, change]) => [`vetting.${kind}.${field}`, change]),
  );
}

function auditVetting(
  em: EntityManager,
  audit: AuditFacts,
  partnership: Partnership,
  action: 'record' | 'remove',
  changes: AuditChanges,
) {
  recordAudit(em, audit, {
    action: `partnership.vetting.${action}`,
    target: { type: 'Partnership', id: partnership.id },
    districtId: partnership.district.id,
    partnerId: partnership.partner.id,
    changes,
  });
}

function checkVetting(check: InputChecks, input: RecordVettingInput): VettingValues {
  const out: VettingValues = {};
  if (input.verifiedOn !== undefined) out.verifiedOn = check.date('verifiedOn', input.verifiedOn);
  if (input.expiresOn !== undefined) out.expiresOn = check.date('expiresOn', input.expiresOn);
  if (input.documentUrl !== undefined) out.documentUrl = check.url('documentUrl', input.documentUrl);
  if (input.note !== undefined) out.note = check.text('note', input.note, { max: 2000 });
  return out;
}

/** Flushes a new record, or an existing one when it is still at `version`. */
async function saveVetting(em: EntityManager, record: VettingRecord, version: number | null) {
  if (version !== null) return flushIfCurrent(em, record, version);
  try {
    await em.flush();
    return 'saved';
  } catch (error) {
    // Someone else recorded this kind since we looked: the same as a stale copy.
    if (error instanceof UniqueConstraintViolationException) return 'stale';
    throw error;
  }
}

/**
 * Creates or updates the partnership's record of one kind, as a whole or not at all. `version` must
 * match the stored record (null when there is none), so two people recording the same kind at once
 * never overwrite each other silently. Audited on the partnership in the same transaction.
 */
export async function recordVetting({
  em,
  audit,
  partnership,
  input,
}: {
  em: EntityManager;
  audit: AuditFacts;
  partnership: Partnership;
  input: RecordVettingInput;
}) {
  const check = new InputChecks();
  const values = checkVetting(check, input);
  const existing = await em.findOne(VettingRecord, { partnership, kind: input.kind });
  const merged = { ...existing, ...values };
  if (input.verifiedOn !== undefined || input.expiresOn !== undefined)
    check.dateOrder('verifiedOn', merged.verifiedOn ?? null, 'expiresOn', merged.expiresOn ?? null);
  if (!check.ok) return { vettingRecord: null, partnership: null, userErrors: check.errors };
  if ((existing?.version ?? null) !== (input.version ?? null))
    return { vettingRecord: null, partnership: null, userErrors: staleErrors() };

  const record = existing ?? em.create(VettingRecord, { partnership, kind: input.kind });
  const diff = applyChanges<VettingValues>(record, values);
  if (!existing) diff.kind = { from: null, to: input.kind };
  if (Object.keys(diff).length) auditVetting(em, audit, partnership, 'record', underKind(input.kind, diff));
  if ((await saveVetting(em, record, existing?.version ?? null)) === 'saved')
    return { vettingRecord: record, partnership, userErrors: [] };
  em.clear();
  return { vettingRecord: null, partnership: null, userErrors: staleErrors() };
}

/** Removes a vetting record when `version` is still current (checked in the DELETE itself); audited. */
export async function removeVetting({
  em,
  audit,
  record,
  version,
}: {
  em: EntityManager;
  audit: AuditFacts;
  record: VettingRecord;
  version: number;
}) {
  const partnership = record.partnership;
  const removed =
    record.version === version &&
    (await em.transactional(async (tx) => {
      if ((await tx.nativeDelete(VettingRecord, { id: record.id, version })) === 0) return false;
      const { kind, verifiedOn, expiresOn, documentUrl, note } = record;
      const before = Object.entries({ kind, verifiedOn, expiresOn, documentUrl, note }).filter(
        ([, v]) => v != null,
      );
      const changes = Object.fromEntries(before.map(([k, v]) => [k, { from: v, to: null }]));
      auditVetting(tx, audit, partnership, 'remove', underKind(kind, changes));
      return true;
    }));
  if (!removed) return { deletedVettingRecordId: null, partnership: null, userErrors: staleErrors() };
  return {
    deletedVettingRecordId: toGlobalId('VettingRecord', record.id),
    partnership,
    userErrors: [],
  };
}
