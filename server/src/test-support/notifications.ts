import type { Orm } from '../db/orm.js';
import type { Mailer } from '../mail/mailer.js';
import { type DailyScan, startNotificationRunner } from '../modules/notifications/index.js';
import { silentLog } from './graphql.js';

/** Sends every notification e-mail that is due now, as a running server's queue would. */
export async function deliverQueuedMail(
  orm: Orm,
  mailer: Mailer,
  {
    now = new Date(),
    dailyScans = [] as DailyScan[],
    publicUrl = 'http://localhost:4000',
    name = 'test',
  } = {},
) {
  const runner = startNotificationRunner({
    orm,
    mailer,
    publicUrl,
    log: silentLog,
    pollMs: 0,
    dailyScans,
    name,
  });
  try {
    return await runner.tick(now);
  } finally {
    await runner.close();
  }
}
