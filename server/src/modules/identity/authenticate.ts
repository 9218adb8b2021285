import type { EntityManager } from '@mikro-orm/knex';
import { ApiTokenScope } from '@partnerhub/shared';
import { ApiToken } from './api-token.entity.js';
import { hashSecret } from './secrets.js';
import { Session } from './session.entity.js';
import { type Viewer, tokenGrant } from '../access/index.js';
import { grantsOfUser } from './grants.js';

const TOUCH_EVERY_MS = 60 * 60 * 1000;
const TOKEN_TOUCH_EVERY_MS = 60 * 1000;

export type Authentication =
  /** `expiresAt`: when the credential stops being valid unless used again (sessions slide). */
  | { ok: true; viewer: Viewer; expiresAt: Date | null }
  /** The credential was presented but is unknown, expired or revoked. */
  | { ok: false; reason: 'session' | 'token' };

/** The viewer behind a session secret; sliding expiry is refreshed at most once an hour. */
export async function authenticateSession(
  em: EntityManager,
  secret: string,
  ttlDays: number,
  now = new Date(),
): Promise<Authentication> {
  const session = await em.findOne(
    Session,
    { secretHash: hashSecret(secret), revokedAt: null, expiresAt: { $gt: now } },
    { populate: ['user'] },
  );
  if (!session) return { ok: false, reason: 'session' };
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    session.lastSeenAt = now;
    session.expiresAt = new Date(now.getTime() + ttlDays * 86_400_000);
    await em.flush();
  }
  const grants = await grantsOfUser(em, session.user.id);
  return {
    ok: true,
    expiresAt: session.expiresAt,
    viewer: {
      kind: 'user',
      userId: session.user.id,
      sessionId: session.id,
      tokenId: null,
      label: session.user.name,
      grants,
      readOnly: false,
    },
  };
}

/** The viewer behind an API token: its organization, with the token's scope. */
export async function authenticateToken(
  em: EntityManager,
  secret: string,
  now = new Date(),
): Promise<Authentication> {
  const token = await em.findOne(ApiToken, { secretHash: hashSecret(secret), revokedAt: null });
  if (!token || (token.expiresAt && token.expiresAt <= now)) return { ok: false, reason: 'token' };
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > TOKEN_TOUCH_EVERY_MS) {
    token.lastUsedAt = now;
    await em.flush();
  }
  return {
    ok: true,
    expiresAt: token.expiresAt ?? null,
    viewer: {
      kind: 'token',
      userId: null,
      sessionId: null,
      tokenId: token.id,
      label: `API token "${token.name}"`,
      grants: [tokenGrant(token.district?.id ?? null, token.partner?.id ?? null)],
      readOnly: token.scope === ApiTokenScope.READ,
    },
  };
}
