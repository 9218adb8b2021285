import type { EntityManager } from '@mikro-orm/knex';
import { Role } from '@partnerhub/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, openOrm, type Orm } from '../../db/orm.js';
import type { Mailer, MailMessage } from '../../mail/mailer.js';
import { TEST_DIALECTS, type TestDatabase, createTestDatabase } from '../../test-support/databases.js';
import { buildDistrict } from '../../test-support/factories.js';
import { silentLog } from '../../test-support/graphql.js';
import { buildMember } from '../../test-support/identity-factories.js';
import type { District } from '../organizations/index.js';
import { queueDailyDigests } from './digest.js';
import { MAX_ATTEMPTS, claimJobs, completeJob, enqueueMail } from './mail-queue.js';
import { Notification } from './notification.entity.js';
import { NotificationDelivery, NotificationKind } from './notification.enums.js';
import { setPreferences } from './notification.service.js';
import { notify } from './notify.js';
import { startNotificationRunner } from './notification-runner.js';
import { readUnsubscribeToken, signingKey } from './unsubscribe-token.js';

/** A mailer that keeps what it sent and fails while `failing` says so. */
function recordingMailer({
  failing = (): boolean => false,
  delayMs = 0,
}: { failing?: () => boolean; delayMs?: number } = {}) {
  const sent: MailMessage[] = [];
  const mailer: Mailer = {
    devMailbox: null,
    async send(message) {
      if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
      if (failing()) throw new Error('421 try again later');
      sent.push(message);
    },
  };
  return { mailer, sent };
}

const at = (iso: string) => new Date(iso);

