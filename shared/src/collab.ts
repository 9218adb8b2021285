/** Kinds of collaborative documents; each district has one of each. */
export const CollabDocKind = {
  VISION: 'vision',
  OPPORTUNITIES: 'opportunities',
} as const;
export type CollabDocKind = (typeof CollabDocKind)[keyof typeof CollabDocKind];

export interface CollabDocRef {
  kind: CollabDocKind;
  districtId: number;
}

const KINDS = new Set<string>(Object.values(CollabDocKind));
const NAME = /^([a-z]+):([1-9][0-9]{0,14})$/;

/** The name of a district's collaborative document, e.g. `vision:12`. */
export function docName(kind: CollabDocKind, districtId: number): string {
  if (!Number.isSafeInteger(districtId) || districtId < 1) {
    throw new RangeError(`districtId must be a positive integer, got ${districtId}.`);
  }
  return `${kind}:${districtId}`;
}

/** Parses `<kind>:<districtId>`; null for anything else (unknown kind, zero, leading zeros, signs). */
export function parseDocName(name: string): CollabDocRef | null {
  const match = NAME.exec(name);
  if (!match || !KINDS.has(match[1]!)) return null;
  const districtId = Number(match[2]);
  if (!Number.isSafeInteger(districtId)) return null;
  return { kind: match[1] as CollabDocKind, districtId };
}

/**
 * WebSocket close codes of the collaboration server. y-websocket's provider stops reconnecting on
 * 4400-4499 (the server decided; retrying cannot help) and retries on every other code.
 */
export const CollabCloseCode = {
  /** The server is shutting down or restarting; reconnect. */
  SERVER_SHUTDOWN: 1001,
  /** A frame was larger than the server's maximum message size (standard code). */
  MESSAGE_TOO_BIG: 1009,
  /**
   * The server could not confirm that the connection may stay open (its access was being decided
   * again and the database did not answer); reconnect, and the upgrade decides.
   */
  RECHECK_FAILED: 1011,
  /** A frame could not be decoded as a y-websocket message. */
  MALFORMED: 4400,
  /**
   * The session or API token ended while connected: signed out (here or everywhere), password
   * reset, token revoked or expired.
   */
  UNAUTHORIZED: 4401,
  /** The user may no longer open this document (a membership was removed or changed). */
  FORBIDDEN: 4403,
  /** The document does not exist (any more). */
  NOT_FOUND: 4404,
  /**
   * The client did not read what the server sent and its send buffer passed the bound. In the
   * 44xx range, so a stock provider does not reconnect by itself.
   */
  SLOW_CONSUMER: 4408,
  /** An update would take the document past the server's hard size cap; it was not applied. */
  DOCUMENT_TOO_LARGE: 4413,
  /**
   * The connection sent a change its user may not make (for example to a listing another
   * organization offers); it was not applied, relayed or stored. The client's document now differs
   * from the server's, so it must be reloaded.
   */
  UPDATE_REFUSED: 4422,
  /**
   * The connection was opened to edit, and its user may now only view the document (a role was
   * lowered). Nothing it sends is applied any more; open the document again to follow it read-only.
   */
  READ_ONLY: 4423,
  /** The user has too many open connections. */
  TOO_MANY_CONNECTIONS: 4429,
  /** The document could not be loaded from storage; reconnect later. */
  LOAD_FAILED: 4500,
} as const;
export type CollabCloseCode = (typeof CollabCloseCode)[keyof typeof CollabCloseCode];

/**
 * Message type of the "saved" exchange, beyond y-websocket's own types (0-3). A client sends
 * `[100, n]` (varuint); the server answers `[100, n]` once every update it received on that
 * connection before the request is stored. Stock clients never send it, so never receive it.
 */
export const COLLAB_SAVED_MESSAGE = 100;
