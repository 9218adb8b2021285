import type { EntityManager } from '@mikro-orm/knex';
import { ErrorCode, ROLE_LABELS, type Role, wrongAccountMessage } from '@partnerhub/shared';
import type { AppServices, Context } from '../../graphql/context.js';
import { InputChecks } from '../../graphql/input-checks.js';
import { userError } from '../../graphql/user-errors.js';
import { recordAudit } from '../audit/index.js';
import { InvitationStatus } from './identity.types.js';
import { Invitation } from './invitation.entity.js';
import { Membership } from './membership.entity.js';
import {
  type OrganizationRef,
  auditScope,
  organizationOf,
  organizationScope,
  roleFits,
} from '../organizations/index.js';
import { hashPassword } from './password.js';
import { newPasswordProblem } from './password-rules.js';
import { hashSecret, newSecret } from './secrets.js';
import { User } from './user.entity.js';

export const INVITATION_TTL_DAYS = 7;
const EXPIRED = 'This invitation link has expired, was already used or was withdrawn. Ask for a new one.';

export function invitationStatus(invitation: Invitation, now = new Date()): InvitationStatus {
  if (invitation.revokedAt) return InvitationStatus.REVOKED;
  if (invitation.acceptedAt) return InvitationStatus.ACCEPTED;
  if (invitation.expiresAt <= now) return InvitationStatus.EXPIRED;
  return InvitationStatus.PENDING;
}

/** Creates an invitation and e-mails its link; nothing is kept when the mail cannot be sent. */
export async function inviteMember({
  ctx,
  org,
  email: rawEmail,
  role,
}: {
  ctx: Context;
  org: OrganizationRef;
  email: string;
  role: Role;
}) {
  const check = new InputChecks();
  const email = check.email('email', rawEmail, { required: true });
  if (!roleFits(org, role)) check.fail('role', `${ROLE_LABELS[role]} is not a role in ${org.name}.`);
  if (!check.ok || !email) return { invitation: null, userErrors: check.errors };
  const { em } = ctx;
  const { secret, hash } = newSecret('phi');
  const invitation = await em.transactional(async (tx) => {
    const created = tx.create(Invitation, {
      secretHash: hash,
      email,
      role,
      district: org.district,
      partner: org.partner,
      stateAgency: org.stateAgency,
      invitedBy: ctx.viewer.userId,
      expiresAt: new Date(Date.now() + INVITATION_TTL_DAYS * 86_400_000),
    });
    await tx.flush();
    recordAudit(tx, ctx, {
      action: 'invitation.create',
      target: { type: 'Invitation', id: created.id },
      ...auditScope(org),
      changes: { email: { from: null, to: email }, role: { from: null, to: role } },
    });
    return created;
  });
  try {
    await ctx.app.mailer.send(
      invitationMail(ctx.app, { email, role, org, inviter: ctx.viewer.label, secret }),
    );
  } catch (error) {
    ctx.log.error({ err: error }, 'invitation e-mail failed');
    // Withdrawn rather than deleted, so the audit trail still matches the rows.
    await em.nativeUpdate(Invitation, { id: invitation.id }, { revokedAt: new Date() });
    recordAudit(em, ctx, {
      action: 'invitation.revoke',
      target: { type: 'Invitation', id: invitation.id },
      ...auditScope(org),
      changes: { reason: { from: null, to: 'e-mail could not be sent' } },
    });
    await em.flush();
    return {
      invitation: null,
      userErrors: [
        userError('email', 'The invitation e-mail could not be sent. Try again in a few minutes.'),
      ],
    };
  }
  return { invitation, userErrors: [] };
}

function invitationMail(
  app: AppServices,
  {
    email,
    role,
    org,
    inviter,
    secret,
  }: { email: string; role: Role; org: OrganizationRef; inviter: string; secret: string },
) {
  return {
    to: email,
    subject: `${inviter} invited you to ${org.name} on PartnerHub`,
    text: [
      `${inviter} invited you to join ${org.name} on PartnerHub as ${ROLE_LABELS[role].toLowerCase()}.`,
      '',
      `Accept the invitation: ${app.publicUrl}/invitations/${secret}`,
      '',
      `The link works once and expires in ${INVITATION_TTL_DAYS} days. If you did not expect it, ignore this e-mail.`,
    ].join('\n'),
  };
}

/** Refuses an invitation accepted by a signed-in account other than the one it was sent to. */
async function wrongAccount(em: EntityManager, userId: number, invited: string) {
  const user = await em.findOneOrFail(User, userId);
  if (user.email.toLowerCase() === invited.toLowerCase()) return null;
  return userError(null, wrongAccountMessage(invited, user.email), ErrorCode.WRONG_ACCOUNT);
}

