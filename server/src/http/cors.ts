import type { IncomingMessage, ServerResponse } from 'node:http';

const ALLOWED_HEADERS = 'authorization, content-type, apollo-require-preflight, x-request-id';

/**
 * CORS for /graphql by allow-list: listed origins may call with credentials; any other origin gets no
 * CORS headers, so browsers keep its scripts from reading responses. Same-origin requests are untouched.
 */
export function applyCors(
  req: IncomingMessage,
  res: ServerResponse,
  allowed: readonly string[],
): 'preflight-done' | 'continue' {
  const origin = req.headers.origin;
  res.setHeader('vary', 'Origin');
  const permitted = origin !== undefined && allowed.includes(origin);
  if (permitted) {
    res.setHeader('access-control-allow-origin', origin);
    res.setHeader('access-control-allow-credentials', 'true');
  }
  if (req.method !== 'OPTIONS') return 'continue';
  if (permitted) {
    res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
    res.setHeader('access-control-allow-headers', ALLOWED_HEADERS);
    res.setHeader('access-control-max-age', '600');
  }
  res.writeHead(permitted ? 204 : 403);
  res.end();
  return 'preflight-done';
}
