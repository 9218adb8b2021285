import type { IncomingMessage } from 'node:http';
import type { EntityManager } from '@mikro-orm/knex';
import { authenticateSession, authenticateToken } from './authenticate.js';
import { SESSION_COOKIE, readCookie, sessionCookie } from './cookies.js';
import { ANONYMOUS, type Viewer } from '../access/index.js';

/** `expiresAt`: when the session or token behind the viewer expires (null: anonymous or never). */
export type RequestViewer =
  | { ok: true; viewer: Viewer; expiresAt: Date | null; clearSessionCookie: boolean }
  | { ok: false; message: string };

/**
 * Who sent the request: `Authorization: Bearer <token>` wins over the session cookie. A bad token is an
 * error (the caller must fix its configuration); a stale cookie just means signed out.
 * Anonymous requests cost no database work.
 */
export async function viewerOfRequest(
  req: Pick<IncomingMessage, 'headers'>,
  em: () => EntityManager,
  sessionTtlDays: number,
): Promise<RequestViewer> {
  const authorization = req.headers.authorization;
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match) return { ok: false, message: 'The Authorization header must be "Bearer <API token>".' };
    const result = await authenticateToken(em(), match[1]!);
    return result.ok
      ? { ok: true, viewer: result.viewer, expiresAt: result.expiresAt, clearSessionCookie: false }
      : { ok: false, message: 'The API token is not valid: it is mistyped, expired or revoked.' };
  }
  const secret = readCookie(req, SESSION_COOKIE);
  if (!secret) return { ok: true, viewer: ANONYMOUS, expiresAt: null, clearSessionCookie: false };
  const result = await authenticateSession(em(), secret, sessionTtlDays);
  return result.ok
    ? { ok: true, viewer: result.viewer, expiresAt: result.expiresAt, clearSessionCookie: false }
    : { ok: true, viewer: ANONYMOUS, expiresAt: null, clearSessionCookie: true };
}

/**
 * `viewerOfRequest` as the HTTP layer asks it: a stale session cookie is answered with one that
 * clears it.
 */
export function requestIdentifier(settings: { sessionTtlDays: number; secureCookies: boolean }) {
  return async (
    req: Pick<IncomingMessage, 'headers'>,
    em: () => EntityManager,
  ): Promise<{ ok: true; viewer: Viewer; setCookie: string | null } | { ok: false; message: string }> => {
    const who = await viewerOfRequest(req, em, settings.sessionTtlDays);
    if (!who.ok) return who;
    const setCookie = who.clearSessionCookie
      ? sessionCookie(null, { secure: settings.secureCookies, maxAgeSeconds: 0 })
      : null;
    return { ok: true, viewer: who.viewer, setCookie };
  };
}
