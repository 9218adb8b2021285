import type { EntityManager } from '@mikro-orm/knex';
import { Role } from '@partnerhub/shared';
import type { District } from '../modules/organizations/index.js';
import { buildUser } from './identity-factories.js';
import { Invitation, PasswordReset, newSecret } from '../modules/identity/index.js';

/** A pending staff invitation to the district for a fresh address (or `email`); its link secret (or its id). */
export async function inviteFixture(
  em: EntityManager,
  district: District,
  { returnId = false, email }: { returnId?: boolean; email?: string } = {},
): Promise<string> {
  const { secret, hash } = newSecret('phi');
  const invitation = em.create(Invitation, {
    secretHash: hash,
    email: email ?? `invitee-${Math.random().toString(36).slice(2)}@example.org`,
    role: Role.DISTRICT_STAFF,
    district: district.id,
    expiresAt: new Date(Date.now() + 86_400_000),
  });
  await em.flush();
  return returnId ? String(invitation.id) : secret;
}

/** A fresh user with a valid password reset link; returns the link secret. */
export async function resetFixture(em: EntityManager): Promise<string> {
  const user = await buildUser(em);
  const { secret, hash } = newSecret('phr');
  em.create(PasswordReset, { secretHash: hash, user, expiresAt: new Date(Date.now() + 3_600_000) });
  await em.flush();
  return secret;
}
