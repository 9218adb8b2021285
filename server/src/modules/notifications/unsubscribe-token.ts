import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Knex } from '@mikro-orm/knex';
import { NOTIFICATION_KINDS, type NotificationKind } from './notification.enums.js';

const keys = new WeakMap<Knex, Promise<Buffer>>();

/** The database's signing key, made by whichever instance needs it first (once per process read). */
export function signingKey(db: Knex): Promise<Buffer> {
  let key = keys.get(db);
  if (!key) {
    key = (async () => {
      await db('notification_signing_key')
        .insert({ id: 1, secret: randomBytes(32).toString('base64url') })
        .onConflict('id')
        .ignore();
      const row: { secret: string } = await db('notification_signing_key').where({ id: 1 }).first('secret');
      return Buffer.from(row.secret, 'base64url');
    })();
    key.catch(() => keys.delete(db));
    keys.set(db, key);
  }
  return key;
}

export interface Unsubscribe {
  userId: number;
  kinds: NotificationKind[];
}

function mac(key: Buffer, payload: string): Buffer {
  return createHmac('sha256', key).update(payload).digest();
}

/** A link token that turns the e-mail of `kinds` off for one person; it needs no sign-in. */
export function unsubscribeToken(key: Buffer, { userId, kinds }: Unsubscribe): string {
  const payload = Buffer.from(`${userId}:${kinds.join(',')}`).toString('base64url');
  return `${payload}.${mac(key, payload).toString('base64url')}`;
}

/** What a token unsubscribes, or null when it was not signed with `key` or is malformed. */
export function readUnsubscribeToken(key: Buffer, token: string): Unsubscribe | null {
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined) return null;
  const given = Buffer.from(signature, 'base64url');
  const expected = mac(key, payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const match = /^([1-9][0-9]{0,15}):([A-Z_,]+)$/.exec(Buffer.from(payload, 'base64url').toString('utf8'));
  if (!match) return null;
  const kinds = match[2]!.split(',') as NotificationKind[];
  if (!kinds.every((k) => NOTIFICATION_KINDS.includes(k))) return null;
  return { userId: Number(match[1]), kinds };
}
