import { CollabCloseCode, parseDocName } from '@partnerhub/shared';
import type { RevocationEvent } from '../events/revocation.js';
import type { Connection } from './connection.js';
import type { CollabLog } from './log.js';
import type { CollabAuthorization, CollabAuthorize } from './upgrade.js';

/**
 * What opened a connection, so that it can be decided again: the session or API token behind it,
 * when that credential expires, and `recheck`, which runs the upgrade's decision again with the same
 * credential against the database as it is now.
 */
export interface CollabCredential {
  sessionId: number | null;
  tokenId: number | null;
  /** The connection is decided again at this time (null: it never expires by itself). */
  expiresAt: Date | null;
  recheck(): Promise<CollabAuthorization>;
}

interface Watched {
  credential: CollabCredential;
  timer: NodeJS.Timeout | null;
  /** The newest check, queued or running; checks of one connection never overlap. */
  last: Promise<void>;
  /** A check that has not started yet: later events share it rather than queueing another. */
  queued: Promise<void> | null;
}

// setTimeout holds at most 2^31-1 ms (24.8 days); a longer expiry is checked then and re-armed.
const MAX_TIMER_MS = 2 ** 31 - 1;

/** Whether the event concerns the connection (a superset is fine: a check never grants more). */
function concerns(event: RevocationEvent, connection: Connection, credential: CollabCredential): boolean {
  switch (event.kind) {
    case 'session':
      return credential.sessionId === event.sessionId;
    case 'user-sessions':
      return credential.sessionId !== null && connection.actor.userId === event.userId;
    case 'token':
      return credential.tokenId === event.tokenId;
    case 'membership':
      return connection.actor.userId === event.userId;
    case 'district':
      return parseDocName(connection.docName)?.districtId === event.districtId;
  }
}

/**
 * Keeps open connections within what their credential allows now. On a revocation event, or when a
 * credential expires, each connection concerned is decided again: refused -> closed with
 * UNAUTHORIZED (signed out, token revoked or expired) or FORBIDDEN (no access any more); an editor
 * that may now only view -> closed with READ_ONLY, so that the client reopens the document read-only;
 * a decision that cannot be made (the database did not answer) -> closed with RECHECK_FAILED, which
 * clients retry, so the upgrade decides. Connections opened without a credential are never checked.
 */
export class RevocationWatch {
  private readonly watched = new Map<Connection, Watched>();
  /** Counts events; a decision made while one arrived may be stale. */
  private events = 0;
  private readonly decidedAt = new WeakMap<CollabCredential, number>();

  constructor(private readonly log: CollabLog) {}

  /**
   * `authorize`, noting when each decision began: a connection whose upgrade was being decided when an
   * event arrived is decided again as soon as it is watched, since the event could not reach it yet.
   */
  noting(authorize: CollabAuthorize): CollabAuthorize {
    return async (req, doc) => {
      const before = this.events;
      const grant = await authorize(req, doc);
      if (grant.ok && grant.credential) this.decidedAt.set(grant.credential, before);
      return grant;
    };
  }

  /** Watches `connection` until `forget`; arms its expiry timer. */
  watch(connection: Connection, credential: CollabCredential | undefined): void {
    if (!credential) return;
    const w: Watched = { credential, timer: null, last: Promise.resolve(), queued: null };
    this.watched.set(connection, w);
    if ((this.decidedAt.get(credential) ?? this.events) !== this.events) void this.check(connection, w);
    else this.arm(connection, w);
  }

  forget(connection: Connection): void {
    const w = this.watched.get(connection);
    if (w?.timer) clearTimeout(w.timer);
    this.watched.delete(connection);
  }

  /** Decides again every connection the event concerns; resolves once each is kept, downgraded or closed. */
  async revoke(event: RevocationEvent): Promise<void> {
    this.events++;
    const checks: Promise<void>[] = [];
    for (const [connection, w] of this.watched)
      if (concerns(event, connection, w.credential)) checks.push(this.check(connection, w));
    await Promise.all(checks);
  }

  /** Stops every expiry timer (the server is closing). */
  close(): void {
    for (const w of this.watched.values()) if (w.timer) clearTimeout(w.timer);
    this.watched.clear();
  }

  private arm(connection: Connection, w: Watched): void {
    if (w.timer) clearTimeout(w.timer);
    w.timer = null;
    if (!w.credential.expiresAt) return;
    const delay = Math.min(Math.max(w.credential.expiresAt.getTime() - Date.now(), 0), MAX_TIMER_MS);
    w.timer = setTimeout(() => void this.check(connection, w), delay);
    w.timer.unref();
  }

  private check(connection: Connection, w: Watched): Promise<void> {
    if (w.queued) return w.queued;
    const queued = w.last.then(() => {
      w.queued = null;
      return this.decide(connection, w);
    });
    w.queued = w.last = queued;
    return queued;
  }

  private async decide(connection: Connection, w: Watched): Promise<void> {
    if (connection.closed) return;
    let grant: CollabAuthorization;
    try {
      grant = await w.credential.recheck();
    } catch (err) {
      this.log.recheckFailed(connection, err);
      connection.close(CollabCloseCode.RECHECK_FAILED, 'Access could not be confirmed.');
      return;
    }
    if (connection.closed) return;
    if (!grant.ok) {
      const code = grant.status === 401 ? CollabCloseCode.UNAUTHORIZED : CollabCloseCode.FORBIDDEN;
      this.log.accessRevoked(connection, code);
      connection.close(code, code === CollabCloseCode.UNAUTHORIZED ? 'Signed out.' : 'Access revoked.');
      return;
    }
    if (connection.access === 'edit' && grant.access === 'view') {
      this.log.accessRevoked(connection, CollabCloseCode.READ_ONLY);
      connection.close(CollabCloseCode.READ_ONLY, 'Read-only now.');
      return;
    }
    // A viewer who may now edit keeps viewing: its editor is read-only until the page is reloaded.
    if (connection.access === 'edit') connection.guard = grant.guard ?? null;
    if (grant.credential) w.credential = grant.credential;
    this.arm(connection, w);
  }
}
