/**
 * Something that may end or reduce what a person or an API token may do. Published after the change
 * is committed; subscribers re-check what they hold against the database, so an event only says where
 * to look, never what the answer is.
 */
export type RevocationEvent =
  /** One session ended (sign-out). */
  | { kind: 'session'; sessionId: number }
  /** Every session of the user ended (sign out everywhere, password reset). */
  | { kind: 'user-sessions'; userId: number }
  /** An API token was revoked. */
  | { kind: 'token'; tokenId: number }
  /** A membership of the user was removed or its role changed. */
  | {
      kind: 'membership';
      userId: number;
      organization: { districtId: number | null; partnerId: number | null };
    }
  /** Who may open the district's documents changed for more than one person (a partnership changed). */
  | { kind: 'district'; districtId: number };

export type RevocationHandler = (event: RevocationEvent) => void | Promise<void>;

/** Carries revocation events to every subscriber, on this instance and (with Redis) on every other. */
export interface RevocationBus {
  /**
   * Delivers `event` to every subscriber. Resolves once this instance's subscribers have handled it;
   * other instances receive it shortly after. Never rejects: a failing subscriber or relay is logged.
   */
  publish(event: RevocationEvent): Promise<void>;
  /** Calls `handler` with every event from now on, until the returned function is called. */
  subscribe(handler: RevocationHandler): () => void;
  close(): Promise<void>;
}

/** Told about a subscriber or relay that failed, with the event when there is one. */
export type ErrorSink = (err: unknown, event?: RevocationEvent) => void;

/** Subscribers of one process; the building block of every bus. */
export class LocalSubscribers {
  private readonly handlers = new Set<RevocationHandler>();

  constructor(private readonly onError: ErrorSink) {}

  subscribe(handler: RevocationHandler): () => void {
    this.handlers.add(handler);
    return () => this.handlers.delete(handler);
  }

  /** Runs every handler; resolves when all of them settled. */
  async deliver(event: RevocationEvent): Promise<void> {
    await Promise.all(
      [...this.handlers].map(async (handler) => {
        try {
          await handler(event);
        } catch (err) {
          this.onError(err, event);
        }
      }),
    );
  }
}

/** A bus for one process: `publish` resolves once every subscriber handled the event. */
export function createInProcessRevocationBus(onError: ErrorSink): RevocationBus {
  const local = new LocalSubscribers(onError);
  return {
    publish: (event) => local.deliver(event),
    subscribe: (handler) => local.subscribe(handler),
    close: async () => {},
  };
}

/** Whether `value` has the shape of a revocation event (for events read from outside the process). */
export function isRevocationEvent(value: unknown): value is RevocationEvent {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const id = (x: unknown) => Number.isSafeInteger(x) && (x as number) > 0;
  const orgId = (x: unknown) => x === null || id(x);
  switch (v.kind) {
    case 'session':
      return id(v.sessionId);
    case 'user-sessions':
      return id(v.userId);
    case 'token':
      return id(v.tokenId);
    case 'district':
      return id(v.districtId);
    case 'membership': {
      const org = v.organization as Record<string, unknown> | null | undefined;
      return (
        id(v.userId) &&
        typeof org === 'object' &&
        org !== null &&
        orgId(org.districtId) &&
        orgId(org.partnerId)
      );
    }
    default:
      return false;
  }
}
