import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  raw: string;
}

export interface TestSmtp {
  url: string;
  mails: ReceivedMail[];
  /** The first link in the newest mail to `to` whose path starts with `pathPrefix`. */
  linkTo(to: string, pathPrefix: string): string | null;
  close(): Promise<void>;
}

/** A real SMTP listener on a free port that keeps every message it accepts. */
export async function startTestSmtp(): Promise<TestSmtp> {
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        mails.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    linkTo(to, pathPrefix) {
      const mail = [...mails].reverse().find((m) => m.to.includes(to));
      // Quoted-printable may wrap long lines with "=\r\n"; undo that before looking for the link.
      const text = mail?.raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
      const match = text?.match(new RegExp(`https?://[^\\s]+${pathPrefix}[^\\s]+`));
      return match?.[0] ?? null;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
