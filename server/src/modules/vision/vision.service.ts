import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type * as Y from 'yjs';
import type { CollabServer } from '../../collab/index.js';
import { InputChecks } from '../../graphql/input-checks.js';
import { type AuditFacts, recordAudit } from '../audit/index.js';
import type { District } from '../organizations/index.js';
import { contentOf, replaceContent, snapshotOf, visionDocName } from './vision.document.js';
import type { AdoptVisionVersionInput, SaveVisionVersionInput } from './vision.inputs.js';
import type { VisionVersionPayload } from './vision.payloads.js';
import { VisionVersion } from './vision-version.entity.js';

const NUMBER_ATTEMPTS = 5;

/**
 * Saves the live vision text as the district's next numbered version. Two saves at once get different
 * numbers (the loser of a race retries with the next one). Audited.
 */
export async function saveVisionVersion({
  em,
  audit,
  district,
  live,
  input,
}: {
  em: EntityManager;
  audit: AuditFacts;
  district: District;
  live: Y.Doc;
  input: SaveVisionVersionInput;
}): Promise<VisionVersionPayload> {
  const check = new InputChecks();
  const name = check.text('name', input.name, { max: 200, required: true });
  if (!check.ok || !name) return { version: null, userErrors: check.errors };
  const snapshot = snapshotOf(live);
  for (let attempt = 1; ; attempt++) {
    try {
      const version = await em.transactional(async (tx) => {
        const newest = await tx.findOne(
          VisionVersion,
          { district: district.id },
          { orderBy: { number: 'desc' }, fields: ['number'], disableIdentityMap: true },
        );
        const created = tx.create(VisionVersion, {
          district: district.id,
          number: (newest?.number ?? 0) + 1,
          name,
          snapshot,
          createdByUserId: audit.viewer.userId,
          createdByName: audit.viewer.label.slice(0, 300),
        });
        await tx.flush();
        recordAudit(tx, audit, {
          action: 'vision.saveVersion',
          target: { type: 'VisionVersion', id: created.id },
          districtId: district.id,
          changes: { number: { from: null, to: created.number }, name: { from: null, to: name } },
        });
        return created;
      });
      return { version, userErrors: [] };
    } catch (error) {
      if (!(error instanceof UniqueConstraintViolationException) || attempt >= NUMBER_ATTEMPTS) throw error;
    }
  }
}

/**
 * Makes the live vision text equal to the version's with one server-side edit on top of the history,
 * so every open editor sees it at once; resolves once the edit is stored. Audited.
 */
export async function restoreVisionVersion({
  em,
  audit,
  collab,
  version,
}: {
  em: EntityManager;
  audit: AuditFacts;
  collab: CollabServer | null;
  version: VisionVersion;
}): Promise<VisionVersionPayload> {
  await em.populate(version, ['snapshot']);
  const source = contentOf(version.snapshot);
  const actor = { userId: audit.viewer.userId, label: audit.viewer.label };
  await collab?.applyServerEdit(visionDocName(version.district.id), actor, (doc) =>
    replaceContent(doc, source),
  );
  recordAudit(em, audit, {
    action: 'vision.restoreVersion',
    target: { type: 'VisionVersion', id: version.id },
    districtId: version.district.id,
    changes: { restored: { from: null, to: version.number } },
  });
  await em.flush();
  return { version, userErrors: [] };
}

/**
 * Records the board's adoption of a version: it becomes the district's public vision, replacing the
 * one adopted before (which keeps its own adoption record). Audited.
 */
export async function adoptVisionVersion({
  em,
  audit,
  version,
  input,
  today,
}: {
  em: EntityManager;
  audit: AuditFacts;
  version: VisionVersion;
  input: AdoptVisionVersionInput;
  /** YYYY-MM-DD */
  today: string;
}): Promise<VisionVersionPayload> {
  const check = new InputChecks();
  const adoptedOn = check.date('adoptedOn', input.adoptedOn);
  if (!adoptedOn && check.ok) check.fail('adoptedOn', 'Enter the date the board adopted it.');
  // A day of slack: `today` is the UTC date, and the board's calendar may be ahead of it.
  const latest = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  if (adoptedOn && adoptedOn > latest) check.fail('adoptedOn', 'The adoption date cannot be in the future.');
  const resolution = check.text('resolution', input.resolution, { max: 200, required: true });
  if (!check.ok) return { version: null, userErrors: check.errors };
  const before = { adoptedOn: version.adoptedOn ?? null, resolution: version.resolution ?? null };
  version.adoptedAt = new Date();
  version.adoptedOn = adoptedOn;
  version.resolution = resolution;
  version.adoptedByName = audit.viewer.label.slice(0, 300);
  recordAudit(em, audit, {
    action: 'vision.adoptVersion',
    target: { type: 'VisionVersion', id: version.id },
    districtId: version.district.id,
    changes: {
      adoptedOn: { from: before.adoptedOn, to: adoptedOn },
      resolution: { from: before.resolution, to: resolution },
    },
  });
  await em.flush();
  return { version, userErrors: [] };
}
