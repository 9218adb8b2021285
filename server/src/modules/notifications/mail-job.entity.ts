import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One e-mail waiting in the durable queue (the queue in `mail-queue.ts` is the only reader and
 * writer). Times are epoch milliseconds, compared alike on SQLite and PostgreSQL. A runner claims a
 * job by setting `claimedBy` and `leaseUntil`; a lease that runs out (a crashed instance) frees it.
 */
@Entity({ tableName: 'mail_job' })
@Index({ properties: ['sentAt', 'givenUpAt', 'runAt'] })
export class MailJob {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  /** One job per key: announcing the same e-mail twice queues it once. */
  @Property({ length: 200, unique: true })
  dedupeKey!: string;

  /** The `OutgoingMail` as JSON. */
  @Property({ type: 'text' })
  message!: string;

  @Property({ type: 'bigint' })
  runAt!: number;

  @Property({ type: 'integer' })
  attempts!: number;

  @Property({ length: 200, nullable: true })
  claimedBy?: string | null;

  @Property({ type: 'bigint', nullable: true })
  leaseUntil?: number | null;

  @Property({ type: 'bigint', nullable: true })
  sentAt?: number | null;

  /** Set when the last attempt failed: the job is not tried again. */
  @Property({ type: 'bigint', nullable: true })
  givenUpAt?: number | null;

  @Property({ type: 'text', nullable: true })
  lastError?: string | null;

  @Property({ type: 'bigint' })
  createdAt!: number;
}
