import type { IncomingMessage } from 'node:http';

export const SESSION_COOKIE = 'ph_session';

/** The value of one cookie from the request, or null. */
export function readCookie(req: Pick<IncomingMessage, 'headers'>, name: string): string | null {
  const header = req.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return null;
}

/** A Set-Cookie value: HttpOnly, SameSite=Lax, Path=/, Secure when served over HTTPS; null value clears it. */
export function sessionCookie(
  value: string | null,
  { secure, maxAgeSeconds }: { secure: boolean; maxAgeSeconds: number },
) {
  const parts = [
    `${SESSION_COOKIE}=${value ? encodeURIComponent(value) : ''}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Lax',
    `Max-Age=${value ? maxAgeSeconds : 0}`,
  ];
  if (secure) parts.push('Secure');
  return parts.join('; ');
}
