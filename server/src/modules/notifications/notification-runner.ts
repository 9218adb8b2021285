import os from 'node:os';
import type { EntityManager } from '@mikro-orm/knex';
import type { Logger } from 'pino';
import type { Orm } from '../../db/orm.js';
import type { Mailer } from '../../mail/mailer.js';
import { queueDailyDigests } from './digest.js';
import { claimJobs, completeJob, failJob } from './mail-queue.js';
import { renderMail } from './mail-render.js';
import { signingKey } from './unsubscribe-token.js';

/** A job that runs once a day in effect: idempotent, so every instance may run it every hour. */
export type DailyScan = (em: EntityManager, now: Date) => Promise<unknown>;

export interface NotificationRunner {
  /** Sends what is due now (and runs the daily work when an hour has passed since its last run). */
  tick(now?: Date): Promise<{ sent: number; failed: number }>;
  close(): Promise<void>;
}

const BATCH = 20;
const LEASE_MS = 2 * 60_000;
const SCAN_EVERY_MS = 60 * 60_000;

/**
 * Sends the queued e-mail through `mailer`, polling every `pollMs` (none with 0: call `tick`), and
 * runs the digest and `dailyScans` hourly. Every instance runs one; the queue's claims make each
 * e-mail go out once however many run at the same time.
 */
export function startNotificationRunner({
  orm,
  mailer,
  publicUrl,
  log,
  dailyScans = [],
  pollMs = 5_000,
  name = `${os.hostname()}:${process.pid}`,
}: {
  orm: Orm;
  mailer: Mailer;
  publicUrl: string;
  log: Logger;
  dailyScans?: DailyScan[];
  pollMs?: number;
  name?: string;
}): NotificationRunner {
  const em = () => orm.em.fork() as EntityManager;
  let lastScan = 0;
  let running: Promise<unknown> = Promise.resolve();

  async function scan(now: Date) {
    if (now.getTime() - lastScan < SCAN_EVERY_MS) return;
    lastScan = now.getTime();
    for (const run of [...dailyScans, queueDailyDigests]) {
      try {
        await run(em(), now);
      } catch (err) {
        log.error({ err }, 'a daily notification scan failed');
      }
    }
  }

  async function send(now: Date) {
    const db = em().getKnex();
    const jobs = await claimJobs(db, { runner: name, limit: BATCH, leaseMs: LEASE_MS, now: now.getTime() });
    const key = jobs.length ? await signingKey(db) : null;
    let sent = 0;
    let failed = 0;
    for (const job of jobs) {
      try {
        await mailer.send(renderMail(job.mail, publicUrl, key!));
        await completeJob(db, job);
        sent += 1;
      } catch (err) {
        failed += 1;
        log.warn(
          { err, jobId: job.id, attempt: job.attempts + 1 },
          'a notification e-mail failed; it is retried later',
        );
        await failJob(db, job, err instanceof Error ? err.message : String(err), now.getTime());
      }
    }
    return { sent, failed };
  }

  const tick = (now = new Date()) => {
    const next = running.then(async () => {
      await scan(now);
      return send(now);
    });
    running = next.catch(() => undefined);
    return next;
  };

  const timer =
    pollMs > 0
      ? setInterval(() => {
          tick().catch((err: unknown) => log.error({ err }, 'the notification queue could not run'));
        }, pollMs)
      : null;
  timer?.unref();

  return {
    tick,
    async close() {
      if (timer) clearInterval(timer);
      await running;
    },
  };
}