describe.each(TEST_DIALECTS)('the notification queue on %s', (dialect) => {
  let db: TestDatabase;
  let orm: Orm;
  let district: District;
  const em = () => orm.em.fork() as EntityManager;
  const runner = (mailer: Mailer, name = 'one') =>
    startNotificationRunner({
      orm,
      mailer,
      publicUrl: 'https://hub.example.org',
      log: silentLog,
      pollMs: 0,
      name,
    });

  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    orm = await openOrm(db.config);
    await migrate(orm);
    district = await buildDistrict(em());
  });
  afterAll(async () => {
    await orm.close(true);
    await db.drop();
  });

  /** Tells the district's admins of something, as a service does after its change commits. */
  const event = (key: string) =>
    notify(em(), {
      kind: NotificationKind.LIST_PUBLISHED,
      title: `Published ${key}`,
      body: `Version ${key} is out.`,
      path: `/workspace/d/${district.slug}/opportunities`,
      dedupeKey: key,
      audiences: [{ districtId: district.id, roles: [Role.DISTRICT_ADMIN] }],
      mayRead: () => true,
    });

  it('retries a failed send later and sends it once it goes through, with a one-click unsubscribe', async () => {
    const admin = await buildMember(em(), Role.DISTRICT_ADMIN, { district });
    let down = true;
    const { mailer, sent } = recordingMailer({ failing: () => down });
    const queue = runner(mailer);
    expect(await event('retry-1')).toBe(1);
    expect(await event('retry-1')).toBe(1); // announced twice: told once
    const start = Date.now() + 60_000;
    expect(await queue.tick(new Date(start))).toEqual({ sent: 0, failed: 1 });
    // Not due again until its wait is over, so a second tick at once sends nothing.
    expect(await queue.tick(new Date(start + 1_000))).toEqual({ sent: 0, failed: 0 });
    down = false;
    expect(await queue.tick(new Date(start + 31_000))).toEqual({ sent: 1, failed: 0 });
    expect(await queue.tick(new Date(start + 10 * 60_000))).toEqual({ sent: 0, failed: 0 });
    await queue.close();

    expect(sent.map((m) => [m.to, m.subject])).toEqual([[admin.email, 'Published retry-1']]);
    expect(await em().count(Notification, { user: admin.id, dedupeKey: 'retry-1' })).toBe(1);
    const [mail] = sent;
    expect(mail!.text).toContain(`https://hub.example.org/workspace/d/${district.slug}/opportunities`);
    expect(mail!.headers!['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    const link = /^<(https:\/\/hub\.example\.org\/unsubscribe\?token=([^>]+))>$/.exec(
      mail!.headers!['List-Unsubscribe']!,
    );
    expect(link).not.toBeNull();
    expect(mail!.text).toContain(link![1]);
    const key = await signingKey(em().getKnex());
    expect(readUnsubscribeToken(key, link![2]!)).toEqual({
      userId: admin.id,
      kinds: [NotificationKind.LIST_PUBLISHED],
    });
    expect(readUnsubscribeToken(key, `${link![2]!.slice(0, -2)}AA`)).toBeNull();
  });

  it(`gives a job up after ${MAX_ATTEMPTS} failed tries`, async () => {
    const { mailer } = recordingMailer({ failing: () => true });
    const queue = runner(mailer);
    const knex = em().getKnex();
    const mail = {
      to: 'nobody@example.org',
      subject: 'S',
      paragraphs: ['P'],
      path: '/',
      userId: 1,
      kinds: [],
    };
    await enqueueMail(knex, 'give-up', mail, 0);
    let now = Date.now() + 60_000;
    for (let i = 0; i < MAX_ATTEMPTS + 2; i += 1) {
      await queue.tick(new Date(now));
      now += 24 * 60 * 60_000;
    }
    await queue.close();
    const row = await knex('mail_job').where({ dedupe_key: 'give-up' }).first();
    expect(Number(row.attempts)).toBe(MAX_ATTEMPTS);
    expect(row.given_up_at).not.toBeNull();
    expect(row.sent_at).toBeNull();
    expect(row.last_error).toBe('421 try again later');
  });

  it('sends each e-mail once when two instances run the queue at the same time', async () => {
    // Instances share PostgreSQL; on SQLite one process holds the file, so both runners share it.
    const other = dialect === 'postgresql' ? await openOrm(db.config) : orm;
    try {
      const knex = em().getKnex();
      const keys = Array.from({ length: dialect === 'postgresql' ? 120 : 40 }, (_, i) => `race-${i}`);
      const now = Date.now();
      for (const k of keys)
        await enqueueMail(
          knex,
          k,
          { to: `${k}@example.org`, subject: k, paragraphs: [k], path: '/', userId: 1, kinds: [] },
          now,
        );
      const a = recordingMailer({ delayMs: 2 });
      const b = recordingMailer({ delayMs: 2 });
      const first = runner(a.mailer, 'instance-a');
      const second = startNotificationRunner({
        orm: other,
        mailer: b.mailer,
        publicUrl: 'https://hub.example.org',
        log: silentLog,
        pollMs: 0,
        name: 'instance-b',
      });
      const unsent = async () =>
        Number(
          (
            await knex('mail_job').whereNull('sent_at').andWhereLike('dedupe_key', 'race-%').count({ n: '*' })
          )[0]!.n,
        );
      const drain = async (queue: typeof first) => {
        while ((await unsent()) > 0) await queue.tick(new Date(now + 1_000));
      };
      await Promise.all([drain(first), drain(second)]);
      await Promise.all([first.close(), second.close()]);
      const subjects = [...a.sent, ...b.sent].map((m) => m.subject).sort();
      expect(subjects).toEqual([...keys].sort());
      // Both took part: the claims shared the work instead of one waiting for the other.
      expect(a.sent.length).toBeGreaterThan(0);
      expect(b.sent.length).toBeGreaterThan(0);
    } finally {
      if (other !== orm) await other.close(true);
    }
  });

  it('lets a claim go only when its lease runs out, as when the instance holding it crashed', async () => {
    const knex = em().getKnex();
    const now = Date.now() + 3_600_000;
    await enqueueMail(
      knex,
      'lease',
      { to: 'lease@example.org', subject: 'lease', paragraphs: [], path: '/', userId: 1, kinds: [] },
      now,
    );
    const claim = (runner: string, at: number) =>
      claimJobs(knex, { runner, limit: 100, leaseMs: 60_000, now: at });
    expect((await claim('crashed', now)).map((j) => j.mail.subject)).toEqual(['lease']);
    expect(await claim('alive', now + 59_000)).toEqual([]);
    const [taken] = await claim('alive', now + 61_000);
    expect(taken!.mail.subject).toBe('lease');
    // The crashed instance's late completion does not count: the job is the other's now.
    expect(await completeJob(knex, { ...taken!, claim: 'crashed:stale' })).toBe(false);
    expect(await completeJob(knex, taken!)).toBe(true);
    expect(await claim('alive', now + 10 * 60_000)).toEqual([]);
  });

  it.runIf(dialect === 'postgresql')(
    'never hands one job to two of many claims racing on PostgreSQL',
    async () => {
      const others = await Promise.all(Array.from({ length: 6 }, () => openOrm(db.config)));
      try {
        const knex = em().getKnex();
        const now = Date.now() + 7_200_000;
        for (let i = 0; i < 150; i += 1)
          await enqueueMail(
            knex,
            `many-${i}`,
            { to: 'x@example.org', subject: `many-${i}`, paragraphs: [], path: '/', userId: 1, kinds: [] },
            now,
          );
        const claimed: string[] = [];
        await Promise.all(
          others.map(async (o, n) => {
            const db = (o.em.fork() as EntityManager).getKnex();
            for (;;) {
              const jobs = await claimJobs(db, { runner: `r${n}`, limit: 3, leaseMs: 600_000, now });
              const mine = jobs.filter((j) => j.mail.subject.startsWith('many-'));
              if (!jobs.length) return;
              claimed.push(...mine.map((j) => j.mail.subject));
              for (const j of jobs) await completeJob(db, j, now);
            }
          }),
        );
        expect(claimed).toHaveLength(150);
        expect(new Set(claimed).size).toBe(150);
      } finally {
        await Promise.all(others.map((o) => o.close(true)));
      }
    },
  );

  it('holds a kind chosen as a daily digest and sends one digest a day from 07:00 UTC', async () => {
    const m = em();
    const digestDistrict = await buildDistrict(m);
    const person = await buildMember(m, Role.DISTRICT_ADMIN, { district: digestDistrict });
    await setPreferences(em(), person.id, [
      { kind: NotificationKind.VETTING_EXPIRING, email: NotificationDelivery.DAILY_DIGEST },
    ]);
    const tell = (key: string, kind: NotificationKind = NotificationKind.VETTING_EXPIRING) =>
      notify(em(), {
        kind,
        title: `Notice ${key}`,
        body: `About ${key}.`,
        path: '/workspace',
        dedupeKey: `digest-test-${key}`,
        audiences: [{ districtId: digestDistrict.id }],
        mayRead: () => true,
      });
    await tell('a');
    await tell('b');
    await tell('now', NotificationKind.LIST_PUBLISHED);
    const mailsFor = async () =>
      (
        await em().getKnex()('mail_job').where('message', 'like', `%${person.email}%`).select('dedupe_key')
      ).map((r: { dedupe_key: string }) => r.dedupe_key);
    // Another kind still goes at once; the digest kind waits.
    expect(await mailsFor()).toEqual([`notification:${person.id}:digest-test-now`]);

    expect(await queueDailyDigests(em(), at('2030-03-04T06:59:00Z'))).toBe(0);
    expect(await queueDailyDigests(em(), at('2030-03-04T07:05:00Z'))).toBe(1);
    expect(await queueDailyDigests(em(), at('2030-03-04T09:00:00Z'))).toBe(0);
    await tell('c');
    // Later the same day: it waits for tomorrow's digest.
    expect(await queueDailyDigests(em(), at('2030-03-04T18:00:00Z'))).toBe(0);
    expect(await queueDailyDigests(em(), at('2030-03-05T07:00:00Z'))).toBe(1);

    const { mailer, sent } = recordingMailer();
    const queue = runner(mailer);
    await queue.tick(at('2030-03-05T07:01:00Z'));
    await queue.close();
    const digests = sent.filter(
      (s) => s.to === person.email && s.subject.startsWith('Your PartnerHub digest'),
    );
    expect(digests.map((d) => d.subject)).toEqual([
      'Your PartnerHub digest: 2 notifications',
      'Your PartnerHub digest: 1 notification',
    ]);
    expect(digests[0]!.text).toContain('Notice a');
    expect(digests[0]!.text).toContain('Notice b');
    expect(digests[1]!.text).toContain('Notice c');
    // In the app every notice is there at once, whatever the e-mail choice.
    expect(await em().count(Notification, { user: person.id })).toBe(4);
  });
});
