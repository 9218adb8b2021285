import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import type { PartnerKind } from '@partnerhub/shared';
import type { Page } from '../../graphql/relay.js';
import { District } from './district.entity.js';
import { PartnerContact } from './partner-contact.entity.js';
import { PartnerOrganization } from './partner-organization.entity.js';

/** Builds a filter where every word of `query` appears (case-insensitively) in one of `fields`. */
export function wordsFilter<T>(
  query: string | null | undefined,
  fields: (keyof T & string)[],
): FilterQuery<T>[] {
  const words = (query ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 8);
  return words.map(
    (word) =>
      ({
        $or: fields.map((field) => ({ [field]: { $like: `%${word.replace(/[\\%_]/g, '')}%` } })),
      }) as FilterQuery<T>,
  );
}

/** Districts in name order, one page. */
export async function listDistricts(em: EntityManager, page: Page, state: string | null = null) {
  const [items, total] = await em.findAndCount(District, state ? { state } : {}, {
    orderBy: { name: 'asc', id: 'asc' },
    ...pageOpts(page),
  });
  return { items, total };
}

/** Partner organizations in the directory (archived ones left out), narrowed by kind and words, by name. */
export async function listPartners(
  em: EntityManager,
  { kinds, query, ids }: { kinds?: PartnerKind[] | null; query?: string | null; ids?: number[] },
  page: Page,
) {
  const where: FilterQuery<PartnerOrganization> = {
    $and: [
      { archivedAt: null },
      ...(kinds?.length ? [{ kind: { $in: kinds } }] : []),
      ...(ids ? [{ id: { $in: ids } }] : []),
      ...wordsFilter<PartnerOrganization>(query, ['name', 'description']),
    ],
  };
  const [items, total] = await em.findAndCount(PartnerOrganization, where, {
    orderBy: { name: 'asc', id: 'asc' },
    ...pageOpts(page),
  });
  return { items, total };
}

/** Contacts of a partner who agreed to be listed publicly. */
export function publicContacts(em: EntityManager, partnerId: number): Promise<PartnerContact[]> {
  return em.find(PartnerContact, { partner: partnerId, publishable: true }, { orderBy: { id: 'asc' } });
}

export function pageOpts(page: Page) {
  return { limit: page.limit, offset: page.offset };
}
