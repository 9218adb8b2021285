import type { EntityManager } from '@mikro-orm/knex';
import { ErrorCode } from '@partnerhub/shared';
import { PublicError } from '../../graphql/errors.js';
import type { Page } from '../../graphql/relay.js';
import { type UserError, userError } from '../../graphql/user-errors.js';
import { type Viewer, isSignedIn } from '../access/index.js';
import { NotificationPreference } from './notification-preference.entity.js';
import { Notification } from './notification.entity.js';
import {
  KIND_LABELS,
  NOTIFICATION_KINDS,
  NotificationDelivery,
  type NotificationKind,
} from './notification.enums.js';
import type { NotificationPreferenceType } from './notification.types.js';

/**
 * The person asking: notifications are theirs alone.
 * @throws PublicError UNAUTHENTICATED for the public, FORBIDDEN for an API token (it is no person).
 */
export function personOf(viewer: Viewer): number {
  if (!isSignedIn(viewer)) throw new PublicError(ErrorCode.UNAUTHENTICATED, 'Sign in first.');
  if (viewer.userId === null)
    throw new PublicError(
      ErrorCode.FORBIDDEN,
      'An API token acts for an organization and has no notifications.',
    );
  return viewer.userId;
}

/** One page of a person's notifications, newest first, with the total. */
export async function listNotifications(em: EntityManager, userId: number, page: Page) {
  const [items, total] = await em.findAndCount(
    Notification,
    { user: userId },
    { orderBy: { id: 'desc' }, limit: page.limit, offset: page.offset },
  );
  return { items, total };
}

export function unreadCount(em: EntityManager, userId: number): Promise<number> {
  return em.count(Notification, { user: userId, readAt: null });
}

/** Marks the given notifications of the person read (all when `ids` is null); others' are untouched. */
export async function markRead(em: EntityManager, userId: number, ids: number[] | null): Promise<number> {
  return em.nativeUpdate(
    Notification,
    { user: userId, readAt: null, ...(ids ? { id: { $in: ids } } : {}) },
    { readAt: new Date() },
  );
}

/** Every kind with the person's e-mail choice (at once where they made none). */
export async function preferencesOf(
  em: EntityManager,
  userId: number,
): Promise<NotificationPreferenceType[]> {
  const rows = await em.find(NotificationPreference, { user: userId });
  const chosen = new Map(rows.map((r) => [r.kind, r.delivery]));
  return NOTIFICATION_KINDS.map((kind) => ({
    kind,
    label: KIND_LABELS[kind],
    email: chosen.get(kind) ?? NotificationDelivery.IMMEDIATE,
  }));
}

/**
 * Sets the person's e-mail choice for the given kinds, all or nothing; a kind named twice is refused.
 */
export async function setPreferences(
  em: EntityManager,
  userId: number,
  choices: readonly { kind: NotificationKind; email: NotificationDelivery }[],
): Promise<UserError[]> {
  const seen = new Set<NotificationKind>();
  for (const [i, c] of choices.entries()) {
    if (seen.has(c.kind))
      return [userError(`preferences.${i}.kind`, `${c.kind} is named twice; name each kind once.`)];
    seen.add(c.kind);
  }
  await em.transactional(async (tx) => {
    for (const c of choices) {
      await tx
        .createQueryBuilder(NotificationPreference)
        .insert({ user: userId, kind: c.kind, delivery: c.email })
        .onConflict(['user_id', 'kind'])
        .merge(['delivery'])
        .execute();
      // Choosing the digest (or nothing) holds back only what comes later; choosing e-mail at once
      // sends nothing that waited for a digest, and turning e-mail off drops what waited.
      if (c.email !== NotificationDelivery.DAILY_DIGEST)
        await tx.nativeUpdate(
          Notification,
          { user: userId, kind: c.kind, awaitingDigest: true },
          { awaitingDigest: false },
        );
    }
  });
  return [];
}
