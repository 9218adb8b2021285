import type { EntityManager } from '@mikro-orm/knex';
import { ErrorCode } from '@partnerhub/shared';
import { flushIfCurrent } from '../../db/optimistic.js';
import { STALE_MESSAGE, type UserError, userError } from '../../graphql/user-errors.js';

/** Thrown inside a transaction to roll it back when the edited copy turned out stale. */
class StaleCopy extends Error {}

/** Flushes inside a transaction; a stale copy rolls the whole transaction back (see `withStaleCheck`). */
export async function flushCurrentOrRollBack(
  tx: EntityManager,
  entity: { version: number },
  version: number,
) {
  if ((await flushIfCurrent(tx, entity, version)) === 'stale') throw new StaleCopy();
}

/** Rolls the transaction back as stale when the caller read an older version. */
export function assertCurrent(entity: { version: number }, version: number): void {
  if (entity.version !== version) throw new StaleCopy();
}

/** Runs a transaction; when it found a stale copy, clears the request's entities and returns STALE. */
export async function withStaleCheck<T>(
  em: EntityManager,
  work: (tx: EntityManager) => Promise<T>,
  onStale: (errors: UserError[]) => T,
): Promise<T> {
  try {
    return await em.transactional(work);
  } catch (error) {
    if (!(error instanceof StaleCopy)) throw error;
    em.clear();
    return onStale([userError('version', STALE_MESSAGE, ErrorCode.STALE)]);
  }
}
