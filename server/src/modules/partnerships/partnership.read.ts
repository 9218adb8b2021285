import type { EntityManager } from '@mikro-orm/core';
import { type PartnerKind, type PartnershipStatus, PartnershipStatus as Status } from '@partnerhub/shared';
import type { Page } from '../../graphql/relay.js';
import { listPartners, pageOpts } from '../organizations/index.js';
import { Partnership } from './partnership.entity.js';
import { visibleStatuses } from './partnership.policy.js';

/** Visible partnerships of a district or of a partner, with both sides loaded (no N+1 downstream). */
export async function listPartnerships(
  em: EntityManager,
  side: { districtId: number } | { partnerId: number },
  statuses: readonly PartnershipStatus[] | null | undefined,
  page: Page,
) {
  const where = {
    ...('districtId' in side ? { district: side.districtId } : { partner: side.partnerId }),
    status: { $in: visibleStatuses(statuses) },
  };
  const [items, total] = await em.findAndCount(Partnership, where, {
    populate: ['district', 'partner'],
    orderBy:
      'districtId' in side
        ? { partner: { name: 'asc' }, id: 'asc' }
        : { district: { name: 'asc' }, id: 'asc' },
    ...pageOpts(page),
  });
  return { items, total };
}

/** Partner organizations working with a district, by partnership status (default ACTIVE). */
export async function listDistrictPartners(
  em: EntityManager,
  districtId: number,
  filter: { kinds?: PartnerKind[] | null; query?: string | null; statuses?: PartnershipStatus[] | null },
  page: Page,
) {
  const statuses = filter.statuses?.length ? visibleStatuses(filter.statuses) : [Status.ACTIVE];
  const links = await em.find(
    Partnership,
    { district: districtId, status: { $in: statuses } },
    { fields: ['partner'] },
  );
  const ids = links.map((link) => link.partner.id);
  return listPartners(em, { kinds: filter.kinds, query: filter.query, ids }, page);
}
