import type { EntityManager } from '@mikro-orm/knex';
import { Role } from '@partnerhub/shared';
import { Membership } from './membership.entity.js';

/** The e-mail addresses of an organization's admins, for notices only they should act on. */
export async function adminEmailsOf(
  em: EntityManager,
  org: { districtId: number } | { partnerId: number },
): Promise<string[]> {
  const where =
    'districtId' in org
      ? { district: org.districtId, role: Role.DISTRICT_ADMIN }
      : { partner: org.partnerId, role: Role.PARTNER_ADMIN };
  const admins = await em.find(Membership, where, { populate: ['user'], orderBy: { id: 'asc' } });
  return admins.map((m) => m.user.email);
}

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
