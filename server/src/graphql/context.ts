import type { EntityManager, MikroORM } from '@mikro-orm/knex';
import { todayIsoDate } from '@partnerhub/shared';
import type { Logger } from 'pino';

/** Per-request state handed to every resolver. */
export interface Context {
  /** A fork of the entity manager, private to this request. */
  em: EntityManager;
  requestId: string;
  log: Logger;
  /** Today's date (YYYY-MM-DD) for deadline checks, fixed for the whole request. */
  today: string;
}

/**
 * A fresh request context. The entity-manager fork and the tagged logger are made on first use:
 * public reads that go straight to SQL need neither.
 */
export function createContext(orm: MikroORM, log: Logger, requestId: string, now = new Date()): Context {
  let em: EntityManager | undefined;
  let child: Logger | undefined;
  return {
    get em() {
      return (em ??= orm.em.fork() as EntityManager);
    },
    get log() {
      return (child ??= log.child({ requestId }));
    },
    requestId,
    today: todayIsoDate(now),
  };
}
