import type { EntityManager } from '@mikro-orm/knex';
import { idOfType } from '../../graphql/global-id.js';

/** The id of every district's newest published opportunity list; one statement. */
export async function newestVersionIds(em: EntityManager): Promise<number[]> {
  const rows = await em
    .getConnection()
    .execute<{ id: number }[]>(
      'select v.id from opportunity_list_version v where v.number = (select max(w.number) from opportunity_list_version w where w.district_id = v.district_id)',
    );
  return rows.map((r) => Number(r.id));
}

/**
 * Whether `key`, a published list version's global id, is still its district's newest version. Public
 * reads that carry it in their URL may be kept by shared caches: a publish gives the district a new key.
 */
export async function isNewestVersionKey(em: EntityManager, key: string): Promise<boolean> {
  const id = idOfType(key, 'OpportunityListVersion');
  if (id === null) return false;
  const rows = await em
    .getConnection()
    .execute<unknown[]>(
      'select 1 from opportunity_list_version v where v.id = ? and not exists (select 1 from opportunity_list_version w where w.district_id = v.district_id and w.number > v.number)',
      [id],
    );
  return rows.length > 0;
}
