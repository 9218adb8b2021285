import type { EntityManager } from '@mikro-orm/knex';
import { flushCurrentOrRollBack, flushIfCurrent } from '../../db/optimistic.js';
import { type UserError, staleErrors } from '../../graphql/user-errors.js';
import type { AuditChanges } from './audit-entry.entity.js';
import { type AuditFacts, type AuditRecord, applyChanges, recordAudit } from './audit.service.js';

/** One edit of a versioned row: what to change, the version the caller read, and how to audit it. */
export interface VersionedEdit<T extends { version: number }> {
  entity: T;
  /** The version the caller read; a different current version makes the save stale. */
  version: number;
  changes: Partial<NoInfer<T>>;
  /** Where the audit entry goes; its `changes` are the diff. */
  record: Omit<AuditRecord, 'changes'>;
  /** Keys recorded as changed without their values. */
  secret?: NoInfer<keyof T>[];
  /**
   * Applies what a plain field assignment cannot (moved relations, child rows) and returns the diff
   * to record; runs after `changes` are applied.
   */
  amend?: (diff: AuditChanges) => AuditChanges | Promise<AuditChanges>;
  /** The input field a stale copy is reported on; null when the caller passed no version. */
  staleField?: string | null;
}

/** Applies the edit and adds its audit entry to the unit of work when anything changed. */
async function applyAudited<T extends { version: number }>(
  em: EntityManager,
  audit: AuditFacts,
  edit: VersionedEdit<T>,
): Promise<void> {
  const applied = applyChanges(edit.entity, edit.changes, { secret: edit.secret });
  const diff = edit.amend ? await edit.amend(applied) : applied;
  if (Object.keys(diff).length) recordAudit(em, audit, { ...edit.record, changes: diff });
}

/**
 * The save of a versioned row: apply, diff, audit if anything changed, and flush only when the
 * caller's version is still current. The row and its audit entry are written in one flush, so a stale
 * copy writes neither; the request's entities are then cleared and STALE is returned.
 */
export async function saveAudited<T extends { version: number }>(
  em: EntityManager,
  audit: AuditFacts,
  edit: VersionedEdit<T>,
): Promise<UserError[]> {
  await applyAudited(em, audit, edit);
  if ((await flushIfCurrent(em, edit.entity, edit.version)) === 'saved') return [];
  em.clear();
  return staleErrors(edit.staleField);
}

/**
 * `saveAudited` inside a transaction that does more than this save: a stale copy rolls the whole
 * transaction back (run it in `withStaleCheck`).
 */
export async function saveAuditedOrRollBack<T extends { version: number }>(
  tx: EntityManager,
  audit: AuditFacts,
  edit: VersionedEdit<T>,
): Promise<void> {
  await applyAudited(tx, audit, edit);
  await flushCurrentOrRollBack(tx, edit.entity, edit.version);
}
