import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type { Knex } from '@mikro-orm/knex';
import type { Logger } from 'pino';
import type { EntityManager, Orm } from '../db/orm.js';

/** How often a running instance says it is alive. */
const HEARTBEAT_MS = 5_000;
/** An instance silent for this long counts as gone (crashed) and no longer blocks a start. */
const STALE_AFTER_MS = 15_000;
/** The advisory lock that serialises registrations on PostgreSQL. */
export const REGISTRY_LOCK = 72_657_001;

/** Why an instance refuses to start: another one on the same database would diverge from it. */
export class InstanceConflictError extends Error {
  constructor(other: { host: string; pid: number }) {
    super(
      `Another PartnerHub instance (host ${other.host}, pid ${other.pid}) is running on this database. ` +
        'Several instances must share Redis: set REDIS_URL on every instance.',
    );
    this.name = 'InstanceConflictError';
  }
}

export interface InstanceRegistration {
  readonly id: string;
  /** Stops the heartbeat and deletes this instance's row. */
  close(): Promise<void>;
}

interface Row {
  id: string;
  host: string;
  pid: number | string;
  heartbeat_at: number | string;
  redis: boolean | number;
}

/**
 * Registers this instance in `server_instance` (the only writer of that table) and heartbeats every
 * 5 seconds. Instances that share Redis may run side by side; one without Redis must be alone on
 * its database, so a start that would break that rule fails.
 * An instance counts as alive while it heartbeated in the last 15 seconds, unless it ran on this host
 * and its process is gone.
 * @throws InstanceConflictError when an instance that is alive runs without Redis, or this one runs
 * without Redis while any other is alive.
 */
export async function registerInstance(
  orm: Orm,
  { redis, log }: { redis: boolean; log: Logger },
): Promise<InstanceRegistration> {
  const knex = (orm.em as EntityManager).getKnex();
  const id = randomUUID();
  // 1 or 0: SQLite stores no booleans, and PostgreSQL reads '1' and '0' as booleans.
  const row = { id, host: os.hostname(), pid: process.pid, redis: redis ? 1 : 0 };
  await knex.transaction(async (trx) => {
    // Two instances starting at once must not both find the table empty (SQLite serialises writers).
    // MikroORM hands knex its own dialect class as `config.client`; `dialect` names the database.
    if (trx.client.dialect === 'postgresql')
      await trx.raw('select pg_advisory_xact_lock(?)', [REGISTRY_LOCK]);
    const now = Date.now();
    // A row with this host and pid that started before this process did is an earlier run that
    // crashed (a container restarted by its supervisor keeps its hostname and often pid 1).
    const processStartedAt = now - Math.ceil(process.uptime() * 1000);
    await trx('server_instance')
      .where('heartbeat_at', '<', now - STALE_AFTER_MS)
      .orWhere((earlier) => {
        void earlier.where({ host: row.host, pid: row.pid }).andWhere('started_at', '<', processStartedAt);
      })
      .delete();
    const rows: Row[] = await trx('server_instance').select('id', 'host', 'pid', 'heartbeat_at', 'redis');
    // A row of this host whose process is gone is an earlier run that was killed (SIGKILL, out of
    // memory) before it could delete its row: no need to wait for its heartbeat to go stale. A
    // hostname names one process namespace, as the rule above already takes it.
    const gone = rows.filter((other) => other.host === row.host && !isRunning(Number(other.pid)));
    if (gone.length > 0) {
      const ids = gone.map(({ id }) => id);
      await trx('server_instance').whereIn('id', ids).delete();
      log.info(
        { pids: gone.map(({ pid }) => Number(pid)) },
        'removed the registration of a stopped instance',
      );
    }
    const alive = rows.filter((other) => !gone.includes(other));
    const conflict = alive.find((other) => !redis || !other.redis);
    if (conflict) throw new InstanceConflictError({ host: conflict.host, pid: Number(conflict.pid) });
    await trx('server_instance').insert({ ...row, started_at: now, heartbeat_at: now });
  });
  const beat = async (db: Knex) => {
    const now = Date.now();
    const updated = await db('server_instance').where({ id }).update({ heartbeat_at: now });
    // A row deleted while this instance was paused (or by hand) is written again.
    if (!updated) await db('server_instance').insert({ ...row, started_at: now, heartbeat_at: now });
  };
  const timer = setInterval(() => {
    beat(knex).catch((err: unknown) => log.error({ err }, 'the instance heartbeat could not be written'));
  }, HEARTBEAT_MS);
  timer.unref();
  return {
    id,
    async close() {
      clearInterval(timer);
      try {
        await knex('server_instance').where({ id }).delete();
      } catch (err) {
        log.error({ err }, 'the instance row could not be deleted; it stops counting after 15 seconds');
      }
    },
  };
}

/** Whether a process with this pid runs on this host; one that belongs to another user counts. */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