/** The organization an invitation is to, whose member managers may withdraw it. */
export function organizationOfInvitation(invitation: Invitation): OrganizationRef {
  return organizationOf(invitation);
}

/**
 * Withdraws an invitation so its link stops working; audited. One already accepted or withdrawn is
 * left as it is, so asking twice changes nothing.
 */
export async function revokeInvitation({
  ctx,
  invitation,
  org,
}: {
  ctx: Context;
  invitation: Invitation;
  org: OrganizationRef;
}): Promise<void> {
  if (invitation.revokedAt || invitation.acceptedAt) return;
  invitation.revokedAt = new Date();
  recordAudit(ctx.em, ctx, {
    action: 'invitation.revoke',
    target: { type: 'Invitation', id: invitation.id },
    ...auditScope(org),
    changes: { revokedAt: { from: null, to: invitation.revokedAt.toISOString() } },
  });
  await ctx.em.flush();
}

/** The invitation behind a link secret, with its organization, or null. */
export function findInvitation(em: EntityManager, secret: string) {
  return em.findOne(
    Invitation,
    { secretHash: hashSecret(secret) },
    { populate: ['district', 'partner', 'stateAgency'] },
  );
}

/**
 * Accepts an invitation exactly once: the signed-in user joins, or a new account is created for the
 * invited address. An existing account must sign in first, so nobody takes over someone else's, and
 * only the account of the invited address may accept it (an invitation is for that address).
 */
export async function acceptInvitation({
  ctx,
  secret,
  name,
  password,
}: {
  ctx: Context;
  secret: string;
  name?: string | null;
  password?: string | null;
}): Promise<{
  membership: Membership | null;
  userId: number | null;
  errors: ReturnType<typeof userError>[];
}> {
  const invitation = await findInvitation(ctx.em, secret);
  if (!invitation || invitationStatus(invitation) !== InvitationStatus.PENDING)
    return { membership: null, userId: null, errors: [userError('token', EXPIRED, ErrorCode.EXPIRED)] };
  let userId = ctx.viewer.kind === 'user' ? ctx.viewer.userId : null;
  if (userId !== null) {
    const wrong = await wrongAccount(ctx.em, userId, invitation.email);
    if (wrong) return { membership: null, userId: null, errors: [wrong] };
  }
  const check = new InputChecks();
  let newUser: { name: string; passwordHash: string } | null = null;
  if (userId === null) {
    if (await ctx.em.count(User, { email: invitation.email }))
      return {
        membership: null,
        userId: null,
        errors: [
          userError(
            null,
            `Sign in as ${invitation.email} to accept this invitation.`,
            ErrorCode.SIGN_IN_REQUIRED,
          ),
        ],
      };
    const cleanName = check.text('name', name, { max: 200, required: true });
    const problem = password
      ? await newPasswordProblem(password, { email: invitation.email })
      : 'Choose a password.';
    if (problem) check.fail('password', problem);
    if (!check.ok) return { membership: null, userId: null, errors: check.errors };
    newUser = { name: cleanName!, passwordHash: await hashPassword(password!) };
  }
  return ctx.em.transactional(async (em) => {
    // Single use even under concurrent accepts: only one UPDATE finds the row still pending.
    const claimed = await em.nativeUpdate(
      Invitation,
      { id: invitation.id, acceptedAt: null, revokedAt: null },
      { acceptedAt: new Date() },
    );
    if (claimed !== 1)
      return { membership: null, userId: null, errors: [userError('token', EXPIRED, ErrorCode.EXPIRED)] };
    if (newUser) {
      const user = em.create(User, { email: invitation.email, ...newUser });
      await em.flush();
      userId = user.id;
    }
    const org = organizationOf(invitation);
    let membership = await em.findOne(Membership, { user: userId!, ...organizationScope(org) });
    const before = membership?.role ?? null;
    if (membership) membership.role = invitation.role;
    else
      membership = em.create(Membership, {
        user: userId!,
        role: invitation.role,
        district: org.district,
        partner: org.partner,
        stateAgency: org.stateAgency,
      });
    await em.nativeUpdate(Invitation, { id: invitation.id }, { acceptedBy: userId! });
    await em.flush();
    recordAudit(
      em,
      {
        viewer: { ...ctx.viewer, userId, label: newUser?.name ?? ctx.viewer.label },
        requestId: ctx.requestId,
      },
      {
        action: before ? 'membership.update' : 'membership.create',
        target: { type: 'Membership', id: membership.id },
        ...auditScope(org),
        changes: {
          role: { from: before, to: invitation.role },
          invitation: { from: null, to: invitation.id },
        },
      },
    );
    await em.flush();
    return { membership, userId, errors: [] };
  });
}
