import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { toGlobalId } from '../../graphql/global-id.js';
import { InputChecks } from '../../graphql/input-checks.js';
import { staleErrors } from '../../graphql/user-errors.js';
import { type AuditFacts, recordAudit, saveAudited } from '../audit/index.js';
import type { District } from '../organizations/index.js';
import { ConditionEvidence, ConditionState, ReadinessPublication } from './conditions.entities.js';
import type {
  AddConditionEvidenceInput,
  RemoveConditionEvidenceInput,
  UpdateConditionEvidenceInput,
  UpdateDistrictConditionInput,
} from './conditions.inputs.js';
import { conditionView, findPublication, readinessView } from './conditions.read.js';
import type {
  ConditionEvidencePayload,
  ReadinessPayload,
  RemoveConditionEvidencePayload,
  UpdateDistrictConditionPayload,
} from './conditions.types.js';

const MAX_NARRATIVE = 4_000;
const MAX_EVIDENCE_PER_CONDITION = 50;

const editorName = (audit: AuditFacts) => audit.viewer.label.slice(0, 300);

/**
 * Sets a condition's status and narrative. The first change creates the district's row for the
 * condition (expected version 0); later ones must carry the version read. Audited.
 */
export async function updateCondition({
  em,
  audit,
  district,
  input,
}: {
  em: EntityManager;
  audit: AuditFacts;
  district: District;
  input: UpdateDistrictConditionInput;
}): Promise<UpdateDistrictConditionPayload> {
  const check = new InputChecks();
  const narrative = check.text('narrative', input.narrative, { max: MAX_NARRATIVE, multiline: true });
  if (!check.ok) return { condition: null, userErrors: check.errors };
  const state = await em.findOne(ConditionState, { district, condition: input.condition });
  const record = {
    action: 'conditions.update',
    target: { type: 'District', id: district.id },
    districtId: district.id,
  };
  if (!state) {
    if (input.expectedVersion !== 0) return { condition: null, userErrors: staleErrors('expectedVersion') };
    const created = em.create(ConditionState, {
      district,
      condition: input.condition,
      status: input.status,
      narrative,
      updatedByUserId: audit.viewer.userId,
      updatedByName: editorName(audit),
    });
    recordAudit(em, audit, {
      ...record,
      changes: {
        condition: { from: null, to: input.condition },
        status: { from: null, to: input.status },
        narrative: { from: null, to: narrative },
      },
    });
    try {
      await em.flush();
    } catch (error) {
      // Someone else changed the condition first: the caller's copy (version 0) is stale.
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      em.clear();
      return { condition: null, userErrors: staleErrors('expectedVersion') };
    }
    return { condition: conditionView(district.id, input.condition, created), userErrors: [] };
  }
  const changed = state.status !== input.status || (state.narrative ?? null) !== narrative;
  const userErrors = await saveAudited(em, audit, {
    entity: state,
    version: input.expectedVersion,
    staleField: 'expectedVersion',
    changes: changed
      ? {
          status: input.status,
          narrative,
          updatedByUserId: audit.viewer.userId,
          updatedByName: editorName(audit),
        }
      : {},
    record,
    amend: ({ updatedByUserId: _id, updatedByName: _name, ...diff }) =>
      // Who changed it is on the entry already; the condition tells the district's entries apart.
      Object.keys(diff).length ? { condition: { from: input.condition, to: input.condition }, ...diff } : {},
  });
  return userErrors.length
    ? { condition: null, userErrors }
    : { condition: conditionView(district.id, input.condition, state), userErrors: [] };
}

interface EvidenceValues {
  kind?: ConditionEvidence['kind'];
  title?: string;
  url?: string | null;
  date?: string;
  note?: string | null;
}

function checkEvidence(
  input: AddConditionEvidenceInput | UpdateConditionEvidenceInput,
  check: InputChecks,
  creating: boolean,
): EvidenceValues {
  const values: EvidenceValues = {};
  if (creating || input.kind != null) {
    if (input.kind == null) check.fail('kind', 'This is required.');
    else values.kind = input.kind;
  }
  if (creating || input.title !== undefined)
    values.title = check.text('title', input.title, { max: 300, required: true }) ?? '';
  if (input.url !== undefined) values.url = check.url('url', input.url);
  if (creating || input.date !== undefined) {
    const date = check.date('date', input.date);
    if (!date && !input.date) check.fail('date', 'This is required.');
    if (date) values.date = date;
  }
  if (input.note !== undefined)
    values.note = check.text('note', input.note, { max: MAX_NARRATIVE, multiline: true });
  return values;
}

