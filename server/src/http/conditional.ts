import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** A strong validator of exactly these bytes: a proxy or browser may reuse any copy that carries it. */
export function strongEtag(body: string | Buffer): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

/** Whether the request's `If-None-Match` names this validator (weak comparison, as RFC 9110 asks for GET). */
export function notModified(req: IncomingMessage, etag: string): boolean {
  const header = req.headers['if-none-match'];
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
