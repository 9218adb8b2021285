import type { EntityManager } from '@mikro-orm/knex';
import { ErrorCode, normalizeEmail } from '@partnerhub/shared';
import type { RevocationBus } from '../../events/revocation.js';
import type { AppServices } from '../../graphql/context.js';
import { type UserError, userError } from '../../graphql/user-errors.js';
import { verifyPassword } from './password.js';
import { newSecret } from './secrets.js';
import { Session } from './session.entity.js';
import { User } from './user.entity.js';

interface ClientFacts {
  ip: string;
  userAgent: string | null;
}

/** Starts a session for the user; returns the secret for the cookie (stored only as a hash). */
export async function startSession(
  em: EntityManager,
  user: User,
  { ip, userAgent }: ClientFacts,
  ttlDays: number,
): Promise<string> {
  const { secret, hash } = newSecret('phs');
  em.create(Session, {
    secretHash: hash,
    user,
    expiresAt: new Date(Date.now() + ttlDays * 86_400_000),
    ip: ip.slice(0, 64),
    userAgent: userAgent?.slice(0, 300) ?? null,
  });
  await em.flush();
  return secret;
}

type SignInResult =
  { user: User; secret: string } | { errors: UserError[]; retryAfterSeconds: number | null };

const WRONG = 'That e-mail and password do not match an account.';

/**
 * Checks e-mail and password, throttled per account and per IP before any hashing work, so a flood of
 * guesses costs the server almost nothing and never reveals which addresses have accounts.
 */
export async function signIn({
  em,
  app,
  email: rawEmail,
  password,
  client,
}: {
  em: EntityManager;
  app: AppServices;
  email: string;
  password: string;
  client: ClientFacts;
}): Promise<SignInResult> {
  const email = normalizeEmail(rawEmail) ?? rawEmail.trim().toLowerCase().slice(0, 320);
  const attempt = await app.signInThrottle.attempt(email, client.ip);
  if ('retryAfterSeconds' in attempt) {
    const wait = attempt.retryAfterSeconds;
    const minutes = Math.ceil(wait / 60);
    return {
      errors: [
        userError(
          null,
          `Too many failed sign-ins. Wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again, or reset your password.`,
          ErrorCode.TOO_MANY_ATTEMPTS,
        ),
      ],
      retryAfterSeconds: wait,
    };
  }
  const user = password.length <= 256 ? await em.findOne(User, { email }) : null;
  const ok = await verifyPassword(user?.passwordHash ?? null, password.slice(0, 256));
  if (!user || !ok)
    return { errors: [userError(null, WRONG, ErrorCode.INVALID_CREDENTIALS)], retryAfterSeconds: null };
  await attempt.succeeded();
  return { user, secret: await startSession(em, user, client, app.sessionTtlDays) };
}

/** Revokes one session; its open collaboration connections are closed before this resolves. */
export async function endSession(
  em: EntityManager,
  sessionId: number,
  revocations: RevocationBus,
): Promise<void> {
  await em.nativeUpdate(Session, { id: sessionId, revokedAt: null }, { revokedAt: new Date() });
  await revocations.publish({ kind: 'session', sessionId });
}

/**
 * Revokes every session of the user ("sign out everywhere"); returns how many were open. Their open
 * collaboration connections are closed before this resolves.
 */
export async function endAllSessions(
  em: EntityManager,
  userId: number,
  revocations: RevocationBus,
): Promise<number> {
  const ended = await em.nativeUpdate(Session, { user: userId, revokedAt: null }, { revokedAt: new Date() });
  await revocations.publish({ kind: 'user-sessions', userId });
  return ended;
}
