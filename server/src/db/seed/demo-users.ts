import type { EntityManager } from '@mikro-orm/core';
import { DEMO_ACCOUNTS, Membership, hashPassword, User } from '../../modules/identity/index.js';
import { District, PartnerOrganization, StateAgency } from '../../modules/organizations/index.js';

/** Creates the demo accounts that are missing (by e-mail) with their memberships. */
export async function seedDemoUsers(em: EntityManager): Promise<void> {
  for (const account of DEMO_ACCOUNTS) {
    if (await em.findOne(User, { email: account.email })) continue;
    const district = account.district ? await em.findOne(District, { slug: account.district }) : null;
    const partner = account.partner ? await em.findOne(PartnerOrganization, { slug: account.partner }) : null;
    const stateAgency = account.stateAgency
      ? await em.findOne(StateAgency, { state: account.stateAgency })
      : null;
    if (!district && !partner && !stateAgency) continue;
    const user = em.create(User, {
      email: account.email,
      name: account.name,
      passwordHash: await hashPassword(account.password),
    });
    em.create(Membership, { user, role: account.role, district, partner, stateAgency });
  }
  await em.flush();
}
