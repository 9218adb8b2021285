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
