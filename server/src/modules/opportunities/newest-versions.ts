import type { EntityManager } from '@mikro-orm/knex';

/** The id of every district's newest published opportunity list; one statement. */
export async function newestVersionIds(em: EntityManager): Promise<number[]> {
  const rows = await em
    .getConnection()
    .execute<{ id: number }[]>(
      'select v.id from opportunity_list_version v where v.number = (select max(w.number) from opportunity_list_version w where w.district_id = v.district_id)',
    );
  return rows.map((r) => Number(r.id));
}
