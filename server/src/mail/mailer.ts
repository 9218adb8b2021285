import nodemailer from 'nodemailer';
import type { Logger } from 'pino';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** Extra headers, such as `List-Unsubscribe`. */
  headers?: Record<string, string>;
}

export interface SentMail extends MailMessage {
  from: string;
  sentAt: Date;
}

export interface Mailer {
  /** Delivers the message; resolves once the SMTP server accepted it (or the dev mailbox holds it). */
  send(message: MailMessage): Promise<void>;
  /** Messages kept for `/dev/mail` when no SMTP server is configured; null with SMTP. */
  readonly devMailbox: SentMail[] | null;
}

const DEV_MAILBOX_SIZE = 100;

/**
 * SMTP delivery through nodemailer when `smtpUrl` is set; otherwise messages go to the log and to an
 * in-memory mailbox shown at `/dev/mail`.
 */
export function createMailer({
  smtpUrl,
  from,
  log,
}: {
  smtpUrl: string | null;
  from: string;
  log: Logger;
}): Mailer {
  if (smtpUrl) {
    const transport = nodemailer.createTransport(smtpUrl);
    return {
      devMailbox: null,
      async send(message) {
        await transport.sendMail({ from, ...message });
        log.info({ to: message.to, subject: message.subject }, 'mail sent');
      },
    };
  }
  const devMailbox: SentMail[] = [];
  return {
    devMailbox,
    send(message) {
      devMailbox.unshift({ ...message, from, sentAt: new Date() });
      devMailbox.length = Math.min(devMailbox.length, DEV_MAILBOX_SIZE);
      log.info(
        { to: message.to, subject: message.subject, text: message.text },
        'mail (no SMTP_URL: not sent)',
      );
      return Promise.resolve();
    },
  };
}