/** Adds dated evidence to one condition of the district. Audited. */
export async function addEvidence({
  em,
  audit,
  district,
  input,
}: {
  em: EntityManager;
  audit: AuditFacts;
  district: District;
  input: AddConditionEvidenceInput;
}): Promise<ConditionEvidencePayload> {
  const check = new InputChecks();
  const values = checkEvidence(input, check, true);
  if (!check.ok) return { evidence: null, userErrors: check.errors };
  if (
    (await em.count(ConditionEvidence, { district, condition: input.condition })) >=
    MAX_EVIDENCE_PER_CONDITION
  )
    check.fail(null, `A condition holds at most ${MAX_EVIDENCE_PER_CONDITION} pieces of evidence.`);
  if (!check.ok) return { evidence: null, userErrors: check.errors };
  const evidence = await em.transactional(async (tx) => {
    const created = tx.create(ConditionEvidence, {
      district,
      condition: input.condition,
      kind: values.kind!,
      title: values.title!,
      url: values.url ?? null,
      date: values.date!,
      note: values.note ?? null,
    });
    await tx.flush();
    recordAudit(tx, audit, {
      action: 'conditions.evidence.add',
      target: { type: 'ConditionEvidence', id: created.id },
      districtId: district.id,
      changes: {
        condition: { from: null, to: input.condition },
        kind: { from: null, to: created.kind },
        title: { from: null, to: created.title },
        url: { from: null, to: created.url ?? null },
        date: { from: null, to: created.date },
        note: { from: null, to: created.note ?? null },
      },
    });
    return created;
  });
  return { evidence, userErrors: [] };
}

/** Changes evidence; audited. */
export async function updateEvidence({
  em,
  audit,
  evidence,
  input,
}: {
  em: EntityManager;
  audit: AuditFacts;
  evidence: ConditionEvidence;
  input: UpdateConditionEvidenceInput;
}): Promise<ConditionEvidencePayload> {
  const check = new InputChecks();
  const values = checkEvidence(input, check, false);
  if (!check.ok) return { evidence: null, userErrors: check.errors };
  const userErrors = await saveAudited(em, audit, {
    entity: evidence,
    version: input.version,
    changes: values,
    record: {
      action: 'conditions.evidence.update',
      target: { type: 'ConditionEvidence', id: evidence.id },
      districtId: evidence.district.id,
    },
  });
  return userErrors.length ? { evidence: null, userErrors } : { evidence, userErrors: [] };
}

/** Removes evidence; audited. */
export async function removeEvidence({
  em,
  audit,
  evidence,
  input,
}: {
  em: EntityManager;
  audit: AuditFacts;
  evidence: ConditionEvidence;
  input: RemoveConditionEvidenceInput;
}): Promise<RemoveConditionEvidencePayload> {
  if (evidence.version !== input.version) return { removedId: null, userErrors: staleErrors() };
  await em.transactional(async (tx) => {
    recordAudit(tx, audit, {
      action: 'conditions.evidence.remove',
      target: { type: 'ConditionEvidence', id: evidence.id },
      districtId: evidence.district.id,
      changes: {
        condition: { from: evidence.condition, to: null },
        title: { from: evidence.title, to: null },
        date: { from: evidence.date, to: null },
      },
    });
    tx.remove(evidence);
    await tx.flush();
  });
  return { removedId: toGlobalId('ConditionEvidence', evidence.id), userErrors: [] };
}

/** Publishes or withdraws the district's readiness; publishing again records the new time. Audited. */
export async function setReadinessPublished({
  em,
  audit,
  district,
  published,
}: {
  em: EntityManager;
  audit: AuditFacts;
  district: District;
  published: boolean;
}): Promise<ReadinessPayload> {
  const row = (await findPublication(em, district.id)) ?? em.create(ReadinessPublication, { district });
  const before = row.publishedAt ?? null;
  row.publishedAt = published ? new Date() : null;
  row.publishedByName = published ? editorName(audit) : null;
  if (published || before)
    recordAudit(em, audit, {
      action: published ? 'conditions.publish' : 'conditions.unpublish',
      target: { type: 'District', id: district.id },
      districtId: district.id,
      changes: { publishedAt: { from: before, to: row.publishedAt } },
    });
  await em.flush();
  return { readiness: readinessView(district.id, row), userErrors: [] };
}
