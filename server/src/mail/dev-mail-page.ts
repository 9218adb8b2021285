import type { SentMail } from './mailer.js';

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const linkify = (s: string) =>
  escape(s).replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`);

/** The development mailbox as a small HTML page, newest first. */
export function devMailPage(mails: readonly SentMail[]): string {
  const items = mails
    .map(
      (m) => `<article><h2>${escape(m.subject)}</h2>
<p class="meta">To ${escape(m.to)} · from ${escape(m.from)} · ${m.sentAt.toISOString()}</p>
<pre>${linkify(m.text)}</pre></article>`,
    )
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Development mailbox · PartnerHub</title>
<style>body{font:16px system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem}article{border:1px solid #ccc;border-radius:8px;padding:1rem;margin:1rem 0}.meta{color:#555}pre{white-space:pre-wrap}</style>
</head><body><main><h1>Development mailbox</h1>
<p>No <code>SMTP_URL</code> is configured, so e-mail is kept here (newest first, the last 100) instead of being sent. This page does not exist in production.</p>
${items || '<p>No mail yet.</p>'}</main></body></html>`;
}
