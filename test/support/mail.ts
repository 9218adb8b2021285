import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { expect } from 'vitest';
import { POLL } from './constants.js';

export interface MailListener {
  /** smtp://127.0.0.1:<port>, for the server's SMTP_URL. */
  url: string;
  messages: ParsedMail[];
  /** Waits for the newest message to `to` and returns it. */
  waitForMail(to: string): Promise<ParsedMail>;
  close(): Promise<void>;
}

/**
 * A real SMTP server on a free local port that parses and keeps every message it accepts. It offers
 * no STARTTLS, so the app's mailer sends in plain text, as it would to a local relay.
 */
export async function startMailListener(): Promise<MailListener> {
  const messages: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push(mail);
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  const sentTo = (to: string) =>
    [...messages]
      .reverse()
      .find((m) => (Array.isArray(m.to) ? m.to : [m.to]).some((a) => a?.text.includes(to)));

  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    async waitForMail(to) {
      await expect
        .poll(() => sentTo(to) !== undefined, { ...POLL, message: `an e-mail to ${to}` })
        .toBe(true);
      return sentTo(to)!;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The first link in a message's text whose path starts with `pathPrefix`. */
export function linkIn(mail: ParsedMail, pathPrefix: string): URL {
  for (const match of (mail.text ?? '').matchAll(/https?:\/\/\S+/g)) {
    const url = new URL(match[0]);
    if (url.pathname.startsWith(pathPrefix)) return url;
  }
  throw new Error(`No ${pathPrefix}… link in the e-mail "${mail.subject}":\n${mail.text}`);
}
