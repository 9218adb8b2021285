import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { type PartnerKind, PartnershipStatus } from '@partnerhub/shared';
import type { Page } from '../../graphql/relay.js';
import type { Viewer } from '../access/index.js';
import { listPartners, pageOpts } from '../organizations/index.js';
import { Partnership } from './partnership.entity.js';
import { PUBLIC_PARTNERSHIP_STATUSES, prospectScope } from './partnership.policy.js';

const ALL_STATUSES = Object.values(PartnershipStatus);

/** The filter for the requested statuses (all when none asked) that the viewer may see. */
function visibleWhere(
  viewer: Viewer,
  requested: readonly PartnershipStatus[] | null | undefined,
): FilterQuery<Partnership> {
  const statuses = requested?.length ? requested : ALL_STATUSES;
  const open = statuses.filter((s) => PUBLIC_PARTNERSHIP_STATUSES.includes(s));
  const scope = statuses.includes(PartnershipStatus.PROSPECT) ? prospectScope(viewer) : null;
  if (!scope || (!scope.districtIds.length && !scope.partnerIds.length)) return { status: { $in: open } };
  return {
    $or: [
      { status: { $in: open } },
      {
        status: PartnershipStatus.PROSPECT,
        $or: [{ district: { $in: scope.districtIds } }, { partner: { $in: scope.partnerIds } }],
      },
    ],
  };
}

/**
 * Partnerships of a district or of a partner that the viewer may see (prospects only under
 * 'partnership:read'), with both sides loaded (no N+1 downstream).
 */
export async function listPartnerships(
  em: EntityManager,
  viewer: Viewer,
  side: { districtId: number } | { partnerId: number },
  statuses: readonly PartnershipStatus[] | null | undefined,
  page: Page,
) {
  const where: FilterQuery<Partnership> = {
    $and: [
      'districtId' in side ? { district: side.districtId } : { partner: side.partnerId },
      visibleWhere(viewer, statuses),
    ],
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

/**
 * Partner organizations in the directory working with a district, by partnership status (default
 * ACTIVE); prospects only for viewers who may read them.
 */
export async function listDistrictPartners(
  em: EntityManager,
  viewer: Viewer,
  districtId: number,
  filter: { kinds?: PartnerKind[] | null; query?: string | null; statuses?: PartnershipStatus[] | null },
  page: Page,
) {
  const statuses = filter.statuses?.length ? filter.statuses : [PartnershipStatus.ACTIVE];
  const links = await em.find(
    Partnership,
    { $and: [{ district: districtId }, visibleWhere(viewer, statuses)] },
    { fields: ['partner'], disableIdentityMap: true },
  );
  const ids = links.map((link) => link.partner.id);
  return listPartners(em, { kinds: filter.kinds, query: filter.query, ids }, page);
}
