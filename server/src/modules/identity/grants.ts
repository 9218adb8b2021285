import type { EntityManager } from '@mikro-orm/knex';
import { type Grant } from '../access/index.js';
import { districtIdsByState } from '../organizations/index.js';
import { Membership } from './membership.entity.js';

/**
 * What a user's memberships grant. A state role is granted in its agency and, with no invitation,
 * in every district whose `state` is the agency's: read now, so a district created later is covered
 * from the user's next request.
 */
export async function grantsOfUser(em: EntityManager, userId: number): Promise<Grant[]> {
  const memberships = await em.find(Membership, { user: userId }, { populate: ['stateAgency'] });
  const grants = memberships.map((m): Grant => ({
    role: m.role,
    districtId: m.district?.id ?? null,
    partnerId: m.partner?.id ?? null,
    stateAgencyId: m.stateAgency?.id ?? null,
  }));
  const agencies = memberships.filter((m) => m.stateAgency);
  if (agencies.length === 0) return grants;
  const districts = await districtIdsByState(
    em,
    agencies.map((m) => m.stateAgency!.state),
  );
  for (const m of agencies)
    for (const districtId of districts.get(m.stateAgency!.state) ?? [])
      grants.push({ role: m.role, districtId, partnerId: null, stateAgencyId: m.stateAgency!.id });
  return grants;
}
