import { type IncomingMessage, STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { type CollabDocRef, parseDocName } from '@partnerhub/shared';
import type { WebSocket, WebSocketServer } from 'ws';
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

interface UpgradeDeps {
  wss: WebSocketServer;
  authorize: CollabAuthorize;
  log: CollabLog;
  /** False while shutting down or when no document can be loaded (refused with 503). */
  canOpen: (name: string) => boolean;
  onConnection: (
    ws: WebSocket,
    doc: CollabDocRequest,
    grant: Extract<CollabAuthorization, { ok: true }>,
  ) => void;
}

/** Answers `GET /collab/<docName>` upgrades: 404 for other paths and names, then authorize, then accept. */
export function createUpgradeHandler({ wss, authorize, log, canOpen, onConnection }: UpgradeDeps) {
  return (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    // A client that resets during authorization must not crash the process.
    socket.on('error', () => {});
    const doc = docFromUrl(req.url);
    if (!doc) return refuse(socket, 404, req, log);
    authorize(req, doc).then(
      (grant) => {
        if (socket.destroyed) return;
        if (!grant.ok) return refuse(socket, grant.status, req, log);
        if (!canOpen(doc.name)) return refuse(socket, 503, req, log);
        wss.handleUpgrade(req, socket, head, (ws) => onConnection(ws, doc, grant));
      },
      (err: unknown) => {
        log.upgradeFailed(req.url, err);
        refuse(socket, 500, req, log);
      },
    );
  };
}

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

function refuse(socket: Duplex, status: number, req: IncomingMessage, log: CollabLog): void {
  log.refused(req.url, status);
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  socket.once('finish', () => socket.destroy());
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}
