import { OptimisticLockError } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';

/**
 * Flushes changes to an entity with a `version` column only when the caller edited the version it
 * read. Returns 'stale' when the copy was outdated, either before the write or because a concurrent
 * write won the race (MikroORM checks the version in the UPDATE); nothing is written then.
 */
export async function flushIfCurrent(
  em: EntityManager,
  entity: { version: number },
  expectedVersion: number,
): Promise<'saved' | 'stale'> {
  if (entity.version !== expectedVersion) return 'stale';
  try {
    await em.flush();
    return 'saved';
  } catch (error) {
    if (error instanceof OptimisticLockError) return 'stale';
    throw error;
  }
}

/** Thrown inside a transaction to roll it back when the edited copy turned out stale. */
export class StaleCopy extends Error {}

/** Flushes inside a transaction; a stale copy rolls the whole transaction back (see `withStaleCheck`). */
export async function flushCurrentOrRollBack(
  tx: EntityManager,
  entity: { version: number },
  version: number,
): Promise<void> {
  if ((await flushIfCurrent(tx, entity, version)) === 'stale') throw new StaleCopy();
}

/** Rolls the transaction back as stale when the caller read an older version. */
export function assertCurrent(entity: { version: number }, version: number): void {
  if (entity.version !== version) throw new StaleCopy();
}

/**
 * Runs a transaction; when it found a stale copy, nothing of it is kept: the transaction is rolled
 * back, the request's entities are cleared (they hold the refused changes) and `onStale` answers.
 */
export async function withStaleCheck<T>(
  em: EntityManager,
  work: (tx: EntityManager) => Promise<T>,
  onStale: () => T,
): Promise<T> {
  try {
    return await em.transactional(work);
  } catch (error) {
    if (!(error instanceof StaleCopy)) throw error;
    em.clear();
    return onStale();
  }
}
