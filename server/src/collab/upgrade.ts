import { type IncomingMessage, STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { type CollabDocRef, parseDocName } from '@partnerhub/shared';
import type { WebSocket, WebSocketServer } from 'ws';
import type { AdmissionRefusal, AdmissionSlot, SetupPacer } from './admission.js';
import type { CollabAccess, CollabActor, CollabUpdateGuard } from './connection.js';
import type { CollabLog } from './log.js';
import type { CollabCredential } from './revocation.js';

/** The document a connection asks for: its parsed name and the name itself. */
export interface CollabDocRequest extends CollabDocRef {
  name: string;
}

/**
 * The decision on an upgrade. An editor's grant may carry a `guard` that every update of that
 * connection must pass before it is applied; without one, updates are applied as they come. A grant
 * with a `credential` is decided again on revocation events and when the credential expires.
 */
export type CollabAuthorization =
  | {
      ok: true;
      access: CollabAccess;
      actor: CollabActor;
      guard?: CollabUpdateGuard;
      credential?: CollabCredential;
    }
  | { ok: false; status: 401 | 403 | 404 };

/** Decides whether the upgrade request may open the document, and with which access. */
export type CollabAuthorize = (req: IncomingMessage, doc: CollabDocRequest) => Promise<CollabAuthorization>;

const PATH_PREFIX = '/collab/';

type Admitted = AdmissionSlot | { refused: AdmissionRefusal };

/** Takes a connection's places under the caps (see `Admission` and `SharedAdmission`). */
export interface Admits {
  admit(ip: string, docName: string): Admitted | Promise<Admitted>;
}

interface UpgradeDeps {
  wss: WebSocketServer;
  authorize: CollabAuthorize;
  log: CollabLog;
  /** Caps per client IP and per document (refused with 429): in this process, or shared (async). */
  admission: Admits;
  /** Runs setups a few at a time (refused with 503 when too many wait). */
  pacer: SetupPacer;
  /** The client's IP, as the app determines it (behind a trusted proxy: from X-Forwarded-For). */
  clientIp: (req: IncomingMessage) => string;
  /** False while shutting down or when no document can be loaded (refused with 503). */
  canOpen: (name: string) => boolean;
  /** Takes the new socket; settles once it has its first sync or was closed. */
  onConnection: (
    ws: WebSocket,
    doc: CollabDocRequest,
    grant: Extract<CollabAuthorization, { ok: true }>,
  ) => Promise<void> | void;
}

/**
 * Answers `GET /collab/<docName>` upgrades: 404 for other paths and names, 429 past the caps per IP
 * and per document, 503 when too many setups wait; then, paced, authorize and accept. A connection
 * counts against the caps from its upgrade request until its socket closes.
 */
export function createUpgradeHandler(deps: UpgradeDeps) {
  const { log, admission, pacer } = deps;
  return (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    // A client that resets during authorization must not crash the process.
    socket.on('error', ignoreError);
    const doc = docFromUrl(req.url);
    if (!doc) return refuse(socket, 404, req, log);
    const admitted = (slot: Admitted): void => {
      if ('refused' in slot) return refuse(socket, 429, req, log, slot.refused);
      // Shared caps answer later: the client may have gone meanwhile.
      if (socket.destroyed) return slot.release();
      socket.once('close', slot.release);
      if (!pacer.schedule(() => setUp(deps, req, socket, head, doc)))
        refuse(socket, 503, req, log, 'setup-queue-full');
    };
    const slot = admission.admit(deps.clientIp(req), doc.name);
    if (!(slot instanceof Promise)) return admitted(slot);
    slot.then(admitted, (err: unknown) => {
      log.upgradeFailed(req.url, err);
      refuse(socket, 503, req, log);
    });
  };
}

async function setUp(
  { wss, authorize, log, canOpen, onConnection }: UpgradeDeps,
  req: IncomingMessage,
  socket: Duplex,
  head: Buffer,
  doc: CollabDocRequest,
): Promise<void> {
  if (socket.destroyed) return;
  let grant: CollabAuthorization;
  try {
    grant = await authorize(req, doc);
  } catch (err) {
    log.upgradeFailed(req.url, err);
    return refuse(socket, 500, req, log);
  }
  if (socket.destroyed) return;
  if (!grant.ok) return refuse(socket, grant.status, req, log);
  if (!canOpen(doc.name)) return refuse(socket, 503, req, log);
  const ws = await new Promise<WebSocket | null>((resolve) => {
    // ws answers a bad handshake itself and never calls back; the socket's close ends the wait.
    const closed = (): void => resolve(null);
    socket.once('close', closed);
    wss.handleUpgrade(req, socket, head, (accepted) => {
      // Left on the socket, it would keep this setup's request and its headers for as long as the
      // connection lives.
      socket.off('close', closed);
      resolve(accepted);
    });
  });
  if (ws) await onConnection(ws, doc, grant);
}

// Module-level: a listener made inside the handler would keep the handler's request alive with it.
function ignoreError(): void {}

function docFromUrl(url: string | undefined): CollabDocRequest | null {
  const { pathname } = new URL(url ?? '/', 'http://localhost');
  if (!pathname.startsWith(PATH_PREFIX)) return null;
  let name: string;
  try {
    name = decodeURIComponent(pathname.slice(PATH_PREFIX.length));
  } catch {
    return null;
  }
  const ref = parseDocName(name);
  return ref && { ...ref, name };
}

function refuse(socket: Duplex, status: number, req: IncomingMessage, log: CollabLog, reason?: string): void {
  log.refused(req.url, status, reason);
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  socket.once('finish', () => socket.destroy());
  // A client refused for load may come back later; a stock provider retries with backoff anyway.
  const retry = status === 429 || status === 503 ? 'Retry-After: 5\r\n' : '';
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\n${retry}Content-Length: 0\r\n\r\n`,
  );
}
