import { ErrorCode, normalizeEmail } from '@partnerhub/shared';
import type { Context } from '../../graphql/context.js';
import { userError } from '../../graphql/user-errors.js';
import { recordAudit } from '../audit/index.js';
import { hashPassword } from './password.js';
import { newPasswordProblem } from './password-rules.js';
import { PasswordReset } from './password-reset.entity.js';
import { hashSecret, newSecret } from './secrets.js';
import { endAllSessions, startSession } from './session.service.js';
import { User } from './user.entity.js';

const RESET_TTL_MINUTES = 60;
const RESEND_AFTER_MS = 60_000;

/**
 * E-mails a reset link when the address has an account (at most one a minute); answers the same
 * either way so the form cannot be used to find out who has an account. A new link ends every
 * older one of the account, so only the newest e-mail works.
 */
export async function requestPasswordReset(ctx: Context, rawEmail: string): Promise<void> {
  const email = normalizeEmail(rawEmail);
  const user = email ? await ctx.em.findOne(User, { email }) : null;
  if (!user) return;
  const recent = await ctx.em.count(PasswordReset, {
    user,
    createdAt: { $gt: new Date(Date.now() - RESEND_AFTER_MS) },
  });
  if (recent) return;
  const { secret, hash } = newSecret('phr');
  await expireResetLinks(ctx, user.id);
  ctx.em.create(PasswordReset, {
    secretHash: hash,
    user,
    expiresAt: new Date(Date.now() + RESET_TTL_MINUTES * 60_000),
  });
  await ctx.em.flush();
  await ctx.app.mailer.send({
    to: user.email,
    subject: 'Reset your PartnerHub password',
    text: [
      `Someone (hopefully you) asked to reset the password of ${user.email} on PartnerHub.`,
      '',
      `Choose a new password: ${ctx.app.publicUrl}/reset-password/${secret}`,
      '',
      `The link works once and expires in ${RESET_TTL_MINUTES} minutes. If you did not ask, ignore this e-mail: your password stays as it is.`,
    ].join('\n'),
  });
}

/** Ends every unused reset link of the user (a newer one was sent, or the password was just reset). */
async function expireResetLinks(ctx: Context, userId: number): Promise<void> {
  const now = new Date();
  await ctx.em.nativeUpdate(
    PasswordReset,
    { user: userId, usedAt: null, expiresAt: { $gt: now } },
    { expiresAt: now },
  );
}

const EXPIRED =
  'This reset link has expired, was already used, or a newer one was sent. Use the newest link, or ask for a new one.';

/** Sets a new password from a valid link, ends every other session and signs this browser in. */
export async function resetPassword(ctx: Context, secret: string, password: string) {
  const reset = await ctx.em.findOne(
    PasswordReset,
    { secretHash: hashSecret(secret) },
    { populate: ['user'] },
  );
  if (!reset || reset.usedAt || reset.expiresAt <= new Date())
    return { userId: null, sessionSecret: null, errors: [userError('token', EXPIRED, ErrorCode.EXPIRED)] };
  const problem = await newPasswordProblem(password, { email: reset.user.email });
  if (problem) return { userId: null, sessionSecret: null, errors: [userError('password', problem)] };
  const passwordHash = await hashPassword(password);
  const claimed = await ctx.em.nativeUpdate(
    PasswordReset,
    { id: reset.id, usedAt: null },
    { usedAt: new Date() },
  );
  if (claimed !== 1)
    return { userId: null, sessionSecret: null, errors: [userError('token', EXPIRED, ErrorCode.EXPIRED)] };
  const user = reset.user;
  user.passwordHash = passwordHash;
  user.passwordChangedAt = new Date();
  recordAudit(
    ctx.em,
    { viewer: { ...ctx.viewer, userId: user.id, label: user.name }, requestId: ctx.requestId },
    {
      action: 'user.resetPassword',
      target: { type: 'User', id: user.id },
      changes: { password: { from: '[hidden]', to: '[hidden]' } },
    },
  );
  await ctx.em.flush();
  await expireResetLinks(ctx, user.id);
  await endAllSessions(ctx.em, user.id, ctx.app.revocations);
  const sessionSecret = await startSession(ctx.em, user, ctx, ctx.app.sessionTtlDays);
  return { userId: user.id, sessionSecret, errors: [] };
}
