import type { EntityManager } from '@mikro-orm/knex';
import type { Viewer } from '../access/index.js';
import { type AuditChanges, AuditEntry } from './audit-entry.entity.js';

export interface AuditFacts {
  viewer: Viewer;
  requestId: string;
}

export interface AuditRecord {
  action: string;
  target: { type: string; id: number };
  districtId?: number | null;
  partnerId?: number | null;
  changes?: AuditChanges;
}

/**
 * Adds an audit entry to the unit of work; the caller's flush writes it in the same transaction as the
 * change it describes, so there is never a change without its entry or an entry without its change.
 */
export function recordAudit(
  em: EntityManager,
  { viewer, requestId }: AuditFacts,
  record: AuditRecord,
): AuditEntry {
  const entry = em.create(AuditEntry, {
    actorUserId: viewer.userId,
    actorTokenId: viewer.tokenId,
    actorLabel: viewer.label.slice(0, 300),
    districtId: record.districtId ?? null,
    partnerId: record.partnerId ?? null,
    action: record.action,
    targetType: record.target.type,
    targetId: record.target.id,
    changes: record.changes ?? {},
    requestId: requestId.slice(0, 64),
  });
  em.persist(entry);
  return entry;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Applies `changes` (only the keys present) to `target` and returns what changed, before and after.
 * Keys named in `secret` are recorded as changed without their values.
 */
export function applyChanges<T extends object>(
  target: T,
  changes: Partial<T>,
  { secret = [] as (keyof T)[] } = {},
): AuditChanges {
  const diff: AuditChanges = {};
  for (const key of Object.keys(changes) as (keyof T)[]) {
    const next = changes[key];
    if (next === undefined || same(target[key], next)) continue;
    diff[key as string] = secret.includes(key)
      ? { from: '[hidden]', to: '[hidden]' }
      : { from: target[key] ?? null, to: next ?? null };
    target[key] = next;
  }
  return diff;
}
