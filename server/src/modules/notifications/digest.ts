import type { EntityManager, Knex } from '@mikro-orm/knex';
import { User } from '../identity/index.js';
import { enqueueMail } from './mail-queue.js';
import { Notification } from './notification.entity.js';
import { KIND_LABELS, type NotificationKind } from './notification.enums.js';

/** Digests go out from this hour (UTC) each day; what arrives later waits for the next day's. */
export const DIGEST_HOUR_UTC = 7;

/**
 * Queues one digest per person of what waited for it, once the day's digest hour has passed, and
 * marks those notifications digested in the same transaction. Idempotent: the day is part of the
 * mail's key and each notification is claimed by one digest, so instances racing here queue one
 * digest per person and day.
 * @returns how many digests were queued.
 */
export async function queueDailyDigests(em: EntityManager, now = new Date()): Promise<number> {
  if (now.getUTCHours() < DIGEST_HOUR_UTC) return 0;
  const day = now.toISOString().slice(0, 10);
  const fork = em.fork();
  const waiting = await fork.find(Notification, { awaitingDigest: true }, { orderBy: { id: 'asc' } });
  const byUser = new Map<number, Notification[]>();
  for (const n of waiting) byUser.set(n.user.id, [...(byUser.get(n.user.id) ?? []), n]);
  let queued = 0;
  for (const [userId, items] of byUser) {
    const key = `digest:${userId}:${day}`;
    // One digest a day: what arrived after today's was queued waits for tomorrow's.
    if (await fork.getKnex()('mail_job').where({ dedupe_key: key }).first('id')) continue;
    const user = await fork.findOne(User, userId);
    if (!user) continue;
    await fork
      .transactional(async (tx) => {
        const trx = tx.getTransactionContext<Knex.Transaction>()!;
        // Claim what this digest holds; a notification another instance digested first is left out.
        const ids = items.map((n) => n.id);
        const taken = await tx.nativeUpdate(
          Notification,
          { id: { $in: ids }, awaitingDigest: true },
          { awaitingDigest: false },
        );
        if (taken !== ids.length) throw new DigestRaceError();
        const kinds = [...new Set(items.map((n) => n.kind))] as NotificationKind[];
        await enqueueMail(trx, key, {
          to: user.email,
          subject: `Your PartnerHub digest: ${items.length} ${items.length === 1 ? 'notification' : 'notifications'}`,
          paragraphs: items.map((n) => `${n.title}\n${n.body}\n(${KIND_LABELS[n.kind]})`),
          path: '/workspace/notifications',
          userId,
          kinds,
        });
      })
      .then(
        () => (queued += 1),
        (error: unknown) => {
          if (!(error instanceof DigestRaceError)) throw error;
        },
      );
  }
  return queued;
}

/** Another instance queued part of this digest first; this one rolls back. */
class DigestRaceError extends Error {}
