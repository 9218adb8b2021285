import type { EntityManager } from '@mikro-orm/knex';
import { Role } from '@partnerhub/shared';

/** Whether any member of the partner holds its admin role (then no district speaks for it). */
export async function partnerHasAdmin(em: EntityManager, partnerId: number): Promise<boolean> {
  const rows = await em
    .getConnection()
    .execute<{ n: number }[]>('select count(*) as n from membership where partner_id = ? and role = ?', [
      partnerId,
      Role.PARTNER_ADMIN,
    ]);
  return Number(rows[0]?.n ?? 0) > 0;
}
