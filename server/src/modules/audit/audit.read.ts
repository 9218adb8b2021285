import { type FilterQuery, raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { Page } from '../../graphql/relay.js';
import { AuditEntry } from './audit-entry.entity.js';

export interface AuditFilter {
  districtId?: number;
  partnerId?: number;
  target?: { type: string; id: number };
  action?: string | null;
  actorUserId?: number | null;
  since?: Date | null;
  until?: Date | null;
}

/** One page of audit entries matching the filter, newest first, with the total count. */
export async function listAuditEntries(em: EntityManager, filter: AuditFilter, page: Page) {
  const where: FilterQuery<AuditEntry> = {};
  if (filter.districtId !== undefined) where.districtId = filter.districtId;
  if (filter.partnerId !== undefined) where.partnerId = filter.partnerId;
  if (filter.target) Object.assign(where, { targetType: filter.target.type, targetId: filter.target.id });
  // A prefix is compared as text, not as a LIKE pattern, so "%" and "_" in it match only themselves.
  if (filter.action?.endsWith('.'))
    Object.assign(where, { [raw('substr(action, 1, ?)', [filter.action.length])]: filter.action });
  else if (filter.action) where.action = filter.action;
  if (filter.actorUserId) where.actorUserId = filter.actorUserId;
  if (filter.since || filter.until)
    where.createdAt = {
      ...(filter.since ? { $gte: filter.since } : {}),
      ...(filter.until ? { $lt: filter.until } : {}),
    };
  const [items, total] = await em.findAndCount(AuditEntry, where, {
    orderBy: { id: 'desc' },
    limit: page.limit,
    offset: page.offset,
  });
  return { items, total };
}
