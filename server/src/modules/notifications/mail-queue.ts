import { randomUUID } from 'node:crypto';
import type { Knex } from '@mikro-orm/knex';
import type { NotificationKind } from './notification.enums.js';

/**
 * An e-mail as queued. Links are paths: the runner that sends it adds the public address and the
 * signed unsubscribe link, so a queued mail holds no secret.
 */
export interface OutgoingMail {
  to: string;
  subject: string;
  /** Paragraphs of the body. */
  paragraphs: string[];
  /** Where to read more, starting with `/`. */
  path: string;
  userId: number;
  /** The kinds the unsubscribe link turns off. */
  kinds: NotificationKind[];
}

export interface ClaimedJob {
  id: number;
  /** The claim that holds it, unique to one runner and one call. */
  claim: string;
  attempts: number;
  mail: OutgoingMail;
}

/** Tries of one job before it is given up; waits between them double from `RETRY_BASE_MS`. */
export const MAX_ATTEMPTS = 6;
const RETRY_BASE_MS = 30_000;

/** Queues a mail once per key; a second call with the same key changes nothing. */
export async function enqueueMail(db: Knex, dedupeKey: string, mail: OutgoingMail, now = Date.now()) {
  await db('mail_job')
    .insert({
      dedupe_key: dedupeKey,
      message: JSON.stringify(mail),
      run_at: now,
      attempts: 0,
      created_at: now,
    })
    .onConflict('dedupe_key')
    .ignore();
}

/**
 * Claims up to `limit` due jobs for one runner, for `leaseMs`. Two runners never hold the same job:
 * on PostgreSQL the candidates are read `FOR UPDATE SKIP LOCKED` (runners do not wait for each
 * other), and the claim is a conditional update that only a free job passes (SQLite runs one writer
 * at a time, so there the update alone decides).
 */
export async function claimJobs(
  db: Knex,
  {
    runner,
    limit,
    leaseMs,
    now = Date.now(),
  }: { runner: string; limit: number; leaseMs: number; now?: number },
): Promise<ClaimedJob[]> {
  const claim = `${runner}:${randomUUID()}`;
  await db.transaction(async (trx) => {
    const due = trx('mail_job')
      .select('id')
      .whereNull('sent_at')
      .whereNull('given_up_at')
      .andWhere('run_at', '<=', now)
      .andWhere((free) => void free.whereNull('lease_until').orWhere('lease_until', '<', now))
      .orderBy([{ column: 'run_at' }, { column: 'id' }])
      .limit(limit);
    if ((trx.client as { dialect?: string }).dialect === 'postgresql') void due.forUpdate().skipLocked();
    const ids = (await due).map((r: { id: number }) => r.id);
    if (!ids.length) return;
    await trx('mail_job')
      .whereIn('id', ids)
      .whereNull('sent_at')
      .andWhere((free) => void free.whereNull('lease_until').orWhere('lease_until', '<', now))
      .update({ claimed_by: claim, lease_until: now + leaseMs });
  });
  const rows: { id: number; attempts: number; message: string }[] = await db('mail_job')
    .select('id', 'attempts', 'message')
    .where({ claimed_by: claim })
    .orderBy('id');
  return rows.map((r) => ({
    id: Number(r.id),
    claim,
    attempts: Number(r.attempts),
    mail: JSON.parse(r.message) as OutgoingMail,
  }));
}

/** Marks a claimed job sent; false when the claim had run out and another runner took it. */
export async function completeJob(db: Knex, job: ClaimedJob, now = Date.now()) {
  const updated = await db('mail_job')
    .where({ id: job.id, claimed_by: job.claim })
    .update({ sent_at: now, attempts: job.attempts + 1, lease_until: null, last_error: null });
  return updated > 0;
}

/** Puts a failed job back for a later try, or gives it up after `MAX_ATTEMPTS`. */
export async function failJob(db: Knex, job: ClaimedJob, error: string, now = Date.now()) {
  const attempts = job.attempts + 1;
  const last = attempts >= MAX_ATTEMPTS;
  await db('mail_job')
    .where({ id: job.id, claimed_by: job.claim })
    .update({
      attempts,
      lease_until: null,
      claimed_by: null,
      last_error: error.slice(0, 2000),
      run_at: now + RETRY_BASE_MS * 2 ** (attempts - 1),
      ...(last ? { given_up_at: now } : {}),
    });
}
