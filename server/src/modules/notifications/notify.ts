import type { EntityManager, Knex } from '@mikro-orm/knex';
import type { Viewer } from '../access/index.js';
import { enqueueMail } from './mail-queue.js';
import { Notification } from './notification.entity.js';
import { NotificationDelivery, type NotificationKind } from './notification.enums.js';
import { type Audience, recipientsOf } from './recipients.js';

/** Something that happened, to tell the people concerned. */
export interface NotificationEvent {
  kind: NotificationKind;
  title: string;
  body: string;
  /** Where in the app to read about it, starting with `/`. */
  path: string;
  /** The same key for the same event: each person is told once however often it is announced. */
  dedupeKey: string;
  audiences: readonly Audience[];
  /** People named one by one (a mention); they too must pass `mayRead`. */
  userIds?: readonly number[];
  /** The rule that guards reading the thing: nobody is told of what they may not read. */
  mayRead: (viewer: Viewer) => boolean | Promise<boolean>;
  /** Who acted: not told of their own act. */
  actorUserId?: number | null;
}

/**
 * Records the event in the app for everyone concerned and queues their e-mail (at once, or held for
 * the daily digest, as each person prefers), in one transaction. Call it after the change it tells
 * of has committed; it never undoes that change, so a failure is logged by the caller.
 * @returns how many people were told.
 */
export async function notify(em: EntityManager, event: NotificationEvent): Promise<number> {
  const fork = em.fork();
  const recipients = await recipientsOf(fork, event);
  if (!recipients.length) return 0;
  const preferences = await deliveriesOf(
    fork,
    event.kind,
    recipients.map((r) => r.userId),
  );
  const now = new Date();
  await fork.transactional(async (tx) => {
    const trx = tx.getTransactionContext<Knex.Transaction>()!;
    for (const r of recipients) {
      const delivery = preferences.get(r.userId) ?? NotificationDelivery.IMMEDIATE;
      await tx
        .createQueryBuilder(Notification)
        .insert({
          user: r.userId,
          kind: event.kind,
          title: event.title,
          body: event.body,
          path: event.path,
          dedupeKey: event.dedupeKey,
          createdAt: now,
          awaitingDigest: delivery === NotificationDelivery.DAILY_DIGEST,
        })
        .onConflict(['user_id', 'dedupe_key'])
        .ignore()
        .execute();
      if (delivery !== NotificationDelivery.IMMEDIATE) continue;
      await enqueueMail(trx, `notification:${r.userId}:${event.dedupeKey}`, {
        to: r.email,
        subject: event.title,
        paragraphs: [event.body],
        path: event.path,
        userId: r.userId,
        kinds: [event.kind],
      });
    }
  });
  return recipients.length;
}

/** Each person's e-mail delivery for one kind, where they chose one. */
export async function deliveriesOf(
  em: EntityManager,
  kind: NotificationKind,
  userIds: number[],
): Promise<Map<number, NotificationDelivery>> {
  const rows: { user_id: number; delivery: NotificationDelivery }[] = await em
    .getKnex()('notification_preference')
    .select('user_id', 'delivery')
    .where({ kind })
    .whereIn('user_id', userIds);
  return new Map(rows.map((r) => [Number(r.user_id), r.delivery]));
}
