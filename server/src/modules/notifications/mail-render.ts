import type { MailMessage } from '../../mail/mailer.js';
import type { OutgoingMail } from './mail-queue.js';
import { KIND_LABELS } from './notification.enums.js';
import { unsubscribeToken } from './unsubscribe-token.js';

/**
 * The message as sent: the links made absolute, a footer saying why it came, and a one-click
 * unsubscribe link (RFC 8058 `List-Unsubscribe` and `List-Unsubscribe-Post`) for its kinds only.
 */
export function renderMail(mail: OutgoingMail, publicUrl: string, key: Buffer): MailMessage {
  const unsubscribe = `${publicUrl}/unsubscribe?token=${unsubscribeToken(key, mail)}`;
  const why = mail.kinds.map((k) => `“${KIND_LABELS[k]}”`).join(', ');
  return {
    to: mail.to,
    subject: mail.subject,
    text: [
      ...mail.paragraphs.flatMap((p) => [p, '']),
      `Open it in PartnerHub: ${publicUrl}${mail.path}`,
      '',
      '—',
      `You get this e-mail for ${why}. Choose what you get: ${publicUrl}/workspace/notifications/settings`,
      `Stop these e-mails with one click: ${unsubscribe}`,
    ].join('\n'),
    headers: {
      'List-Unsubscribe': `<${unsubscribe}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  };
}
