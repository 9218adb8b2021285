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

/** A fresh request context: its own entity-manager fork and a logger tagged with the request id. */
export function createContext(orm: MikroORM, log: Logger, requestId: string, now = new Date()): Context {
  return {
    em: orm.em.fork() as EntityManager,
    requestId,
    log: log.child({ requestId }),
    today: todayIsoDate(now),
  };
}
