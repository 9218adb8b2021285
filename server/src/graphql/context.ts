import type { EntityManager } from '@mikro-orm/knex';
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
