import type { EntityManager } from '@mikro-orm/knex';
import { type ApiTokenScope, DISTRICT_ROLES, Role, STATE_ROLES } from '@partnerhub/shared';
import type { District, PartnerOrganization, StateAgency } from '../modules/organizations/index.js';
import {
  ApiToken,
  authenticateSession,
  authenticateToken,
  Membership,
  hashPassword,
  newSecret,
  startSession,
  User,
} from '../modules/identity/index.js';
import type { Viewer } from '../modules/access/index.js';

let sequence = 0;
export const TEST_PASSWORD = 'correct horse battery staple';
let testHash: Promise<string> | undefined;

/** A user with a unique e-mail; the password is TEST_PASSWORD unless given (hashed once per process). */
export async function buildUser(
  em: EntityManager,
  { email, name, password }: { email?: string; name?: string; password?: string } = {},
): Promise<User> {
  const n = `${Date.now().toString(36)}${(sequence++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const passwordHash = password
    ? await hashPassword(password)
    : await (testHash ??= hashPassword(TEST_PASSWORD));
  const user = em.create(User, {
    email: email ?? `user-${n}@example.org`,
    name: name ?? `User ${n}`,
    passwordHash,
  });
  await em.persist(user).flush();
  return user;
}

/**
 * A new user holding `role` in one organization: the state agency for a state role when one is given,
 * else the district for district roles and state reviewers (held in a district, as before state
 * agencies existed), else the partner.
 */
export async function buildMember(
  em: EntityManager,
  role: Role,
  org: { district?: District; partner?: PartnerOrganization; stateAgency?: StateAgency },
  user?: User,
): Promise<User> {
  const member = user ?? (await buildUser(em));
  const inAgency = STATE_ROLES.includes(role) && org.stateAgency !== undefined;
  const inDistrict = !inAgency && (DISTRICT_ROLES.includes(role) || role === Role.STATE_REVIEWER);
  em.create(Membership, {
    user: member,
    role,
    stateAgency: inAgency ? org.stateAgency! : null,
    district: inDistrict ? org.district! : null,
    partner: inAgency || inDistrict ? null : org.partner!,
  });
  await em.flush();
  return member;
}

/** An API token of the organization; returns the secret to send as a bearer token. */
export async function buildApiToken(
  em: EntityManager,
  scope: ApiTokenScope,
  org: { district?: District; partner?: PartnerOrganization },
): Promise<string> {
  const { secret, hash } = newSecret('pht');
  em.create(ApiToken, {
    name: `Test token ${sequence++}`,
    secretHash: hash,
    prefix: secret.slice(0, 12),
    scope,
    district: org.district ?? null,
    partner: org.partner ?? null,
  });
  await em.flush();
  return secret;
}

/** The viewer a real session of the user resolves to (through the same code as requests). */
export async function viewerOfUser(em: EntityManager, user: User): Promise<Viewer> {
  const secret = await startSession(em, user, { ip: '127.0.0.1', userAgent: 'test' }, 30);
  const result = await authenticateSession(em, secret, 30);
  if (!result.ok) throw new Error('a fresh session did not authenticate');
  return result.viewer;
}

/** The viewer an API token secret resolves to. */
export async function viewerOfToken(em: EntityManager, secret: string): Promise<Viewer> {
  const result = await authenticateToken(em, secret);
  if (!result.ok) throw new Error('a fresh token did not authenticate');
  return result.viewer;
}
