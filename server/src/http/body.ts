import type { IncomingMessage, ServerResponse } from 'node:http';

export class BodyTooLargeError extends Error {}

/** How long a refused body is still read and dropped before the connection closes. */
const LINGER_MS = 1_000;

/** Whether the request announces a body over `limit` bytes (`Content-Length`), before any is read. */
export function announcesTooLarge(req: IncomingMessage, limit: number): boolean {
  const length = Number(req.headers['content-length']);
  return Number.isFinite(length) && length > limit;
}

/**
 * Reads a request body as UTF-8.
 * @throws BodyTooLargeError as soon as `limit` bytes are passed (chunked bodies included); the request
 * is left open and flowing, so the refusal can still be sent on its connection.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<string> {
  // Not `for await`: leaving that loop early destroys the request, and with it the connection.
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = (settle: () => void) => {
      req.off('data', onData).off('end', onEnd).off('error', onError).off('close', onClose);
      settle();
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) stop(() => reject(new BodyTooLargeError()));
      else chunks.push(chunk);
    };
    const onEnd = () => stop(() => resolve(Buffer.concat(chunks).toString('utf8')));
    const onError = (error: Error) => stop(() => reject(error));
    const onClose = () => stop(() => reject(new Error('The client closed the request before its end.')));
    req.on('data', onData).on('end', onEnd).on('error', onError).on('close', onClose);
  });
}

/**
 * Sends a whole answer and closes the connection without resetting it: the answer carries
 * `Connection: close` and its length, so the client has all of it at once; the rest of the body the
 * client may still be sending is read and dropped until it ends (at most LINGER_MS), and only then is
 * the connection ended. Closing with unread data would make the kernel reset the connection, and a
 * reset can destroy the answer before the client reads it.
 */
export function answerAndClose(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  headers: Record<string, string>,
  text: string,
): void {
  res.writeHead(status, {
    ...headers,
    'content-length': String(Buffer.byteLength(text)),
    connection: 'close',
  });
  res.write(text);
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    res.end();
  };
  const timer = setTimeout(finish, LINGER_MS);
  timer.unref();
  if (req.readableEnded) return finish();
  req.on('end', finish);
  req.on('error', finish);
  req.on('close', finish);
  req.resume();
}

/**
 * Whether JSON text nests arrays and objects deeper than `max`, read from the text before parsing:
 * parsing a body of thousands of `[` costs a hundred times more than this scan, and what passes can be
 * walked recursively later (variable coercion, logging, JSON.stringify) without exhausting the stack.
 */
export function jsonNestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}
