import type { EntityManager, MikroORM } from '@mikro-orm/knex';
import { todayIsoDate } from '@partnerhub/shared';
import type { Logger } from 'pino';
import type { CollabServer } from '../collab/index.js';
import type { RevocationBus } from '../events/revocation.js';
import type { Mailer } from '../mail/mailer.js';
import { ANONYMOUS, type Viewer } from './viewer.js';

/** Limits sign-in attempts per account and address (the identity module provides it). */
export interface SignInLimiter {
  /** Reserves the attempt, or says how long to wait; a success is reported so its points come back. */
  attempt(email: string, ip: string): Promise<{ succeeded(): Promise<void> } | { retryAfterSeconds: number }>;
}

/** Process-wide services and settings that resolvers need. */
export interface AppServices {
  mailer: Mailer;
  signInThrottle: SignInLimiter;
  /** Base URL for links in e-mail, without a trailing slash. */
  publicUrl: string;
  /** Whether session cookies get the Secure attribute. */
  secureCookies: boolean;
  sessionTtlDays: number;
  /** The demo configuration: demo accounts are listed on the sign-in page. */
  demo: boolean;
  /** Live collaborative documents, for server-side edits; null where no collaboration server runs. */
  collab: CollabServer | null;
  /** Where sign-outs, revoked tokens and membership changes are announced (open connections listen). */
  revocations: RevocationBus;
}

/** Per-request state handed to every resolver. */
export interface Context {
  /** A fork of the entity manager, private to this request. */
  em: EntityManager;
  requestId: string;
  log: Logger;
  /** Today's date (YYYY-MM-DD) for deadline checks, fixed for the whole request. */
  today: string;
  viewer: Viewer;
  /** The client's address (first X-Forwarded-For hop when TRUST_PROXY is on). */
  ip: string;
  userAgent: string | null;
  /** Set-Cookie values to send with the response. */
  setCookies: string[];
  app: AppServices;
}

export interface RequestFacts {
  requestId: string;
  viewer?: Viewer;
  ip?: string;
  userAgent?: string | null;
  now?: Date;
}

/**
 * One request's context. The entity-manager fork and the tagged logger are made on first use, so an
 * operation whose resolvers use neither pays for neither. The lazy getters live on the prototype because
 * Apollo hands resolvers a shallow copy (`Object.assign` onto the same prototype), which reads own
 * getters and so would fork and tag on every request.
 */
class RequestContext implements Context {
  requestId: string;
  today: string;
  viewer: Viewer;
  ip: string;
  userAgent: string | null;
  setCookies: string[] = [];
  /** Made on first use; one object, so that Apollo's copy and this context share what it holds. */
  private readonly lazy: { em?: EntityManager; log?: Logger } = {};

  constructor(
    private readonly orm: MikroORM,
    private readonly baseLog: Logger,
    readonly app: AppServices,
    facts: RequestFacts,
  ) {
    this.requestId = facts.requestId;
    this.today = todayIsoDate(facts.now ?? new Date());
    this.viewer = facts.viewer ?? ANONYMOUS;
    this.ip = facts.ip ?? 'unknown';
    this.userAgent = facts.userAgent ?? null;
  }

  get em(): EntityManager {
    return (this.lazy.em ??= this.orm.em.fork() as EntityManager);
  }

  get log(): Logger {
    return (this.lazy.log ??= this.baseLog.child({ requestId: this.requestId }));
  }
}

/** A fresh request context (see `RequestContext`). */
export function createContext(orm: MikroORM, log: Logger, app: AppServices, facts: RequestFacts): Context {
  return new RequestContext(orm, log, app, facts);
}
